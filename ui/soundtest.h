#pragma once

#include "mediaengine.h"

#include <QObject>
#include <QTemporaryFile>

#include <memory>

// The staff panel's sound test: a short, soft 440 Hz tone at a given volume, played like a
// recording (the same engine and the same loudness scale), so staff hear whether the speakers work
// and how loud the recordings will start. Made on first use.
class SoundTest : public QObject
{
    Q_OBJECT

public:
    explicit SoundTest(QObject* parent = nullptr);
    ~SoundTest() override;

    void play(int volumePercent);
    bool isPlaying() const;
    int lastVolume() const { return m_lastVolume; }

    // A mono 16-bit PCM WAV file: `ms` of a sine at `hz`, faded in and out.
    static QByteArray toneWav(int hz, int ms);

private:
    bool prepare();
    void onStatus(MediaEngine::Status status);

    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<MediaEngine> m_engine;
    bool m_playWhenReady = false;
    int m_lastVolume = -1;
};
