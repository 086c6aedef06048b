#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

// Қазақша · Русский · English. Each button names its language in that language, so it never
// changes with the interface language. Emits languageChosen(code) on a tap.
class LanguageBar : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageBar(QWidget* parent = nullptr);

    void setCurrentLanguage(const QString& code);
    QPushButton* button(const QString& code) const;

Q_SIGNALS:
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<QPushButton*> m_buttons;
};
