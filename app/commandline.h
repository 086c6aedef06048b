#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsed without a Q(Core)Application so that main()
// can pick a headless or a GUI application afterwards.
struct CommandLineOptions
{
    enum class Mode { Kiosk, Help, Version, Error, Screenshots, CheckContent, Search, SetPin, ExportStats };

    Mode mode = Mode::Kiosk;
    QString message; // the help text, the version line, or the error
    QString contentDir; // empty: from the configuration, else the default content
    QString language;   // empty: from the configuration (default "kk")
    QString configPath; // empty: /etc/alzhir-kiosk/kiosk.conf
    QString stateDir;   // empty: QStandardPaths' application data folder
    bool windowed = false;
    bool exitAfterFirstFrame = false;
    QString screenshotsDir;
    QSize screenshotSize; // invalid: the three standard sizes
    QString query;        // --search
    bool json = false;
    int limit = 20;
    QString exportFile; // --export-stats

    bool needsGui() const { return mode == Mode::Kiosk || mode == Mode::Screenshots; }
};

class CommandLine
{
public:
    static CommandLineOptions parse(const QStringList& arguments);

    // The sample content installed by the package, or the one in the source tree when run from a build.
    static QString defaultContentDir();
};
