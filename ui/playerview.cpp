#include "playerview.h"

#include "audiostage.h"
#include "language.h"
#include "logging.h"
#include "playercontrols.h"
#include "playermessagecard.h"
#include "playersidepanel.h"
#include "scrubbar.h"
#include "subtitleband.h"
#include "subtitleparser.h"
#include "theme.h"
#include "transcriptview.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsOpacityEffect>
#include <QMouseEvent>
#include <QPropertyAnimation>
#include <QStackedWidget>

PlayerView::PlayerView(QWidget* parent)
    : QWidget(parent)
    , m_controller(new PlaybackController(this))
    , m_stage(new QStackedWidget(this))
    , m_videoPage(new QWidget(this))
    , m_audio(new AudioStage(this))
    , m_card(new PlayerMessageCard(this))
    , m_band(new SubtitleBand(this))
    , m_side(new PlayerSidePanel(this))
    , m_controls(new PlayerControls(this))
{
    setObjectName(QStringLiteral("playerView"));
    m_videoPage->setObjectName(QStringLiteral("videoPage"));
    auto* videoLayout = new QVBoxLayout(m_videoPage);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    m_stage->addWidget(m_audio);
    m_stage->addWidget(m_videoPage);
    m_stage->addWidget(m_card);

    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_stage, 1);
    column->addWidget(m_band);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->addLayout(column, 1);
    m_body->addWidget(m_side);
    m_side->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_controls);

    m_controlsOpacity = new QGraphicsOpacityEffect(m_controls);
    m_controlsOpacity->setOpacity(1.0);
    m_controls->setGraphicsEffect(m_controlsOpacity);
    m_fade = new QPropertyAnimation(m_controlsOpacity, "opacity", this);
    m_fade->setDuration(600);
    m_fadeTimer.setSingleShot(true);
    m_fadeTimer.setInterval(DefaultControlsFadeMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, &PlayerView::fadeControls);
    m_endCardTimer.setSingleShot(true);
    m_endCardTimer.setInterval(DefaultEndCardMs);
    connect(&m_endCardTimer, &QTimer::timeout, this, [this] {
        close();
        Q_EMIT finished();
    });

    connect(m_controller, &PlaybackController::stateChanged, this, &PlayerView::onStateChanged);
    connect(m_controller, &PlaybackController::positionChanged, this, &PlayerView::onPosition);
    connect(m_controller, &PlaybackController::durationChanged, this, [this](qint64 d) {
        m_controls->setDuration(d);
        m_audio->setProgress(m_controller->position(), d);
    });
    connect(m_controller, &PlaybackController::hasVideoChanged, this, [this](bool video) {
        m_hasVideo = video;
        showStage();
    });
    connect(m_controller, &PlaybackController::volumeChanged, this, [this](int percent) {
        m_controls->setVolume(percent, m_controller->minVolume(), m_controller->maxVolume());
    });
    connect(m_controller, &PlaybackController::engineCreated, this, &PlayerView::onEngineCreated);

    connect(m_controls, &PlayerControls::closeRequested, this, [this] {
        close();
        Q_EMIT finished();
    });
    connect(m_controls, &PlayerControls::playPauseRequested, this, [this] {
        m_controller->togglePlay();
        showControls();
    });
    connect(m_controls, &PlayerControls::skipRequested, this, [this](qint64 delta) {
        m_controller->skip(delta);
        showControls();
    });
    connect(m_controls, &PlayerControls::seekRequested, this, [this](qint64 position) {
        m_controller->seek(position);
        showControls();
    });
    connect(m_controls, &PlayerControls::volumeStepRequested, this, [this](int delta) {
        m_controller->setVolume(m_controller->volume() + delta);
        showControls();
    });
    connect(m_controls, &PlayerControls::subtitlesToggled, this, &PlayerView::setSubtitlesOn);
    connect(m_controls, &PlayerControls::transcriptToggled, this,
        [this](bool on) { setSidePanel(on ? int(PlayerSidePanel::Mode::Transcript) : -1); });
    connect(m_controls, &PlayerControls::chaptersToggled, this,
        [this](bool on) { setSidePanel(on ? int(PlayerSidePanel::Mode::Chapters) : -1); });
    connect(m_side, &PlayerSidePanel::seekRequested, this, [this](qint64 position) {
        m_controller->seek(position);
        if (m_controller->state() != PlaybackController::State::Playing)
            m_controller->play();
        showControls();
    });
    connect(m_card, &PlayerMessageCard::backRequested, this, [this] {
        close();
        Q_EMIT finished();
    });
    connect(m_card, &PlayerMessageCard::replayRequested, this, [this] { m_controller->play(); });
    m_controls->setSubtitlesOn(true);
    m_controls->setVolume(m_controller->volume(), m_controller->minVolume(), m_controller->maxVolume());
}

