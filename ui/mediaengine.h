#pragma once

#include <QObject>
#include <QString>

class QWidget;

// What the player needs from a media framework: load a file, play, pause, seek, and report back.
// QtMediaEngine puts Qt Multimedia (QMediaPlayer on GStreamer) behind it, in the media plugin
// (MediaPlugin); tests may put a fake behind it where real playback is not the point (e.g. a file
// that never finishes loading). The plugin uses this class from the program that loads it: a
// change here is a change of the plugin's interface (ui/mediaplugin/hostsymbols.list).
class MediaEngine : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Empty,   // nothing loaded
        Loading, // load() called, not ready yet
        Ready,   // loaded: duration known (or known to be unknown), can play
        Ended,   // played to its end
        Failed,  // cannot be played; failed() said why
    };
    Q_ENUM(Status)

    using QObject::QObject;

    // Starts loading `path` (an absolute file path). Status goes Loading, then Ready or Failed.
    virtual void load(const QString& path) = 0;
    // Stops and lets go of the file; status Empty.
    virtual void unload() = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void seek(qint64 positionMs) = 0;

    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0; // 0 while unknown
    virtual bool isPlaying() const = 0;
    virtual bool hasVideo() const = 0;
    // Loudness as people hear it, 0.0 (silence) to 1.0 (full): equal steps sound like equal steps.
    // The engine maps it to its framework's gain.
    virtual void setVolume(float volume) = 0;
    virtual float volume() const = 0;

    // The widget that shows the pictures, made on the first call and kept by the engine (the caller
    // may put it into a layout); nullptr when this engine shows no pictures.
    virtual QWidget* videoWidget() = 0;

    Status status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(MediaEngine::Status status);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void playingChanged(bool playing);
    void hasVideoChanged(bool hasVideo);
    // The recording cannot be played; `reason` is for the staff log (English, technical).
    void failed(const QString& reason);
    // The first picture (video) or the first sound (audio) after load(): what a visitor notices.
    void firstFrame();

protected:
    void setStatus(Status status)
    {
        if (status == m_status)
            return;
        m_status = status;
        Q_EMIT statusChanged(status);
    }

private:
    Status m_status = Status::Empty;
};
