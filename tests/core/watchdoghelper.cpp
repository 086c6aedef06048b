// A tiny kiosk stand-in for test_watchdog: runs the watchdog with a 1 s timeout and then either
// keeps its event loop healthy ("healthy") or blocks its UI thread ("freeze"), so that the test can
// watch the process abort from outside.
#include "logfile.h"
#include "watchdog.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    // No core file from the deliberate abort.
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);

    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: watchdoghelper healthy|freeze STATEDIR\n");
        return 64;
    }
    LogFile log(args.at(2), 64 * 1024, 2);
    log.open(nullptr);
    LogFile::install(&log);

    Watchdog watchdog(std::chrono::milliseconds(1000));
    watchdog.start();
    if (args.at(1) == QLatin1String("freeze")) {
        QTimer::singleShot(500, [] {
            std::fprintf(stdout, "freezing\n");
            std::fflush(stdout);
            QThread::sleep(30); // a UI thread stuck for good
            std::fprintf(stdout, "still alive\n");
        });
    }
    QTimer::singleShot(3000, &app, &QCoreApplication::quit);
    const int code = app.exec();
    std::fprintf(stdout, "exited normally\n");
    return code;
}
