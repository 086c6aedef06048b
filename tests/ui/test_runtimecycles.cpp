// A thousand visitors: attract loop -> a session that wanders through the screens and languages ->
// idle -> "still here?" -> reset, 1,000 times on a manual clock. The kiosk must end where it began
// and its resident memory must stay flat (a leak of a few kilobytes per visitor would show here
// long before it shows after months in the museum hall).
#include "runtimefixture.h"

#include "memorybudget.h"
#include "photogallery.h"
#include "sectionscreen.h"
#include "stillhereprompt.h"

#include <cstdio>

using State = VisitorSession::State;

namespace {

void visit(RuntimeFixture& kiosk, int i)
{
    kiosk.tapWindow(); // wakes the kiosk: Home
    const QStringList ids = MainWindow::screenIds();
    const QString id = ids.at(1 + i % (ids.size() - 1));
    kiosk.window->showScreen(id);
    if (auto* section = qobject_cast<SectionScreen*>(kiosk.window->screen(id)))
        section->gallery()->next();
    if (i % 3 == 0)
        kiosk.languages.setLanguage(i % 2 ? QStringLiteral("ru") : QStringLiteral("en"));
    kiosk.settle();
    kiosk.idleOut();
}

} // namespace

TEST_CASE("1,000 attract -> session -> idle cycles end where they began, with memory stable", "[cycles]")
{
    // 1,000 visitors take 29 hours of kiosk time: open around the clock for this test.
    RuntimeFixture kiosk("[hours]\nmonday = 00:00-24:00\ntuesday = 00:00-24:00\nwednesday = 00:00-24:00\n"
                         "thursday = 00:00-24:00\nfriday = 00:00-24:00\nsaturday = 00:00-24:00\nsunday = 00:00-24:00\n",
        TuesdayNoon, QSize(960, 540)); // small, to keep 1,000 cycles of painting within the test timeout
    const ContentPtr content = kiosk.store.current();
    REQUIRE(kiosk.runtime->session()->state() == State::Attract);
    REQUIRE(kiosk.window->currentScreenId() == QStringLiteral("home"));
    REQUIRE(kiosk.languages.language() == QStringLiteral("kk"));

    QList<qint64> rss;
    QList<int> at;
    for (int i = 0; i < 1000; ++i) {
        visit(kiosk, i);
        if (i + 1 == 100 || (i + 1) % 150 == 0 || i + 1 == 1000) {
            rss.append(MemoryBudget::residentBytes());
            at.append(i + 1);
        }
    }

    // Where it began.
    CHECK(kiosk.runtime->session()->state() == State::Attract);
    CHECK(kiosk.runtime->attractLoop()->isVisible());
    CHECK_FALSE(kiosk.runtime->stillHerePrompt()->isVisible());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("home"));
    CHECK_FALSE(kiosk.window->canGoBack());
    CHECK(kiosk.languages.language() == QStringLiteral("kk"));
    CHECK(kiosk.store.current() == content);
    const QDate today = kiosk.clock.now().date();
    int sessions = 0;
    for (const UsageStats::DayTotals& day : kiosk.stats.totalsPerDay(TuesdayNoon.date(), today))
        sessions += day.sessions;
    CHECK(sessions == 1000);

    // Memory: after 100 warm-up visitors, the resident size stays within 8 MB over the next 900.
    QStringList figures;
    for (int k = 0; k < rss.size(); ++k)
        figures.append(QStringLiteral("%1: %2 MB").arg(at.at(k)).arg(rss.at(k) / (1024.0 * 1024.0), 0, 'f', 1));
    std::printf("RSS after N cycles: %s\n", qPrintable(figures.join(QStringLiteral(", "))));
    INFO(figures.join(QStringLiteral(", ")).toStdString());
    const qint64 growth = rss.constLast() - rss.constFirst();
    CHECK(growth < 8LL * 1024 * 1024);
}
