#pragma once

#include <QString>

struct CommandLineOptions;
class KioskConfig;

// Where the kiosk reads and writes, from the command line first, then the configuration, then the
// defaults.
class RuntimePaths
{
public:
    // --config, else /etc/alzhir-kiosk/kiosk.conf.
    static QString configPath(const CommandLineOptions& options);
    // --state, else state/folder, else QStandardPaths' application data folder.
    static QString stateDir(const CommandLineOptions& options, const KioskConfig& config);
    // --content, else content/folder (whose default is the installed content or the sample).
    static QString contentDir(const CommandLineOptions& options, const KioskConfig& config);
    // --lang, else visitor/defaultLanguage.
    static QString startLanguage(const CommandLineOptions& options, const KioskConfig& config);
};
