// Opening hours: the weekly schedule, extra closed dates, and when the state next changes.
#include <catch2/catch.hpp>

#include "openinghours.h"

namespace {

QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

// 2026-06-01 is a Monday.

TEST_CASE("The museum's default hours: 09:00-18:00, closed on Mondays")
{
    const OpeningHours hours = OpeningHours::museumDefault();
    CHECK_FALSE(hours.isOpen(at(2026, 6, 1, 12)));
    CHECK_FALSE(hours.isOpen(at(2026, 6, 2, 8, 59)));
    CHECK(hours.isOpen(at(2026, 6, 2, 9, 0)));
    CHECK(hours.isOpen(at(2026, 6, 2, 17, 59)));
    CHECK_FALSE(hours.isOpen(at(2026, 6, 2, 18, 0)));
    CHECK(hours.isOpen(at(2026, 6, 7, 12))); // Sunday
}

TEST_CASE("Extra closed dates close the whole day")
{
    OpeningHours hours = OpeningHours::museumDefault();
    hours.setClosedDates({ QDate(2026, 6, 3) });
    CHECK_FALSE(hours.isOpen(at(2026, 6, 3, 12)));
    CHECK(hours.isOpen(at(2026, 6, 4, 12)));
}

TEST_CASE("The next change of opening state")
{
    OpeningHours hours = OpeningHours::museumDefault();
    // Sunday evening -> closed until Tuesday 09:00 (Monday is closed).
    CHECK(hours.nextChange(at(2026, 6, 7, 18, 30)) == at(2026, 6, 9, 9));
    // Open now -> closes at 18:00 the same day.
    CHECK(hours.nextChange(at(2026, 6, 2, 10)) == at(2026, 6, 2, 18));
    // Exactly at opening: already open, so the next change is the closing.
    CHECK(hours.nextChange(at(2026, 6, 2, 9)) == at(2026, 6, 2, 18));
    // A closed date in between is skipped.
    hours.setClosedDates({ QDate(2026, 6, 9) });
    CHECK(hours.nextChange(at(2026, 6, 7, 18, 30)) == at(2026, 6, 10, 9));
}

TEST_CASE("A day open until 24:00 runs into a day open from 00:00 without a change")
{
    OpeningHours hours;
    bool ok = false;
    hours.setDay(Qt::Tuesday, OpeningHours::parseDay(QStringLiteral("08:00-24:00"), &ok));
    REQUIRE(ok);
    hours.setDay(Qt::Wednesday, OpeningHours::parseDay(QStringLiteral("00:00-02:00"), &ok));
    REQUIRE(ok);
    CHECK(hours.isOpen(at(2026, 6, 2, 23, 59)));
    CHECK(hours.isOpen(at(2026, 6, 3, 0, 30)));
    CHECK(hours.nextChange(at(2026, 6, 2, 20)) == at(2026, 6, 3, 2));
}

TEST_CASE("Always open and never open have no next change")
{
    CHECK_FALSE(OpeningHours().nextChange(at(2026, 6, 2, 12)).isValid());
    OpeningHours never;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        never.setDay(static_cast<Qt::DayOfWeek>(day), std::nullopt);
    CHECK_FALSE(never.isOpen(at(2026, 6, 2, 12)));
    CHECK_FALSE(never.nextChange(at(2026, 6, 2, 12)).isValid());
}

TEST_CASE("Parsing a day's hours")
{
    bool ok = false;
    QString error;
    auto day = OpeningHours::parseDay(QStringLiteral(" 9:30 - 17:45 "), &ok, &error);
    CHECK(ok);
    REQUIRE(day.has_value());
    CHECK(day->openMinute == 9 * 60 + 30);
    CHECK(day->closeMinute == 17 * 60 + 45);
    CHECK(OpeningHours::formatDay(day) == QStringLiteral("09:30-17:45"));

    day = OpeningHours::parseDay(QStringLiteral("Closed"), &ok, &error);
    CHECK(ok);
    CHECK_FALSE(day.has_value());
    CHECK(OpeningHours::formatDay(day) == QStringLiteral("closed"));

    for (const char* bad : { "18:00-09:00", "09:00", "9-18", "09:60-18:00", "24:00-24:00", "09:00-24:01", "open", "" }) {
        INFO(bad);
        error.clear();
        OpeningHours::parseDay(QString::fromLatin1(bad), &ok, &error);
        CHECK_FALSE(ok);
        CHECK_FALSE(error.isEmpty());
    }
}
