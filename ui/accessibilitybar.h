#pragma once

#include <QWidget>

class QPushButton;

// The visitor's accessibility switches, on every screen: larger text (three steps, cycling),
// high contrast, and reach mode (everything to touch in the lower part of the screen).
class AccessibilityBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccessibilityBar(QWidget* parent = nullptr);

    void setState(int textStep, bool highContrast, bool reachMode);
    QPushButton* textSizeButton() const { return m_textSize; }
    QPushButton* contrastButton() const { return m_contrast; }
    QPushButton* reachButton() const { return m_reach; }

Q_SIGNALS:
    void textStepRequested(int step);
    void highContrastRequested(bool on);
    void reachModeRequested(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* m_textSize = nullptr;
    QPushButton* m_contrast = nullptr;
    QPushButton* m_reach = nullptr;
    int m_textStep = 0;
};
