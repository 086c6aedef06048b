#pragma once

#include <QWidget>

class AccessibilityBar;
class LanguageBar;
class QGridLayout;
class QPushButton;

// The bar that is always on screen, always in the same place: Home, Back and the languages.
class NavBar : public QWidget
{
    Q_OBJECT

public:
    explicit NavBar(QWidget* parent = nullptr);

    LanguageBar* languageBar() const { return m_languages; }
    AccessibilityBar* accessibilityBar() const { return m_accessibility; }
    QPushButton* homeButton() const { return m_home; }
    QPushButton* backButton() const { return m_back; }
    void setBackEnabled(bool enabled);

Q_SIGNALS:
    void homeRequested();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void arrange(bool twoRows);

    QPushButton* m_home = nullptr;
    QPushButton* m_back = nullptr;
    LanguageBar* m_languages = nullptr;
    AccessibilityBar* m_accessibility = nullptr;
    QGridLayout* m_layout = nullptr;
    int m_rows = 0;
};
