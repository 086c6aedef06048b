// The kiosk shell as the program starts it (KioskShell::start): the window a visitor meets, and
// what start-up must not do twice.
#include "commandline.h"
#include "kioskshell.h"
#include "mainwindow.h"
#include "processclock.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Counts the style changes each object receives.
class StyleChanges : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::StyleChange)
            ++counts[watched];
        return false;
    }
    QHash<QObject*, int> counts;
};

} // namespace

TEST_CASE("The kiosk starts frameless, on top and full screen, its window styled once", "[kiosk]")
{
    QTemporaryDir state;
    CommandLineOptions options;
    options.contentDir = CommandLine::defaultContentDir();
    options.stateDir = state.path();
    options.configPath = state.filePath(QStringLiteral("none.conf"));

    StyleChanges styleChanges;
    qApp->installEventFilter(&styleChanges);
    KioskShell shell(options, ProcessClock());
    REQUIRE(shell.start());
    qApp->removeEventFilter(&styleChanges);

    MainWindow* window = shell.window();
    REQUIRE(window);
    CHECK(window->windowFlags().testFlag(Qt::FramelessWindowHint));
    CHECK(window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    CHECK(window->isFullScreen());
    // Setting the window's flags once it was styled re-parented it and styled every widget again
    // (a fifth of the start-up's main-thread time).
    auto* home = window->findChild<QPushButton*>(QStringLiteral("homeButton"));
    REQUIRE(home);
    CHECK(styleChanges.counts.value(home) == 1);
}
