#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QGridLayout;

// The kiosk's own keyboard for the Wall of Memory search (a visitor has no keyboard, and Qt's
// virtual keyboard has no Kazakh layout): Kazakh Cyrillic (with ә і ң ғ ү ұ қ ө һ), Russian
// ЙЦУКЕН and Latin QWERTY, plus space, backspace and clear. The layout follows the interface
// language and the visitor can switch it on its own. Keys are QPushButtons named "key_<letter>"
// ("key_ә", "key_q"), "key_space", "key_backspace", "key_clear"; the layout buttons are
// "layout_kk", "layout_ru" and "layout_en". Keys are at least Theme's button height (88 px at
// 1920x1080) and as wide as the keyboard allows.
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT

public:
    enum class Layout { Kazakh, Russian, Latin };

    explicit OnScreenKeyboard(QWidget* parent = nullptr);

    Layout keyLayout() const { return m_layout; }
    void setKeyLayout(Layout layout);
    // The layout of the interface language: kk Kazakh, ru Russian, en Latin.
    static Layout layoutFor(const QString& language);
    static QString layoutCode(Layout layout);
    // The letters of a layout, row by row.
    static QList<QStringList> rows(Layout layout);

    QPushButton* key(const QString& letterOrName) const;

    // The widest row's key count: the keyboard needs this many keys side by side.
    int columns() const;
    // The width the keyboard needs for keys of `keyWidth` pixels.
    int widthFor(int keyWidth) const;

Q_SIGNALS:
    void typed(const QString& letter);
    void backspace();
    void clear();
    void layoutChosen(OnScreenKeyboard::Layout layout);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void build();
    void retranslate();
    void resizeKeys();
    QPushButton* makeKey(const QString& name, const QString& label);

    Layout m_layout = Layout::Kazakh;
    QWidget* m_letters = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_layoutButtons;
    QPushButton* m_space = nullptr;
    QPushButton* m_backspace = nullptr;
    QPushButton* m_clear = nullptr;
};