void PlayerView::open(const Testimony& testimony, const QString& language)
{
    setTestimony(testimony, language);
    m_controller->open(testimony.mediaPath, testimony.durationMs);
}

void PlayerView::prepare(const Testimony& testimony, const QString& language)
{
    setTestimony(testimony, language);
    m_controller->prepare(testimony.mediaPath, testimony.durationMs);
}

void PlayerView::start()
{
    if (m_controller->state() == PlaybackController::State::Unavailable)
        return; // already known: the card is showing
    m_controller->open(m_testimony.mediaPath, m_testimony.durationMs);
}

void PlayerView::close()
{
    m_endCardTimer.stop();
    m_fadeTimer.stop();
    m_controller->stop();
    m_testimony = Testimony();
    m_track = SubtitleTrack();
    m_trackCache.clear();
    m_band->clear();
}

void PlayerView::showPreview(const Testimony& testimony, const QString& language, qint64 positionMs)
{
    setTestimony(testimony, language);
    m_controls->setPlaying(true);
    onPosition(positionMs);
    setSidePanel(int(PlayerSidePanel::Mode::Transcript));
}

void PlayerView::showUnavailablePreview(const Testimony& testimony, const QString& language)
{
    setTestimony(testimony, language);
    showCard(false);
    m_endCardTimer.stop();
}

void PlayerView::setTestimony(const Testimony& testimony, const QString& language)
{
    close();
    m_testimony = testimony;
    m_language = language;
    m_hasVideo = false;
    m_shownPosition = 0;
    m_audio->setPoster(testimony.posterPath);
    m_audio->setTitle(testimony.title.value(language), testimony.speaker.value(language));
    m_audio->setProgress(0, testimony.durationMs);
    m_card->setRecordingTitle(testimony.title.value(language));
    m_controls->setDuration(testimony.durationMs);
    m_controls->setPosition(0);
    m_controls->setChaptersAvailable(!testimony.chapters.isEmpty());
    m_side->setChapters(testimony.chapters, language);
    loadTrack();
    showStage();
    showControls();
}

void PlayerView::setLanguage(const QString& code)
{
    if (code == m_language)
        return;
    m_language = code;
    if (m_testimony.id.isEmpty())
        return;
    m_audio->setTitle(m_testimony.title.value(code), m_testimony.speaker.value(code));
    m_card->setRecordingTitle(m_testimony.title.value(code));
    m_side->setChapters(m_testimony.chapters, code);
    loadTrack();
    onPosition(m_shownPosition);
}

void PlayerView::loadTrack()
{
    // The visitor's language, else the fallback order (a subtitle in another language helps more
    // than none).
    m_trackLanguage.clear();
    for (const QString& code : Language::fallbackOrder(m_language)) {
        if (m_testimony.hasSubtitles(code)) {
            m_trackLanguage = code;
            break;
        }
    }
    if (!m_trackLanguage.isEmpty() && !m_trackCache.contains(m_trackLanguage)) {
        const QString path = m_testimony.subtitlePaths.value(m_trackLanguage);
        const SubtitleParser::Result parsed = SubtitleParser::parseFile(path);
        for (const SubtitleProblem& problem : parsed.problems)
            qCWarning(lcMedia).noquote() << "subtitles:" << problem.toString(QFileInfo(path).fileName());
        m_trackCache.insert(m_trackLanguage, parsed.track);
    }
    m_track = m_trackCache.value(m_trackLanguage);
    m_side->transcript()->setTrack(m_track);
    m_controls->setSubtitlesAvailable(!m_track.isEmpty());
    m_band->setVisible(m_subtitlesOn && !m_track.isEmpty() && m_stage->currentWidget() != m_card);
}

QString PlayerView::subtitleText() const
{
    return m_band->isVisibleTo(this) ? m_band->text() : QString();
}

void PlayerView::setSubtitlesOn(bool on)
{
    m_subtitlesOn = on;
    m_controls->setSubtitlesOn(on);
    m_band->setVisible(on && !m_track.isEmpty() && m_stage->currentWidget() != m_card);
    showControls();
}

