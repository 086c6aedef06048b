#include "mediaplugin.h"

#include "logging.h"
#include "unavailablemediaengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

MediaPlugin::MediaPlugin(const QString& path)
    : m_library(path)
{
}

MediaPlugin& MediaPlugin::instance()
{
    static MediaPlugin plugin(defaultPath());
    return plugin;
}

QString MediaPlugin::defaultPath()
{
    const QString programDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    if (programDir == QDir::cleanPath(QStringLiteral(ALZHIR_INSTALLED_BINDIR)))
        return QStringLiteral(ALZHIR_MEDIA_PLUGIN_INSTALLED);
    return QStringLiteral(ALZHIR_MEDIA_PLUGIN_BUILT);
}

bool MediaPlugin::load()
{
    if (!m_tried) {
        m_tried = true;
        QElapsedTimer clock;
        clock.start();
        m_error = resolve();
        if (m_error.isEmpty()) {
            qCInfo(lcMedia).noquote() << "media plugin" << path() << "loaded in" << clock.elapsed() << "ms";
        } else {
            m_create = nullptr;
            qCWarning(lcMedia).noquote() << "recordings cannot be played:" << m_error;
        }
    }
    return isLoaded();
}

// Loads the library and checks it is this version's plugin; an empty string when it is usable.
QString MediaPlugin::resolve()
{
    // Symbols resolved at once: a plugin missing one of Qt Multimedia's fails here, not mid-playback.
    m_library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    if (!m_library.load())
        return QStringLiteral("the media plugin cannot be loaded (%1); reinstall the package alzhir-kiosk")
            .arg(m_library.errorString());
    const auto version = reinterpret_cast<VersionFunction>(m_library.resolve("alzhirMediaPluginVersion"));
    m_create = reinterpret_cast<CreateFunction>(m_library.resolve("alzhirCreateMediaEngine"));
    if (!version || !m_create)
        return QStringLiteral("%1 is not the kiosk's media plugin").arg(path());
    if (qstrcmp(version(), ALZHIR_VERSION) != 0)
        return QStringLiteral("the media plugin %1 is version %2, the program %3 (updated while it ran?); "
                              "the kiosk's next start uses the new one")
            .arg(path(), QString::fromLatin1(version()), QStringLiteral(ALZHIR_VERSION));
    return {};
}

std::unique_ptr<MediaEngine> MediaPlugin::createEngine()
{
    if (!load())
        return std::make_unique<UnavailableMediaEngine>(m_error);
    return std::unique_ptr<MediaEngine>(m_create());
}
