#include "playercontrols.h"

#include "playericons.h"
#include "scrubbar.h"
#include "timecode.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

PlayerControls::PlayerControls(QWidget* parent)
    : QWidget(parent)
    , m_scrub(new ScrubBar(this))
    , m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("playerControls"));
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_close = addButton(QStringLiteral("playerClose"));
    m_back = addButton(QStringLiteral("playerBack15"));
    m_play = addButton(QStringLiteral("playerPlayPause"));
    m_forward = addButton(QStringLiteral("playerForward15"));
    m_volumeDown = addButton(QStringLiteral("playerVolumeDown"));
    m_volumeUp = addButton(QStringLiteral("playerVolumeUp"));
    m_subtitles = addButton(QStringLiteral("playerSubtitles"));
    m_transcript = addButton(QStringLiteral("playerTranscript"));
    m_chapters = addButton(QStringLiteral("playerChapters"));
    for (QToolButton* toggle : { m_subtitles, m_transcript, m_chapters })
        toggle->setCheckable(true);
    for (QToolButton* textButton : { m_close, m_subtitles, m_transcript, m_chapters, m_back, m_forward })
        textButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_scrub, 1);
    timeRow->addWidget(m_time);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_play);
    buttons->addWidget(m_forward);
    buttons->addStretch(1);
    buttons->addWidget(m_volumeDown);
    buttons->addWidget(m_volumeUp);
    buttons->addWidget(m_subtitles);
    buttons->addWidget(m_transcript);
    buttons->addWidget(m_chapters);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(timeRow);
    layout->addLayout(buttons);

    connect(m_close, &QToolButton::clicked, this, &PlayerControls::closeRequested);
    connect(m_play, &QToolButton::clicked, this, &PlayerControls::playPauseRequested);
    connect(m_back, &QToolButton::clicked, this, [this] { Q_EMIT skipRequested(-SkipMs); });
    connect(m_forward, &QToolButton::clicked, this, [this] { Q_EMIT skipRequested(SkipMs); });
    connect(m_volumeDown, &QToolButton::clicked, this, [this] { Q_EMIT volumeStepRequested(-10); });
    connect(m_volumeUp, &QToolButton::clicked, this, [this] { Q_EMIT volumeStepRequested(10); });
    connect(m_subtitles, &QToolButton::toggled, this, &PlayerControls::subtitlesToggled);
    connect(m_transcript, &QToolButton::toggled, this, &PlayerControls::transcriptToggled);
    connect(m_chapters, &QToolButton::toggled, this, &PlayerControls::chaptersToggled);
    connect(m_scrub, &ScrubBar::seekRequested, this, [this](qint64 position) {
        m_position = position;
        updateTime();
        Q_EMIT seekRequested(position);
    });
    retranslate();
    updateIcons();
    updateTime();
}

QToolButton* PlayerControls::addButton(const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus);
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    return button;
}

void PlayerControls::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    updateIcons();
    retranslate();
}

void PlayerControls::setDuration(qint64 durationMs)
{
    m_duration = durationMs;
    m_scrub->setDuration(durationMs);
    updateTime();
}

void PlayerControls::setPosition(qint64 positionMs)
{
    if (m_scrub->isScrubbing())
        return;
    m_position = positionMs;
    m_scrub->setPosition(positionMs);
    updateTime();
}

void PlayerControls::setVolume(int percent, int minPercent, int maxPercent)
{
    m_volumeDown->setEnabled(percent > minPercent);
    m_volumeUp->setEnabled(percent < maxPercent);
    m_volumeDown->setProperty("volume", percent);
}

void PlayerControls::setSubtitlesAvailable(bool available)
{
    m_subtitles->setEnabled(available);
    m_transcript->setEnabled(available);
}

void PlayerControls::setSubtitlesOn(bool on)
{
    m_subtitles->setChecked(on);
}

void PlayerControls::setTranscriptOn(bool on)
{
    m_transcript->setChecked(on);
}

void PlayerControls::setChaptersOn(bool on)
{
    m_chapters->setChecked(on);
}

void PlayerControls::setChaptersAvailable(bool available)
{
    m_chapters->setVisible(available);
}

void PlayerControls::setButtonSize(int buttonPx)
{
    m_iconPx = qMax(24, buttonPx / 2);
    for (QToolButton* b : findChildren<QToolButton*>()) {
        b->setMinimumSize(buttonPx, buttonPx);
        b->setIconSize(QSize(m_iconPx, m_iconPx));
    }
    m_play->setMinimumWidth(buttonPx * 3 / 2);
    m_scrub->setFixedHeight(buttonPx * 3 / 4);
    updateIcons();
}

void PlayerControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void PlayerControls::retranslate()
{
    m_close->setText(tr("Close"));
    //: Button: jump 15 seconds back in a recording. Keep it short.
    m_back->setText(tr("15 s"));
    m_back->setAccessibleName(tr("Back 15 seconds"));
    //: Button: jump 15 seconds forward in a recording. Keep it short.
    m_forward->setText(tr("15 s"));
    m_forward->setAccessibleName(tr("Forward 15 seconds"));
    m_play->setAccessibleName(m_playing ? tr("Pause") : tr("Play"));
    m_volumeDown->setAccessibleName(tr("Quieter"));
    m_volumeUp->setAccessibleName(tr("Louder"));
    m_subtitles->setText(tr("Subtitles"));
    m_transcript->setText(tr("Transcript"));
    m_chapters->setText(tr("Chapters"));
}

void PlayerControls::updateIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    using Kind = PlayerIcons::Kind;
    m_play->setIcon(PlayerIcons::icon(m_playing ? Kind::Pause : Kind::Play, color, m_iconPx));
    m_back->setIcon(PlayerIcons::icon(Kind::Back15, color, m_iconPx));
    m_forward->setIcon(PlayerIcons::icon(Kind::Forward15, color, m_iconPx));
    m_close->setIcon(PlayerIcons::icon(Kind::Close, color, m_iconPx));
    m_volumeDown->setIcon(PlayerIcons::icon(Kind::VolumeDown, color, m_iconPx));
    m_volumeUp->setIcon(PlayerIcons::icon(Kind::VolumeUp, color, m_iconPx));
}

void PlayerControls::updateTime()
{
    m_time->setText(Timecode::format(m_position) + QStringLiteral(" / ") + Timecode::format(m_duration));
}
