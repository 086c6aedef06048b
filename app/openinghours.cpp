#include "openinghours.h"

#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace {

constexpr int MinutesPerDay = 24 * 60;

int minuteOfDay(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QDateTime atMinute(const QDate& date, int minute)
{
    if (minute >= MinutesPerDay)
        return QDateTime(date.addDays(1), QTime(0, 0));
    return QDateTime(date, QTime(minute / 60, minute % 60));
}

} // namespace

OpeningHours::OpeningHours()
{
    m_week.fill(Range { 0, MinutesPerDay });
}

OpeningHours OpeningHours::museumDefault()
{
    OpeningHours hours;
    hours.m_week.fill(Range { 9 * 60, 18 * 60 });
    hours.setDay(Qt::Monday, std::nullopt);
    return hours;
}

void OpeningHours::setDay(Qt::DayOfWeek day, const Day& hours)
{
    m_week[static_cast<size_t>(day) - 1] = hours;
}

OpeningHours::Day OpeningHours::day(Qt::DayOfWeek day) const
{
    return m_week[static_cast<size_t>(day) - 1];
}

void OpeningHours::setClosedDates(const QList<QDate>& dates)
{
    m_closedDates = dates;
}

std::optional<OpeningHours::Range> OpeningHours::rangeOn(const QDate& date) const
{
    if (m_closedDates.contains(date))
        return std::nullopt;
    return m_week[static_cast<size_t>(date.dayOfWeek()) - 1];
}

bool OpeningHours::isOpen(const QDateTime& when) const
{
    const std::optional<Range> range = rangeOn(when.date());
    if (!range)
        return false;
    const int minute = minuteOfDay(when.time());
    return minute >= range->openMinute && minute < range->closeMinute;
}

QDateTime OpeningHours::nextChange(const QDateTime& when) const
{
    const bool openNow = isOpen(when);
    const QDate first = when.date();
    for (int offset = 0; offset <= 400; ++offset) {
        const QDate date = first.addDays(offset);
        QList<QDateTime> candidates { QDateTime(date, QTime(0, 0)) };
        if (const std::optional<Range> range = rangeOn(date)) {
            candidates.append(atMinute(date, range->openMinute));
            candidates.append(atMinute(date, range->closeMinute));
        }
        for (const QDateTime& candidate : std::as_const(candidates)) {
            if (candidate > when && isOpen(candidate) != openNow)
                return candidate;
        }
    }
    return {};
}

OpeningHours::Day OpeningHours::parseDay(const QString& text, bool* ok, QString* error)
{
    const QString trimmed = text.trimmed().toLower();
    *ok = false;
    if (trimmed == QLatin1String("closed")) {
        *ok = true;
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        if (error)
            *error = QStringLiteral("expected HH:MM-HH:MM (e.g. 09:00-18:00) or \"closed\"");
        return std::nullopt;
    }
    const int open = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    const int close = match.captured(3).toInt() * 60 + match.captured(4).toInt();
    const bool minutesValid = match.captured(2).toInt() < 60 && match.captured(4).toInt() < 60;
    if (!minutesValid || open >= MinutesPerDay || close > MinutesPerDay || close <= open) {
        if (error)
            *error = QStringLiteral("the closing time must come after the opening time, on the same day "
                                    "(00:00 to 24:00)");
        return std::nullopt;
    }
    *ok = true;
    return Range { open, close };
}

QString OpeningHours::formatDay(const Day& hours)
{
    if (!hours)
        return QStringLiteral("closed");
    return formatMinute(hours->openMinute) + QLatin1Char('-') + formatMinute(hours->closeMinute);
}

QDate OpeningHours::parseDate(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
