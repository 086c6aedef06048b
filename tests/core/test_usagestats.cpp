// Anonymous usage counts in SQLite: per day, per event; never free text; CSV export.
#include <catch2/catch.hpp>

#include "clock.h"
#include "usagestats.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using Event = UsageStats::Event;

namespace {

const QDateTime Tuesday(QDate(2026, 6, 2), QTime(10, 0));

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Events are counted per day and survive a restart")
{
    QTemporaryDir dir;
    ManualClock clock(Tuesday);
    {
        UsageStats stats(clock);
        REQUIRE(stats.open(dir.path()).isEmpty());
        stats.record(Event::Session);
        stats.record(Event::Session);
        stats.record(Event::ScreenOpened, QStringLiteral("arch"));
        stats.record(Event::ScreenOpened, QStringLiteral("wall"));
        stats.record(Event::ScreenOpened, QStringLiteral("wall"));
        stats.record(Event::TestimonyStarted, QStringLiteral("t01"));
        stats.record(Event::TestimonyFinished, QStringLiteral("t01"));
        stats.record(Event::LanguageChosen, QStringLiteral("ru"));
        clock.advance(24LL * 3600 * 1000); // Wednesday
        stats.record(Event::Session);
        stats.record(Event::Search);
    }
    UsageStats reopened(clock);
    REQUIRE(reopened.open(dir.path()).isEmpty());
    const QList<UsageStats::DayTotals> days = reopened.totalsPerDay(QDate(2026, 6, 1), QDate(2026, 6, 3));
    REQUIRE(days.size() == 3);
    CHECK(days.at(0).sessions == 0);
    CHECK(days.at(1).day == QDate(2026, 6, 2));
    CHECK(days.at(1).sessions == 2);
    CHECK(days.at(1).screens == 3);
    CHECK(days.at(1).testimoniesStarted == 1);
    CHECK(days.at(1).testimoniesFinished == 1);
    CHECK(days.at(1).searches == 0);
    CHECK(days.at(2).sessions == 1);
    CHECK(days.at(2).searches == 1);

    const QList<UsageStats::Count> counts = reopened.counts(QDate(2026, 6, 2), QDate(2026, 6, 2));
    const auto wall = std::find_if(counts.cbegin(), counts.cend(), [](const UsageStats::Count& c) {
        return c.event == QStringLiteral("screen") && c.detail == QStringLiteral("wall");
    });
    REQUIRE(wall != counts.cend());
    CHECK(wall->count == 2);
}

TEST_CASE("Search counts never hold what was searched, and details are only ids")
{
    QTemporaryDir dir;
    ManualClock clock(Tuesday);
    UsageStats stats(clock);
    REQUIRE(stats.open(dir.path()).isEmpty());
    stats.record(Event::Search, QStringLiteral("Иванова"));
    stats.record(Event::ScreenOpened, QStringLiteral("Анна Петровна, 1937"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(stats.exportCsv(csv).isEmpty());
    const QString text = readText(csv);
    CHECK_FALSE(text.contains(QStringLiteral("Иванова")));
    CHECK_FALSE(text.contains(QStringLiteral("Анна")));
    CHECK(text.contains(QStringLiteral("2026-06-02,search,,1")));
    CHECK(text.contains(QStringLiteral("2026-06-02,screen,other,1")));

    QFile raw(stats.databasePath());
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK_FALSE(bytes.contains(QStringLiteral("Иванова").toUtf8()));
}

TEST_CASE("The CSV export has a header and one row per day, event and detail")
{
    QTemporaryDir dir;
    ManualClock clock(Tuesday);
    UsageStats stats(clock);
    REQUIRE(stats.open(dir.path()).isEmpty());
    stats.record(Event::Session);
    stats.record(Event::LanguageChosen, QStringLiteral("kk"));
    stats.record(Event::LanguageChosen, QStringLiteral("kk"));
    const QString csv = dir.filePath(QStringLiteral("usage.csv"));
    REQUIRE(stats.exportCsv(csv).isEmpty());
    CHECK(readText(csv) == QStringLiteral("date,event,detail,count\n2026-06-02,language,kk,2\n2026-06-02,session,,1\n"));
}

TEST_CASE("Read-only opening creates nothing and says when there are no counts")
{
    QTemporaryDir dir;
    ManualClock clock(Tuesday);
    UsageStats stats(clock);
    const QString error = stats.open(dir.path(), UsageStats::Access::ReadOnly);
    CHECK(error.contains(QStringLiteral("no usage counts")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Export to a folder that cannot be written says so")
{
    QTemporaryDir dir;
    ManualClock clock(Tuesday);
    UsageStats stats(clock);
    REQUIRE(stats.open(dir.path()).isEmpty());
    const QString error = stats.exportCsv(QStringLiteral("/nonexistent-folder/usage.csv"));
    CHECK(error.contains(QStringLiteral("/nonexistent-folder/usage.csv")));
}