bool PlayerView::controlsVisible() const
{
    return m_controls->isVisibleTo(this) && m_controlsOpacity->opacity() > 0.5;
}

void PlayerView::onStateChanged(PlaybackController::State state)
{
    using State = PlaybackController::State;
    m_controls->setPlaying(state == State::Playing || state == State::Loading);
    switch (state) {
    case State::Ended:
        showCard(true);
        break;
    case State::Unavailable:
        showCard(false);
        break;
    case State::Playing:
        showStage();
        showControls();
        break;
    default:
        showStage();
        showControls();
        break;
    }
}

void PlayerView::onPosition(qint64 positionMs)
{
    m_shownPosition = positionMs;
    m_controls->setPosition(positionMs);
    m_audio->setProgress(positionMs, qMax(m_controller->duration(), m_testimony.durationMs));
    m_band->setText(m_track.textAt(positionMs));
    m_side->setPosition(positionMs);
}

void PlayerView::onEngineCreated(MediaEngine* engine)
{
    if (QWidget* video = engine->videoWidget()) {
        m_videoPage->layout()->addWidget(video);
        // A touch on the picture brings the controls back (the picture itself takes no input).
        video->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
}

void PlayerView::showStage()
{
    const auto state = m_controller->state();
    if (state == PlaybackController::State::Ended || state == PlaybackController::State::Unavailable)
        return;
    m_stage->setCurrentWidget(m_hasVideo ? m_videoPage : static_cast<QWidget*>(m_audio));
    m_controls->show();
    m_band->setVisible(m_subtitlesOn && !m_track.isEmpty());
}

void PlayerView::showCard(bool ended)
{
    m_card->setKind(ended ? PlayerMessageCard::Kind::Ended : PlayerMessageCard::Kind::Unavailable);
    m_stage->setCurrentWidget(m_card);
    m_band->hide();
    m_controls->hide();
    setSidePanel(-1);
    m_fadeTimer.stop();
    m_endCardTimer.start();
}

void PlayerView::setSidePanel(int mode)
{
    const bool show = mode >= 0;
    if (show)
        m_side->setMode(PlayerSidePanel::Mode(mode));
    m_side->setVisible(show);
    m_controls->setTranscriptOn(show && m_side->mode() == PlayerSidePanel::Mode::Transcript);
    m_controls->setChaptersOn(show && m_side->mode() == PlayerSidePanel::Mode::Chapters);
    if (show)
        m_side->setPosition(m_shownPosition);
    showControls();
}

void PlayerView::showControls()
{
    m_fade->stop();
    m_controlsOpacity->setOpacity(1.0);
    m_controls->setAttribute(Qt::WA_TransparentForMouseEvents, false);
    // Only a playing video hides its controls; audio keeps them in view.
    if (m_hasVideo && m_controller->state() == PlaybackController::State::Playing && !m_side->isVisible())
        m_fadeTimer.start();
    else
        m_fadeTimer.stop();
}

void PlayerView::fadeControls()
{
    if (m_controls->scrubBar()->isScrubbing()) {
        m_fadeTimer.start();
        return;
    }
    // Faded controls let the first touch through to the view, which only brings them back.
    m_controls->setAttribute(Qt::WA_TransparentForMouseEvents, true);
    m_fade->setStartValue(m_controlsOpacity->opacity());
    m_fade->setEndValue(0.0);
    m_fade->start();
}

void PlayerView::mousePressEvent(QMouseEvent* event)
{
    showControls();
    event->accept();
}

void PlayerView::resetForNewVisitor()
{
    close();
    setSidePanel(-1);
    setSubtitlesOn(true);
    m_controller->setVolume(m_controller->defaultVolume());
}

void PlayerView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void PlayerView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applySizes(); // larger text or high contrast chosen
}

void PlayerView::applySizes()
{
    const Theme::Metrics m = Theme::metricsFor(this);
    const bool portrait = width() < height();
    m_body->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    if (portrait) {
        m_side->setMinimumWidth(0);
        m_side->setMaximumWidth(QWIDGETSIZE_MAX);
        m_side->setFixedHeight(height() * 3 / 10);
    } else {
        m_side->setMinimumHeight(0);
        m_side->setMaximumHeight(QWIDGETSIZE_MAX);
        m_side->setFixedWidth(width() * 3 / 10);
    }
    m_band->setTextPixelSize(m.bodyPx * 5 / 4);
    m_controls->setButtonSize(m.buttonHeight);
}
