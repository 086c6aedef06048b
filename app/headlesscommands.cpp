#include "headlesscommands.h"

#include "commandline.h"
#include "kioskconfig.h"
#include "runtimepaths.h"
#include "staffpin.h"
#include "usagestats.h"
#include "clock.h"

#include <QString>

#include <termios.h>
#include <unistd.h>

namespace {

QString readLine(std::FILE* in)
{
    char buffer[256];
    if (!std::fgets(buffer, sizeof buffer, in))
        return {};
    return QString::fromLocal8Bit(buffer).trimmed();
}

// Reads one line with the terminal's echo off, so the PIN does not stay on the screen.
QString readSecret(std::FILE* in, const char* prompt)
{
    const int fd = ::fileno(in);
    if (!::isatty(fd))
        return readLine(in);
    std::fprintf(stderr, "%s", prompt);
    std::fflush(stderr);
    termios saved {};
    const bool haveTerminal = ::tcgetattr(fd, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QString line = readLine(in);
    if (haveTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return line;
}

} // namespace

int HeadlessCommands::setPin(const CommandLineOptions& options, std::FILE* in)
{
    const QString pin = readSecret(in, "New staff PIN (4 to 12 digits): ");
    if (!StaffPin::isValidPin(pin)) {
        std::fprintf(stderr, "alzhir-kiosk: the PIN must be %d to %d digits (0-9) and nothing else; nothing was changed\n",
            StaffPin::MinDigits, StaffPin::MaxDigits);
        return 64;
    }
    if (::isatty(::fileno(in)) && readSecret(in, "The same PIN again: ") != pin) {
        std::fprintf(stderr, "alzhir-kiosk: the two PINs differ; nothing was changed\n");
        return 64;
    }
    KioskConfig config = KioskConfig::load(RuntimePaths::configPath(options));
    const StaffPin::Credential credential = StaffPin::make(pin);
    config.setValue(KioskConfig::Key::StaffPinHash, credential.hash);
    config.setValue(KioskConfig::Key::StaffPinSalt, credential.salt);
    const KioskConfig::SaveResult saved = config.save();
    if (!saved.ok) {
        std::fprintf(stderr, "alzhir-kiosk: %s (run it as root, e.g. with sudo, or give --config FILE)\n",
            qPrintable(saved.error));
        return 1;
    }
    std::fprintf(stdout, "Staff PIN saved in %s. The kiosk uses it from the next time its PIN pad opens.\n",
        qPrintable(config.path()));
    return 0;
}

int HeadlessCommands::exportStats(const CommandLineOptions& options)
{
    const KioskConfig config = KioskConfig::load(RuntimePaths::configPath(options));
    SystemClock clock;
    UsageStats stats(clock);
    QString error = stats.open(RuntimePaths::stateDir(options, config), UsageStats::Access::ReadOnly);
    if (error.isEmpty())
        error = stats.exportCsv(options.exportFile);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "alzhir-kiosk: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "Usage counts written to %s\n", qPrintable(options.exportFile));
    return 0;
}
