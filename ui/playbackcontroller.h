#pragma once

#include "mediaengine.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

// The rules of playing one testimony, apart from how it looks: one recording at a time, a load
// that must finish in time, a recording that stops long before its length counts as broken, the
// volume stays within the staff's limits. The media engine is made on first use, never at start-up.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,       // nothing open
        Loading,    // opened, not yet playing
        Ready,      // prepared (prepare()), waiting for play()
        Playing,
        Paused,
        Ended,      // played to the end
        Unavailable // missing, broken, unsupported or too slow to load
    };
    Q_ENUM(State)

    using EngineFactory = std::function<std::unique_ptr<MediaEngine>()>;

    static constexpr int DefaultLoadTimeoutMs = 5000;

    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    // For tests and benchmarks; the default makes the media plugin's engine (MediaPlugin).
    void setEngineFactory(EngineFactory factory);
    // The engine, made on the first call.
    MediaEngine* engine();
    bool hasEngine() const { return m_engine != nullptr; }

    // Opens a recording and plays it as soon as it is loaded. `expectedDurationMs` is the length
    // the content folder gives (0: unknown); a recording much shorter than that is cut short.
    void open(const QString& path, qint64 expectedDurationMs = 0);
    // Opens a recording and loads it without playing (e.g. while a content note is read).
    void prepare(const QString& path, qint64 expectedDurationMs = 0);
    // Stops and closes the recording.
    void stop();

    void play();
    void pause();
    void togglePlay();
    void seek(qint64 positionMs);
    void skip(qint64 deltaMs);

    State state() const { return m_state; }
    bool isPlaying() const { return m_state == State::Playing; }
    QString path() const { return m_path; }
    QString failureReason() const { return m_failure; }
    qint64 position() const;
    qint64 duration() const;
    bool hasVideo() const;

    // A load (or a start) that takes longer than this ends as Unavailable.
    void setLoadTimeout(int ms) { m_loadTimer.setInterval(ms); }

    // Volume in percent of full; staff set the limits and the volume every recording starts at.
    void setVolumeLimits(int minPercent, int maxPercent, int defaultPercent);
    int volume() const { return m_volume; }
    int minVolume() const { return m_minVolume; }
    int maxVolume() const { return m_maxVolume; }
    int defaultVolume() const { return m_defaultVolume; }
    void setVolume(int percent);

Q_SIGNALS:
    void stateChanged(PlaybackController::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void hasVideoChanged(bool hasVideo);
    void volumeChanged(int percent);
    void firstFrame();
    // A new engine was made (its videoWidget() is new too).
    void engineCreated(MediaEngine* engine);

private:
    void load(const QString& path, qint64 expectedDurationMs, bool autoplay);
    void checkLength(qint64 durationMs);
    void setState(State state);
    void onEngineStatus(MediaEngine::Status status);
    void onEnded();
    void fail(const QString& reason);
    void applyVolume();
    void discardEngine();

    EngineFactory m_factory;
    std::unique_ptr<MediaEngine> m_engine;
    State m_state = State::Idle;
    QString m_path;
    QString m_failure;
    bool m_autoplay = false;
    bool m_started = false;     // the first frame or sound has come
    qint64 m_lastPosition = 0;  // while playing, to tell a real end from a file cut short
    qint64 m_expectedDuration = 0;
    QTimer m_loadTimer;
    int m_minVolume = 0;
    int m_maxVolume = 100;
    int m_defaultVolume = 70;
    int m_volume = 70;
};
