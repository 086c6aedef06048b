#include "timecode.h"

#include <QRegularExpression>

qint64 Timecode::parse(const QString& text, bool* ok)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *ok = false;
        return -1;
    }
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    QString fraction = match.captured(4);
    if (minutes > 59 && !match.captured(1).isEmpty()) {
        *ok = false;
        return -1;
    }
    if (seconds > 59) {
        *ok = false;
        return -1;
    }
    while (!fraction.isEmpty() && fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    *ok = true;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

QString Timecode::format(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}
