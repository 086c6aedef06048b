#pragma once

#include "overlay.h"

class QLabel;
class QPushButton;

// "Are you still here?": shown over the current screen when the visitor has not touched it for the
// idle timeout, with a large countdown to the reset, in the visitor's language. A touch anywhere
// (or the button) continues the session.
class StillHerePrompt : public Overlay
{
    Q_OBJECT

public:
    explicit StillHerePrompt(QWidget* parent);

    void setSecondsLeft(int seconds);
    int secondsLeft() const { return m_seconds; }
    QString questionText() const;
    QString countdownText() const;

Q_SIGNALS:
    void continueRequested();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    int cardWidth() const;

    QLabel* m_question = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_continue = nullptr;
    QWidget* m_card = nullptr;
    int m_seconds = 0;
};
