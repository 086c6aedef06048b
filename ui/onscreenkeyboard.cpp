#include "onscreenkeyboard.h"

#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QStringList letters(const char16_t* row)
{
    QStringList list;
    for (const QChar c : QStringView(row))
        list.append(QString(c));
    return list;
}

// Grid columns per key: letter keys take two, so that rows of 9, 10, 11 and 12 keys can be
// centred under each other as on a real keyboard.
constexpr int Span = 2;

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget* parent)
    : QWidget(parent)
    , m_letters(new QWidget(this))
    , m_grid(new QGridLayout(m_letters))
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    m_grid->setContentsMargins(0, 0, 0, 0);

    auto* controls = new QHBoxLayout;
    for (Layout layout : { Layout::Kazakh, Layout::Russian, Layout::Latin }) {
        const QString code = layoutCode(layout);
        static const QHash<QString, QString> labels { { QStringLiteral("kk"), QStringLiteral("ҚАЗ") },
            { QStringLiteral("ru"), QStringLiteral("РУС") }, { QStringLiteral("en"), QStringLiteral("ABC") } };
        auto* button = makeKey(QStringLiteral("layout_") + code, labels.value(code));
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, layout] {
            setKeyLayout(layout);
            Q_EMIT layoutChosen(layout);
        });
        m_layoutButtons.append(button);
        controls->addWidget(button, 2);
    }
    m_space = makeKey(QStringLiteral("key_space"), QString());
    connect(m_space, &QPushButton::clicked, this, [this] { Q_EMIT typed(QStringLiteral(" ")); });
    controls->addWidget(m_space, 5);
    m_backspace = makeKey(QStringLiteral("key_backspace"), QStringLiteral("⌫"));
    m_backspace->setAutoRepeat(true);
    connect(m_backspace, &QPushButton::clicked, this, &OnScreenKeyboard::backspace);
    controls->addWidget(m_backspace, 3);
    m_clear = makeKey(QStringLiteral("key_clear"), QString());
    connect(m_clear, &QPushButton::clicked, this, &OnScreenKeyboard::clear);
    controls->addWidget(m_clear, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_letters);
    layout->addLayout(controls);
    build();
    retranslate();
}

OnScreenKeyboard::Layout OnScreenKeyboard::layoutFor(const QString& language)
{
    if (language == QLatin1String("ru"))
        return Layout::Russian;
    if (language == QLatin1String("en"))
        return Layout::Latin;
    return Layout::Kazakh;
}

QString OnScreenKeyboard::layoutCode(Layout layout)
{
    switch (layout) {
    case Layout::Kazakh: return QStringLiteral("kk");
    case Layout::Russian: return QStringLiteral("ru");
    case Layout::Latin: return QStringLiteral("en");
    }
    return {};
}

QList<QStringList> OnScreenKeyboard::rows(Layout layout)
{
    switch (layout) {
    case Layout::Kazakh: // the Kazakh standard layout: its own letters on the top row
        return { letters(u"әіңғүұқөһ"), letters(u"йцукенгшщзхъ"), letters(u"фывапролджэ"), letters(u"ячсмитьбюё") };
    case Layout::Russian:
        return { letters(u"йцукенгшщзхъ"), letters(u"фывапролджэ"), letters(u"ячсмитьбюё") };
    case Layout::Latin:
        return { letters(u"qwertyuiop"), letters(u"asdfghjkl"), letters(u"zxcvbnm'") };
    }
    return {};
}

QPushButton* OnScreenKeyboard::makeKey(const QString& name, const QString& label)
{
    auto* key = new QPushButton(label, this);
    key->setObjectName(name);
    key->setFocusPolicy(Qt::NoFocus);
    key->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return key;
}

void OnScreenKeyboard::setKeyLayout(Layout layout)
{
    for (QPushButton* b : std::as_const(m_layoutButtons))
        b->setChecked(b->objectName() == QStringLiteral("layout_") + layoutCode(layout));
    if (layout == m_layout && !m_grid->isEmpty())
        return;
    m_layout = layout;
    build();
}

