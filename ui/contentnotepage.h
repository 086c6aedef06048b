#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The short note some testimonies carry (e.g. that they speak of death, hunger or separation from
// children), shown before the recording plays, with "Continue" and "Back".
class ContentNotePage : public QWidget
{
    Q_OBJECT

public:
    explicit ContentNotePage(QWidget* parent = nullptr);

    void setNote(const QString& title, const QString& note);
    QString noteText() const;
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* backButton() const { return m_back; }

Q_SIGNALS:
    void continueRequested();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void applyTheme();

    QLabel* m_heading = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_back = nullptr;
};
