#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// When the museum hall is open: a weekly schedule (one time range or "closed" per weekday) and a
// list of extra closed dates (holidays, maintenance days). Outside these hours the kiosk is dark.
// Times are local; a range is half-open: open at `open`, closed from `close` on.
class OpeningHours
{
public:
    struct Range
    {
        int openMinute = 0;   // minutes after midnight, 0..1439
        int closeMinute = 0;  // minutes after midnight, openMinute+1..1440 (1440 = "24:00")
        bool operator==(const Range&) const = default;
    };
    using Day = std::optional<Range>; // nullopt: closed all day

    // Always open (no schedule configured).
    OpeningHours();
    // The museum's published hours: 09:00-18:00, closed on Mondays.
    static OpeningHours museumDefault();

    void setDay(Qt::DayOfWeek day, const Day& hours);
    Day day(Qt::DayOfWeek day) const;
    void setClosedDates(const QList<QDate>& dates);
    const QList<QDate>& closedDates() const { return m_closedDates; }

    bool isOpen(const QDateTime& when) const;
    // The first moment after `when` at which isOpen() changes; invalid when it never changes
    // (open around the clock, or never open) within the next 400 days.
    QDateTime nextChange(const QDateTime& when) const;

    // "09:00-18:00", "closed"; returns nullopt and fills `error` when the text is neither.
    // `ok` tells a valid "closed" from a parse failure.
    static Day parseDay(const QString& text, bool* ok, QString* error = nullptr);
    static QString formatDay(const Day& hours);
    // "2026-12-31"; invalid QDate on failure.
    static QDate parseDate(const QString& text);

private:
    std::optional<Range> rangeOn(const QDate& date) const;

    std::array<Day, 7> m_week; // index 0 = Monday
    QList<QDate> m_closedDates;
};