void OnScreenKeyboard::build()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<QStringList> keyRows = rows(m_layout);
    const int width = columns();
    for (int r = 0; r < keyRows.size(); ++r) {
        const QStringList& row = keyRows.at(r);
        const int indent = (width - int(row.size())) * Span / 2;
        for (int i = 0; i < row.size(); ++i) {
            const QString letter = row.at(i);
            auto* key = makeKey(QStringLiteral("key_") + letter, letter.toUpper());
            key->setParent(m_letters);
            key->setAccessibleName(letter.toUpper());
            key->setProperty("letterKey", true);
            connect(key, &QPushButton::clicked, this, [this, letter] { Q_EMIT typed(letter); });
            m_grid->addWidget(key, r, indent + i * Span, 1, Span);
        }
    }
    for (int c = 0; c < width * Span; ++c)
        m_grid->setColumnStretch(c, 1);
    for (QPushButton* b : std::as_const(m_layoutButtons))
        b->setChecked(b->objectName() == QStringLiteral("layout_") + layoutCode(m_layout));
    resizeKeys();
}

QPushButton* OnScreenKeyboard::key(const QString& letterOrName) const
{
    if (auto* named = findChild<QPushButton*>(letterOrName))
        return named;
    return findChild<QPushButton*>(QStringLiteral("key_") + letterOrName);
}

int OnScreenKeyboard::columns() const
{
    // The widest row of any layout, so that switching layouts keeps the keyboard's size.
    int widest = 0;
    for (Layout layout : { Layout::Kazakh, Layout::Russian, Layout::Latin }) {
        for (const QStringList& row : rows(layout))
            widest = std::max(widest, int(row.size()));
    }
    return widest;
}

int OnScreenKeyboard::widthFor(int keyWidth) const
{
    const int gap = Theme::metricsFor(this).spacing;
    return columns() * keyWidth + (columns() - 1) * gap;
}

void OnScreenKeyboard::resizeKeys()
{
    const Theme::Metrics m = Theme::metricsFor(this);
    const int gap = m.spacing; // keys far enough apart that a finger does not hit two
    const int keyHeight = m.buttonHeight;
    m_grid->setHorizontalSpacing(gap);
    m_grid->setVerticalSpacing(gap);
    layout()->setSpacing(gap);
    static_cast<QHBoxLayout*>(layout()->itemAt(1)->layout())->setSpacing(gap);
    // The window's style sheet gives buttons their own minimum height: a sheet of our own wins.
    // (min-height counts without the 2 px border of the window's button rule.)
    setStyleSheet(QStringLiteral("#onScreenKeyboard QPushButton { min-height: %1px; max-height: %1px; padding: 0 4px;"
                                 " min-width: 0; font-size: %2px; }"
                                 " #onScreenKeyboard QPushButton[letterKey=\"true\"] { font-size: %3px; }")
                      .arg(keyHeight - 4)
                      .arg(m.bodyPx)
                      .arg(m.bodyPx * 6 / 5));
    for (QPushButton* key : findChildren<QPushButton*>())
        key->setFixedHeight(keyHeight);
    const int rowCount = int(rows(m_layout).size()) + 1;
    setFixedHeight(rowCount * keyHeight + (rowCount - 1) * gap);
}

void OnScreenKeyboard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    resizeKeys();
}

void OnScreenKeyboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::retranslate()
{
    m_space->setText(tr("Space"));
    m_space->setAccessibleName(tr("Space"));
    m_backspace->setAccessibleName(tr("Delete the last letter"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the search"));
    m_layoutButtons.at(0)->setAccessibleName(tr("Kazakh letters"));
    m_layoutButtons.at(1)->setAccessibleName(tr("Russian letters"));
    m_layoutButtons.at(2)->setAccessibleName(tr("Latin letters"));
}
