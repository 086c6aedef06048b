#include "contentnotepage.h"

#include "theme.h"
#include "touchscroll.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ContentNotePage::ContentNotePage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_title(new QLabel(this))
    , m_note(new QLabel)
    , m_continue(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("contentNotePage"));
    m_heading->setProperty("role", QStringLiteral("title"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_note->setObjectName(QStringLiteral("noteText"));
    m_continue->setObjectName(QStringLiteral("noteContinue"));
    m_back->setObjectName(QStringLiteral("noteBack"));
    for (QLabel* label : { m_heading, m_title, m_note }) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    m_note->setTextFormat(Qt::PlainText);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_note);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    TouchScroll::enable(scroll);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_continue);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 2);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_continue, &QPushButton::clicked, this, &ContentNotePage::continueRequested);
    connect(m_back, &QPushButton::clicked, this, &ContentNotePage::backRequested);
    retranslate();
    applyTheme();
}

void ContentNotePage::setNote(const QString& title, const QString& note)
{
    m_title->setText(title);
    m_note->setText(note);
}

QString ContentNotePage::noteText() const
{
    return m_note->text();
}

void ContentNotePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Lines of a comfortable length: the note is read, not scanned.
    const int side = qMax(24, (width() - 1100) / 2);
    layout()->setContentsMargins(side, 24, side, 24);
    applyTheme();
}

void ContentNotePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyTheme();
}

void ContentNotePage::applyTheme()
{
    // "Continue" is the primary button: the accent colour of the window's theme.
    const Theme::Palette colours = Theme::palette(Theme::optionsOf(this));
    const QString sheet = QStringLiteral("QPushButton { background: %1; color: %2; border-color: %1; }")
                              .arg(colours.accent.name(), colours.accentText.name());
    if (m_continue->styleSheet() != sheet)
        m_continue->setStyleSheet(sheet);
}

void ContentNotePage::retranslate()
{
    //: Heading of the note shown before a testimony that speaks of hard things.
    m_heading->setText(tr("Before you listen"));
    m_continue->setText(tr("Continue"));
    m_back->setText(tr("Back"));
}
