#include "playermessagecard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PlayerMessageCard::PlayerMessageCard(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_replay(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("playerMessageCard"));
    m_heading->setObjectName(QStringLiteral("playerMessageHeading"));
    m_heading->setProperty("role", QStringLiteral("title"));
    m_body->setObjectName(QStringLiteral("playerMessageBody"));
    m_body->setProperty("role", QStringLiteral("muted"));
    m_replay->setObjectName(QStringLiteral("playerReplay"));
    m_back->setObjectName(QStringLiteral("playerBackToList"));
    for (QLabel* label : { m_heading, m_body }) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_back, &QPushButton::clicked, this, &PlayerMessageCard::backRequested);
    connect(m_replay, &QPushButton::clicked, this, &PlayerMessageCard::replayRequested);
    retranslate();
}

void PlayerMessageCard::setKind(Kind kind)
{
    m_kind = kind;
    setObjectName(kind == Kind::Ended ? QStringLiteral("endCard") : QStringLiteral("unavailableCard"));
    m_replay->setVisible(kind == Kind::Ended);
    retranslate();
}

void PlayerMessageCard::setRecordingTitle(const QString& title)
{
    m_body->setProperty("recordingTitle", title);
    retranslate();
}

void PlayerMessageCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerMessageCard::retranslate()
{
    m_replay->setText(tr("Play again"));
    m_back->setText(tr("Back to the list"));
    if (m_kind == Kind::Ended) {
        m_heading->setText(tr("The recording has ended"));
        m_body->setText(m_body->property("recordingTitle").toString());
    } else {
        m_heading->setText(tr("This recording is unavailable"));
        m_body->setText(tr("It cannot be played at the moment. Please choose another testimony."));
    }
}
