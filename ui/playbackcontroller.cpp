#include "playbackcontroller.h"

#include "logging.h"
#include "mediaplugin.h"

#include <QFileInfo>

namespace {

// A recording that reports its end this long before its length was cut short.
qint64 earlyEndTolerance(qint64 durationMs)
{
    return qMax<qint64>(2000, durationMs / 20);
}

} // namespace

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent)
    , m_factory([] { return MediaPlugin::instance().createEngine(); })
{
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(DefaultLoadTimeoutMs);
    connect(&m_loadTimer, &QTimer::timeout, this,
        [this] { fail(QStringLiteral("did not start within %1 ms").arg(m_loadTimer.interval())); });
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::setEngineFactory(EngineFactory factory)
{
    discardEngine();
    m_factory = std::move(factory);
}

MediaEngine* PlaybackController::engine()
{
    if (m_engine)
        return m_engine.get();
    m_engine = m_factory();
    MediaEngine* e = m_engine.get();
    connect(e, &MediaEngine::statusChanged, this, &PlaybackController::onEngineStatus);
    connect(e, &MediaEngine::failed, this, &PlaybackController::fail);
    connect(e, &MediaEngine::durationChanged, this, [this](qint64 d) {
        Q_EMIT durationChanged(d);
        checkLength(d);
    });
    connect(e, &MediaEngine::hasVideoChanged, this, &PlaybackController::hasVideoChanged);
    connect(e, &MediaEngine::positionChanged, this, [this](qint64 position) {
        // Some backends report 0 once the end is reached: only real progress counts.
        if (m_state == State::Playing && position > 0)
            m_lastPosition = position;
        Q_EMIT positionChanged(position);
    });
    connect(e, &MediaEngine::playingChanged, this, [this](bool playing) {
        if (playing && (m_state == State::Loading || m_state == State::Ready || m_state == State::Paused))
            setState(State::Playing);
    });
    connect(e, &MediaEngine::firstFrame, this, [this] {
        m_started = true;
        m_loadTimer.stop();
        Q_EMIT firstFrame();
    });
    applyVolume();
    Q_EMIT engineCreated(e);
    return e;
}

void PlaybackController::open(const QString& path, qint64 expectedDurationMs)
{
    if (path == m_path && (m_state == State::Ready || m_state == State::Loading)) {
        play(); // prepared while the content note was read
        return;
    }
    load(path, expectedDurationMs, true);
}

void PlaybackController::prepare(const QString& path, qint64 expectedDurationMs)
{
    load(path, expectedDurationMs, false);
}

void PlaybackController::load(const QString& path, qint64 expectedDurationMs, bool autoplay)
{
    stop();
    m_path = path;
    m_expectedDuration = qMax<qint64>(0, expectedDurationMs);
    m_autoplay = autoplay;
    m_failure.clear();
    m_started = false;
    m_lastPosition = 0;
    m_volume = m_defaultVolume; // never starts louder than the staff default
    setState(State::Loading);
    qCInfo(lcMedia) << "opening" << QFileInfo(path).fileName();
    MediaEngine* e = engine();
    applyVolume();
    Q_EMIT volumeChanged(m_volume);
    m_loadTimer.start();
    e->load(path);
    if (autoplay && m_state == State::Loading)
        e->play();
}

void PlaybackController::stop()
{
    m_loadTimer.stop();
    if (m_engine && m_engine->status() != MediaEngine::Status::Empty)
        m_engine->unload();
    m_path.clear();
    setState(State::Idle);
}

void PlaybackController::play()
{
    switch (m_state) {
    case State::Ready:
        m_loadTimer.start(); // the clock must start running soon
        [[fallthrough]];
    case State::Paused:
        engine()->play();
        break;
    case State::Ended:
        m_lastPosition = 0;
        setState(State::Paused);
        engine()->seek(0);
        engine()->play();
        break;
    case State::Loading:
        m_autoplay = true;
        break;
    default:
        break;
    }
}

void PlaybackController::pause()
{
    if (m_state == State::Playing) {
        engine()->pause();
        setState(State::Paused);
    } else if (m_state == State::Loading) {
        m_autoplay = false;
    }
}

void PlaybackController::togglePlay()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void PlaybackController::seek(qint64 positionMs)
{
    if (!m_engine || m_state == State::Idle || m_state == State::Unavailable || m_state == State::Loading)
        return;
    const qint64 length = duration();
    qint64 target = qMax<qint64>(0, positionMs);
    if (length > 0)
        target = qMin(target, length - 1);
    m_lastPosition = target;
    if (m_state == State::Ended)
        setState(State::Paused);
    m_engine->seek(target);
    Q_EMIT positionChanged(target);
}

void PlaybackController::skip(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

qint64 PlaybackController::position() const
{
    return m_engine ? m_engine->position() : 0;
}

qint64 PlaybackController::duration() const
{
    return m_engine ? m_engine->duration() : 0;
}

bool PlaybackController::hasVideo() const
{
    return m_engine && m_engine->hasVideo();
}

void PlaybackController::setVolumeLimits(int minPercent, int maxPercent, int defaultPercent)
{
    m_minVolume = qBound(0, minPercent, 100);
    m_maxVolume = qBound(m_minVolume, maxPercent, 100);
    m_defaultVolume = qBound(m_minVolume, defaultPercent, m_maxVolume);
    setVolume(qMin(m_volume, m_defaultVolume));
}

void PlaybackController::setVolume(int percent)
{
    const int bounded = qBound(m_minVolume, percent, m_maxVolume);
    if (bounded == m_volume)
        return;
    m_volume = bounded;
    applyVolume();
    Q_EMIT volumeChanged(m_volume);
}

void PlaybackController::applyVolume()
{
    if (!m_engine)
        return;
    m_engine->setVolume(m_volume / 100.0f);
}

void PlaybackController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcMedia) << "state" << state;
    Q_EMIT stateChanged(state);
}

