#pragma once

#include "mediaengine.h"

#include <QLibrary>
#include <QString>

#include <memory>

// Qt Multimedia lives in a plugin, alzhir-media.so (ui/mediaplugin/), that the kiosk loads after its
// first frame, or at the latest when the first recording is played: linked into the program, it
// cost about 10 ms of every start. The plugin makes the engines; if it cannot be loaded, every
// recording fails with the reason (the player shows its "unavailable" card) and the kiosk goes on.
class MediaPlugin
{
public:
    explicit MediaPlugin(const QString& path);

    // The program's plugin, at defaultPath().
    static MediaPlugin& instance();
    // Beside the installed program's libraries when the program runs installed, else in the build
    // tree it was built in (tests, benchmarks, a developer's build).
    static QString defaultPath();

    // Loads the plugin the first time; later calls give the first outcome. False when it cannot be
    // used: error() says why.
    bool load();
    bool isLoaded() const { return m_create != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_library.fileName(); }

    // A new engine from the plugin (loading it if needed), or, when it cannot be loaded, an engine
    // that fails every recording with error().
    std::unique_ptr<MediaEngine> createEngine();

private:
    using CreateFunction = MediaEngine* (*)();
    using VersionFunction = const char* (*)();

    QString resolve();

    QLibrary m_library;
    CreateFunction m_create = nullptr;
    bool m_tried = false;
    QString m_error;
};
