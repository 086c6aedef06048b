#include "soundtest.h"

#include "logging.h"

#include <QSoundEffect>
#include <QUrl>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace {

constexpr int SampleRate = 44100;

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

SoundTest::SoundTest(QObject* parent)
    : QObject(parent)
{
}

SoundTest::~SoundTest() = default;

QByteArray SoundTest::toneWav(int hz, int ms)
{
    const int samples = SampleRate * ms / 1000;
    const int fade = SampleRate / 20; // 50 ms
    QByteArray wav;
    wav.append("RIFF");
    appendLe32(wav, 36 + samples * 2);
    wav.append("WAVEfmt ");
    appendLe32(wav, 16);
    appendLe16(wav, 1); // PCM
    appendLe16(wav, 1); // mono
    appendLe32(wav, SampleRate);
    appendLe32(wav, SampleRate * 2);
    appendLe16(wav, 2);
    appendLe16(wav, 16);
    wav.append("data");
    appendLe32(wav, samples * 2);
    for (int i = 0; i < samples; ++i) {
        const double envelope = std::min({ 1.0, double(i) / fade, double(samples - i) / fade });
        const double value = 0.4 * envelope * std::sin(2.0 * std::numbers::pi * hz * i / SampleRate);
        appendLe16(wav, static_cast<quint16>(static_cast<qint16>(value * 32767)));
    }
    return wav;
}

void SoundTest::play(int volumePercent)
{
    m_lastVolume = volumePercent;
    if (!m_effect) {
        m_file = std::make_unique<QTemporaryFile>(QStringLiteral("alzhir-soundtest-XXXXXX.wav"));
        if (!m_file->open()) {
            qCWarning(lcMedia) << "sound test: cannot write a temporary file";
            return;
        }
        m_file->write(toneWav(440, 800));
        m_file->flush();
        m_effect = new QSoundEffect(this);
        m_effect->setSource(QUrl::fromLocalFile(m_file->fileName()));
    }
    m_effect->setVolume(static_cast<float>(volumePercent) / 100.0f);
    m_effect->stop();
    m_effect->play();
    qCInfo(lcMedia) << "sound test at" << volumePercent << "%";
}

bool SoundTest::isPlaying() const
{
    return m_effect && m_effect->isPlaying();
}