void PlaybackController::onEngineStatus(MediaEngine::Status status)
{
    qCDebug(lcMedia) << "engine" << status << "at" << position() << "of" << duration();
    switch (status) {
    case MediaEngine::Status::Ready:
        if (m_state == State::Loading) {
            if (m_autoplay) {
                m_engine->play();
            } else {
                m_loadTimer.stop();
                setState(State::Ready);
            }
        }
        break;
    case MediaEngine::Status::Ended:
        onEnded();
        break;
    default:
        break;
    }
}

void PlaybackController::checkLength(qint64 durationMs)
{
    if (m_expectedDuration <= 0 || durationMs <= 0 || m_state == State::Idle || m_state == State::Unavailable)
        return;
    if (durationMs < m_expectedDuration - earlyEndTolerance(m_expectedDuration))
        fail(QStringLiteral("the recording lasts %1 ms but the content says %2 ms (the file is probably cut short, "
                            "or \"duration\" in content.json is wrong)")
                 .arg(durationMs)
                 .arg(m_expectedDuration));
}

void PlaybackController::onEnded()
{
    if (m_state == State::Idle || m_state == State::Unavailable)
        return;
    m_loadTimer.stop();
    const qint64 length = qMax(duration(), m_expectedDuration);
    if (length <= 0 && m_lastPosition < 1000) {
        fail(QStringLiteral("ended before any sound or picture (empty or cut-short file)"));
        return;
    }
    if (length > 0 && m_lastPosition < length - earlyEndTolerance(length)) {
        fail(QStringLiteral("ended at %1 ms of %2 ms (the file is probably cut short)").arg(m_lastPosition).arg(length));
        return;
    }
    qCInfo(lcMedia) << "finished" << QFileInfo(m_path).fileName();
    setState(State::Ended);
}

void PlaybackController::fail(const QString& reason)
{
    if (m_state == State::Unavailable || m_state == State::Idle)
        return;
    m_loadTimer.stop();
    m_failure = reason;
    qCWarning(lcMedia).noquote() << "recording unavailable:" << m_path << "-" << reason;
    if (m_engine && m_engine->status() != MediaEngine::Status::Empty)
        m_engine->unload();
    // An engine that failed or hung may stay in a bad state (GStreamer then reported the end of
    // the next recording at once): the next recording gets a fresh one.
    discardEngine();
    setState(State::Unavailable);
}

void PlaybackController::discardEngine()
{
    if (!m_engine)
        return;
    m_engine->disconnect(this);
    // Later: this may run inside one of the engine's own signals.
    m_engine.release()->deleteLater();
}
