#include "stillhereprompt.h"

#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StillHerePrompt::StillHerePrompt(QWidget* parent)
    : Overlay(parent)
    , m_question(new QLabel)
    , m_count(new QLabel)
    , m_explanation(new QLabel)
    , m_continue(new QPushButton)
    , m_card(new QWidget)
{
    setObjectName(QStringLiteral("stillHerePrompt"));
    setBackground(QColor(0, 0, 0, 190));
    m_card->setObjectName(QStringLiteral("stillHereCard"));
    m_question->setObjectName(QStringLiteral("stillHereQuestion"));
    m_question->setProperty("role", QStringLiteral("title"));
    m_count->setObjectName(QStringLiteral("stillHereCountdown"));
    m_count->setProperty("role", QStringLiteral("title"));
    m_explanation->setObjectName(QStringLiteral("stillHereExplanation"));
    m_continue->setObjectName(QStringLiteral("stillHereContinue"));
    for (QLabel* label : { m_question, m_count, m_explanation }) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }

    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_question);
    cardLayout->addWidget(m_count);
    cardLayout->addWidget(m_explanation);
    cardLayout->addWidget(m_continue, 0, Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_card, 0, Qt::AlignCenter);
    layout->addStretch(1);

    connect(m_continue, &QPushButton::clicked, this, &StillHerePrompt::continueRequested);
    retranslate();
}

void StillHerePrompt::setSecondsLeft(int seconds)
{
    m_seconds = seconds;
    m_count->setText(QString::number(seconds));
    retranslate();
}

QString StillHerePrompt::questionText() const
{
    return m_question->text();
}

QString StillHerePrompt::countdownText() const
{
    return m_explanation->text();
}

void StillHerePrompt::retranslate()
{
    //: Asked when nobody has touched the kiosk for a while.
    m_question->setText(tr("Are you still here?"));
    //: Below the countdown on the "Are you still here?" prompt; %n is the number of seconds left.
    m_explanation->setText(tr("Touch the screen to continue. In %n second(s) the kiosk starts over for the next visitor.",
        nullptr, m_seconds));
    //: The button on the "Are you still here?" prompt.
    m_continue->setText(tr("I am still here"));
    if (width() > 0)
        fitCard(m_card, cardWidth());
}

int StillHerePrompt::cardWidth() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    return std::max(200, std::min(width() - 2 * m.margin, m.buttonHeight * 12));
}

void StillHerePrompt::mousePressEvent(QMouseEvent* event)
{
    Q_UNUSED(event)
    Q_EMIT continueRequested();
}

void StillHerePrompt::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Overlay::changeEvent(event);
}

void StillHerePrompt::resizeEvent(QResizeEvent* event)
{
    Overlay::resizeEvent(event);
    const Theme::Metrics m = Theme::metricsFor(this);
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    m_card->setStyleSheet(QStringLiteral("#stillHereCard { background: %1; border: 2px solid %2; border-radius: %3px; }")
                              .arg(p.surface.name(), p.border.name())
                              .arg(m.spacing));
    m_card->layout()->setContentsMargins(m.margin, m.margin, m.margin, m.margin);
    m_card->layout()->setSpacing(m.spacing * 2);
    m_count->setStyleSheet(QStringLiteral("font-size: %1px; color: %2;").arg(m.titlePx * 2).arg(p.accent.name()));
    m_continue->setMinimumWidth(m.buttonHeight * 4);
    fitCard(m_card, cardWidth());
}
