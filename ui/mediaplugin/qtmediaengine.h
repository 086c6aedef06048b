#pragma once

#include "mediaengine.h"

#include <QPointer>

class QAudioOutput;
class QMediaPlayer;
class QVideoFrame;
class QVideoWidget;

// MediaEngine on Qt Multimedia: QMediaPlayer with a QAudioOutput and, when asked, a QVideoWidget.
// Made only when a recording is first needed (a QMediaPlayer costs start-up time), on Qt's
// GStreamer backend (see forceGStreamerBackend()). Lives in the media plugin (MediaPlugin).
class QtMediaEngine final : public MediaEngine
{
    Q_OBJECT

public:
    explicit QtMediaEngine(QObject* parent = nullptr);
    ~QtMediaEngine() override;

    // Chooses Qt's GStreamer media backend for this process unless QT_MEDIA_BACKEND is set: the
    // FFmpeg backend of Debian's Qt 6.4.2 crashed with no audio device. Must run before the first
    // Qt Multimedia object exists; the constructor calls it, and main() may call it earlier.
    static void forceGStreamerBackend();

    void load(const QString& path) override;
    void unload() override;
    void play() override;
    void pause() override;
    void seek(qint64 positionMs) override;
    qint64 position() const override;
    qint64 duration() const override;
    bool isPlaying() const override;
    bool hasVideo() const override;
    void setVolume(float volume) override;
    float volume() const override;
    QWidget* videoWidget() override;

private:
    void onMediaStatus(int status);
    void onError(int error, const QString& message);
    void onPosition(qint64 positionMs);
    void onVideoFrame(const QVideoFrame& frame);
    void fail(const QString& reason);

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audio = nullptr;
    QPointer<QVideoWidget> m_video;
    QString m_path;
    float m_volume = 1.0f;
    bool m_awaitingFirstFrame = false;
};
