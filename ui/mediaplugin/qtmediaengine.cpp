#include "qtmediaengine.h"

#include "logging.h"

#include <QAudio>
#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

QtMediaEngine::QtMediaEngine(QObject* parent)
    : MediaEngine(parent)
{
    forceGStreamerBackend();
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) { onMediaStatus(s); });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString& message) { onError(error, message); });
    connect(m_player, &QMediaPlayer::positionChanged, this, &QtMediaEngine::onPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaEngine::durationChanged);
    connect(m_player, &QMediaPlayer::hasVideoChanged, this, &MediaEngine::hasVideoChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
        [this](QMediaPlayer::PlaybackState s) { Q_EMIT playingChanged(s == QMediaPlayer::PlayingState); });
}

QtMediaEngine::~QtMediaEngine()
{
    // The video widget may sit in someone's layout; it goes with the player it shows.
    m_player->stop();
    delete m_video.data();
}

void QtMediaEngine::forceGStreamerBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) {
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        qCDebug(lcMedia) << "media backend: gstreamer";
    } else {
        qCDebug(lcMedia) << "media backend chosen by QT_MEDIA_BACKEND:" << qgetenv("QT_MEDIA_BACKEND");
    }
}

void QtMediaEngine::load(const QString& path)
{
    m_path = path;
    m_awaitingFirstFrame = true;
    setStatus(Status::Loading);
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        m_player->setSource(QUrl());
        // Reported from the event loop, like every other outcome of load().
        QTimer::singleShot(0, this, [this, path] {
            if (m_path == path && status() == Status::Loading)
                fail(QStringLiteral("the file does not exist or cannot be read"));
        });
        return;
    }
    m_player->setSource(QUrl::fromLocalFile(file.absoluteFilePath()));
}

void QtMediaEngine::unload()
{
    m_path.clear();
    m_awaitingFirstFrame = false;
    m_player->stop();
    m_player->setSource(QUrl());
    setStatus(Status::Empty);
}

void QtMediaEngine::play()
{
    if (status() == Status::Failed || status() == Status::Empty)
        return;
    if (status() == Status::Ended)
        setStatus(Status::Ready);
    m_player->play();
}

void QtMediaEngine::pause()
{
    m_player->pause();
}

void QtMediaEngine::seek(qint64 positionMs)
{
    if (status() == Status::Ended)
        setStatus(Status::Ready);
    m_player->setPosition(qMax<qint64>(0, positionMs));
}

qint64 QtMediaEngine::position() const
{
    return m_player->position();
}

qint64 QtMediaEngine::duration() const
{
    return m_player->duration();
}

bool QtMediaEngine::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

bool QtMediaEngine::hasVideo() const
{
    return m_player->hasVideo();
}

void QtMediaEngine::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    // People hear loudness logarithmically; the audio output's gain is linear.
    m_audio->setVolume(QAudio::convertVolume(m_volume, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
}

float QtMediaEngine::volume() const
{
    return m_volume;
}

QWidget* QtMediaEngine::videoWidget()
{
    if (!m_video) {
        m_video = new QVideoWidget;
        m_video->setObjectName(QStringLiteral("playerVideo"));
        m_video->setAspectRatioMode(Qt::KeepAspectRatio);
        m_player->setVideoOutput(m_video.data());
        connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, &QtMediaEngine::onVideoFrame);
    }
    return m_video.data();
}

void QtMediaEngine::onMediaStatus(int status)
{
    switch (QMediaPlayer::MediaStatus(status)) {
    case QMediaPlayer::NoMedia:
        break;
    case QMediaPlayer::LoadingMedia:
        if (this->status() != Status::Failed)
            setStatus(Status::Loading);
        break;
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
    case QMediaPlayer::StalledMedia:
        if (this->status() == Status::Loading || this->status() == Status::Ended)
            setStatus(Status::Ready);
        break;
    case QMediaPlayer::EndOfMedia:
        if (this->status() != Status::Failed && !m_path.isEmpty())
            setStatus(Status::Ended);
        break;
    case QMediaPlayer::InvalidMedia:
        fail(m_player->errorString().isEmpty() ? QStringLiteral("not a playable recording") : m_player->errorString());
        break;
    }
}

void QtMediaEngine::onError(int error, const QString& message)
{
    if (error == QMediaPlayer::NoError || m_path.isEmpty())
        return;
    fail(message.isEmpty() ? QStringLiteral("playback error %1").arg(error) : message);
}

void QtMediaEngine::onPosition(qint64 positionMs)
{
    Q_EMIT positionChanged(positionMs);
    // An audio recording is "shown" when its clock runs; a video one when a picture arrives.
    if (m_awaitingFirstFrame && positionMs > 0 && !m_player->hasVideo() && isPlaying()) {
        m_awaitingFirstFrame = false;
        Q_EMIT firstFrame();
    }
}

void QtMediaEngine::onVideoFrame(const QVideoFrame& frame)
{
    if (m_awaitingFirstFrame && frame.isValid() && isPlaying()) {
        m_awaitingFirstFrame = false;
        Q_EMIT firstFrame();
    }
}

void QtMediaEngine::fail(const QString& reason)
{
    if (status() == Status::Failed)
        return;
    m_awaitingFirstFrame = false;
    setStatus(Status::Failed);
    Q_EMIT failed(reason);
}
