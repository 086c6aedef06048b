#pragma once

#include <QObject>
#include <QTemporaryFile>

#include <memory>

class QSoundEffect;

// The staff panel's sound test: a short, soft 440 Hz tone at a given volume, so staff can hear
// whether the speakers work and how loud the recordings will start. Made on first use.
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
    std::unique_ptr<QTemporaryFile> m_file;
    QSoundEffect* m_effect = nullptr;
    int m_lastVolume = -1;
};
