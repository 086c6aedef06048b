// alzhir-kiosk: parses the command line, then hands over to the core (headless commands) or to
// the widgets (the kiosk and its screenshots). Nothing else lives here.
#include "commandline.h"
#include "contentcheckcommand.h"
#include "headlesscommands.h"
#include "kioskshell.h"
#include "processclock.h"
#include "screenshotter.h"
#include "searchcommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

namespace {

QStringList argumentList(int argc, char** argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("alzhir-kiosk"));
    QCoreApplication::setApplicationName(QStringLiteral("alzhir-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALZHIR_VERSION));
}

int runHeadless(int argc, char** argv, const CommandLineOptions& options)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    switch (options.mode) {
    case CommandLineOptions::Mode::CheckContent:
        return ContentCheckCommand::run(options.contentDir, options.json);
    case CommandLineOptions::Mode::SetPin:
        return HeadlessCommands::setPin(options);
    case CommandLineOptions::Mode::ExportStats:
        return HeadlessCommands::exportStats(options);
    case CommandLineOptions::Mode::Search:
        return SearchCommand::run(options);
    default:
        break;
    }
    std::fprintf(stderr, "alzhir-kiosk: this command is not available in this build\n");
    return 2;
}

int runGui(int argc, char** argv, const CommandLineOptions& options, const ProcessClock& sinceStart)
{
    if (options.mode == CommandLineOptions::Mode::Screenshots)
        Screenshotter::preparePlatform();
    else if (!KioskShell::displayAvailable()) {
        std::fprintf(stderr,
            "alzhir-kiosk: no display found (neither WAYLAND_DISPLAY nor DISPLAY is set); run it on the kiosk's "
            "screen, or render the screens to PNG with: alzhir-kiosk --screenshots DIR\n");
        return 3;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    if (options.mode == CommandLineOptions::Mode::Screenshots)
        return Screenshotter::run(options);
    KioskShell shell(options, sinceStart);
    if (!shell.start())
        return 2;
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    const ProcessClock sinceStart;
    const CommandLineOptions options = CommandLine::parse(argumentList(argc, argv));
    switch (options.mode) {
    case CommandLineOptions::Mode::Help:
    case CommandLineOptions::Mode::Version:
        std::fprintf(stdout, "%s\n", qPrintable(options.message));
        return 0;
    case CommandLineOptions::Mode::Error:
        std::fprintf(stderr, "alzhir-kiosk: %s (see --help)\n", qPrintable(options.message));
        return 64;
    default:
        break;
    }
    if (options.needsGui())
        return runGui(argc, argv, options, sinceStart);
    return runHeadless(argc, argv, options);
}
