#include "runtimepaths.h"

#include "commandline.h"
#include "kioskconfig.h"

#include <QStandardPaths>

QString RuntimePaths::configPath(const CommandLineOptions& options)
{
    return options.configPath.isEmpty() ? KioskConfig::defaultPath() : options.configPath;
}

QString RuntimePaths::stateDir(const CommandLineOptions& options, const KioskConfig& config)
{
    if (!options.stateDir.isEmpty())
        return options.stateDir;
    if (!config.stateFolder().isEmpty())
        return config.stateFolder();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString RuntimePaths::contentDir(const CommandLineOptions& options, const KioskConfig& config)
{
    return options.contentDir.isEmpty() ? config.contentFolder() : options.contentDir;
}

QString RuntimePaths::startLanguage(const CommandLineOptions& options, const KioskConfig& config)
{
    return options.language.isEmpty() ? config.defaultLanguage() : options.language;
}
