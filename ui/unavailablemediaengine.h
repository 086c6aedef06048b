#pragma once

#include "mediaengine.h"

// The engine when the media plugin cannot be loaded: every recording fails with the reason given,
// reported from the event loop like any other outcome of load().
class UnavailableMediaEngine final : public MediaEngine
{
    Q_OBJECT

public:
    explicit UnavailableMediaEngine(const QString& reason, QObject* parent = nullptr);

    void load(const QString& path) override;
    void unload() override;
    void play() override { }
    void pause() override { }
    void seek(qint64) override { }
    qint64 position() const override { return 0; }
    qint64 duration() const override { return 0; }
    bool isPlaying() const override { return false; }
    bool hasVideo() const override { return false; }
    void setVolume(float volume) override { m_volume = volume; }
    float volume() const override { return m_volume; }
    QWidget* videoWidget() override { return nullptr; }

private:
    QString m_reason;
    float m_volume = 1.0f;
    int m_loads = 0; // a failure reported late belongs to the load() that is still current
};
