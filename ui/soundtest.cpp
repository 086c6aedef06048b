#include "soundtest.h"

#include "logging.h"
#include "mediaplugin.h"

#include <QDir>
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
    if (!prepare())
        return;
    m_engine->setVolume(static_cast<float>(volumePercent) / 100.0f);
    qCInfo(lcMedia) << "sound test at" << volumePercent << "%";
    switch (m_engine->status()) {
    case MediaEngine::Status::Ready:
    case MediaEngine::Status::Ended:
        m_engine->seek(0);
        m_engine->play();
        break;
    case MediaEngine::Status::Empty:
    case MediaEngine::Status::Failed: // a failure may pass (a sound card plugged in later): try again
        m_playWhenReady = true;
        m_engine->load(m_file->fileName());
        break;
    case MediaEngine::Status::Loading:
        m_playWhenReady = true;
        break;
    }
}

// The tone's file and the engine, made on first use; false when the file cannot be written.
bool SoundTest::prepare()
{
    if (m_engine)
        return true;
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/alzhir-soundtest-XXXXXX.wav"));
    if (!m_file->open() || m_file->write(toneWav(440, 800)) < 0 || !m_file->flush()) {
        qCWarning(lcMedia) << "sound test: cannot write a temporary file:" << m_file->errorString();
        m_file.reset();
        return false;
    }
    m_engine = MediaPlugin::instance().createEngine();
    connect(m_engine.get(), &MediaEngine::statusChanged, this, &SoundTest::onStatus);
    connect(m_engine.get(), &MediaEngine::failed, this,
        [](const QString& reason) { qCWarning(lcMedia).noquote() << "sound test cannot play:" << reason; });
    return true;
}

void SoundTest::onStatus(MediaEngine::Status status)
{
    if (status == MediaEngine::Status::Ready && m_playWhenReady) {
        m_playWhenReady = false;
        m_engine->play();
    } else if (status == MediaEngine::Status::Failed) {
        m_playWhenReady = false;
    }
}

bool SoundTest::isPlaying() const
{
    return m_engine && m_engine->isPlaying();
}
