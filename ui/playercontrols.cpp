#include "playercontrols.h"

#include "playericons.h"
#include "scrubbar.h"
#include "theme.h"
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
    m_tools = new QWidget(this);
    m_volumeDown = addButton(QStringLiteral("playerVolumeDown"), m_tools);
    m_volumeUp = addButton(QStringLiteral("playerVolumeUp"), m_tools);
    m_subtitles = addButton(QStringLiteral("playerSubtitles"), m_tools);
    m_transcript = addButton(QStringLiteral("playerTranscript"), m_tools);
    m_chapters = addButton(QStringLiteral("playerChapters"), m_tools);
    for (QToolButton* toggle : { m_subtitles, m_transcript, m_chapters })
        toggle->setCheckable(true);
    for (QToolButton* textButton : { m_close, m_subtitles, m_transcript, m_chapters, m_back, m_forward })
        textButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_scrub, 1);
    timeRow->addWidget(m_time);
    auto* tools = new QHBoxLayout(m_tools);
    tools->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* b : { m_volumeDown, m_volumeUp, m_subtitles, m_transcript, m_chapters })
        tools->addWidget(b);
    m_mainRow = new QHBoxLayout;
    m_mainRow->addWidget(m_close);
    m_mainRow->addStretch(1);
    m_mainRow->addWidget(m_back);
    m_mainRow->addWidget(m_play);
    m_mainRow->addWidget(m_forward);
    m_mainRow->addStretch(1);
    m_mainRow->addWidget(m_tools);
    m_toolRow = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(timeRow);
    layout->addLayout(m_mainRow);
    layout->addLayout(m_toolRow);

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

QToolButton* PlayerControls::addButton(const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent ? parent : this);
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
    arrangeRows(true);
}

void PlayerControls::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeRows();
}

void PlayerControls::arrangeRows(bool force)
{
    // On a narrow (portrait) screen volume and the toggles go to a second row.
    int needed = m_tools->sizeHint().width();
    for (QToolButton* b : { m_close, m_back, m_play, m_forward })
        needed += b->sizeHint().width();
    needed += 8 * layout()->spacing() + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    const bool twoRows = needed > width();
    if (twoRows == m_twoRows && !force)
        return;
    m_twoRows = twoRows;
    m_mainRow->removeWidget(m_tools);
    m_toolRow->removeWidget(m_tools);
    (twoRows ? m_toolRow : m_mainRow)->addWidget(m_tools, 0, twoRows ? Qt::AlignHCenter : Qt::Alignment());
}

void PlayerControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        arrangeRows(true); // the texts changed width
    }
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateIcons(); // high contrast chosen or left
}

void PlayerControls::retranslate()
{
    m_close->setText(tr("Close"));
    //: On the buttons that jump 15 seconds back and forward in a recording. Keep it short.
    m_back->setText(tr("15 s"));
    m_back->setAccessibleName(tr("Back 15 seconds"));
    //: On the buttons that jump 15 seconds back and forward in a recording. Keep it short.
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
    const QColor color = Theme::palette(Theme::optionsOf(this)).text;
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
