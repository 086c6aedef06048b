#include "configvalue.h"

#include "inifile.h"
#include "language.h"
#include "openinghours.h"
#include "staffpin.h"

#include <QDir>

namespace ConfigValue {

namespace {

// QSettings splits unquoted values at commas; a value that is not a list is put back together.
QString asText(const QVariant& raw)
{
    if (raw.typeId() == QMetaType::QStringList)
        return raw.toStringList().join(QStringLiteral(", "));
    return raw.toString();
}

QVariant checkNumber(const Rule& rule, const QVariant& raw, QString* error)
{
    bool ok = false;
    const int number = raw.typeId() == QMetaType::Int ? raw.toInt(&ok) : asText(raw).trimmed().toInt(&ok);
    if (ok && rule.zeroMeansOff && number == 0)
        return 0;
    if (ok && number >= rule.min && number <= rule.max)
        return number;
    *error = QStringLiteral("expected a whole number from %1 to %2%3").arg(rule.min).arg(rule.max)
                 .arg(rule.zeroMeansOff ? QStringLiteral(", or 0 for off") : QString());
    return {};
}

QVariant checkBool(const QVariant& raw, QString* error)
{
    if (raw.typeId() == QMetaType::Bool)
        return raw.toBool();
    const QString text = asText(raw).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off") || text == QLatin1String("0"))
        return false;
    *error = QStringLiteral("expected true or false");
    return {};
}

QVariant checkLanguage(const QVariant& raw, bool optional, QString* error)
{
    const QString code = asText(raw).trimmed().toLower();
    if (Language::isSupported(code) || (optional && code.isEmpty()))
        return code;
    *error = optional ? QStringLiteral("expected kk, ru, en or nothing") : QStringLiteral("expected kk, ru or en");
    return {};
}

QVariant checkDayHours(const QVariant& raw, QString* error)
{
    bool ok = false;
    const OpeningHours::Day day = OpeningHours::parseDay(asText(raw), &ok, error);
    if (!ok)
        return {};
    return OpeningHours::formatDay(day);
}

QVariant checkDateList(const QVariant& raw, QString* error)
{
    QStringList items = raw.typeId() == QMetaType::QStringList ? raw.toStringList()
                                                               : asText(raw).split(QLatin1Char(','));
    QStringList dates;
    QStringList bad;
    for (const QString& item : std::as_const(items)) {
        if (item.trimmed().isEmpty())
            continue;
        const QDate date = OpeningHours::parseDate(item);
        if (date.isValid())
            dates.append(date.toString(Qt::ISODate));
        else
            bad.append(item.trimmed());
    }
    if (!bad.isEmpty()) {
        // The good dates still count: one typo must not reopen the museum on its holidays.
        *error = QStringLiteral("not a date in the form YYYY-MM-DD, ignored: %1").arg(bad.join(QStringLiteral(", ")));
    }
    return dates;
}

QVariant checkPath(const QVariant& raw, bool optional, QString* error)
{
    const QString path = asText(raw).trimmed();
    if (optional && path.isEmpty())
        return QString();
    if (!path.isEmpty() && QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    *error = QStringLiteral("expected an absolute folder path, e.g. /var/lib/alzhir-kiosk/content");
    return {};
}

} // namespace

QVariant check(const Rule& rule, const QVariant& raw, QString* error)
{
    switch (rule.type) {
    case Type::AbsolutePath:
    case Type::OptionalAbsolutePath:
        return checkPath(raw, rule.type == Type::OptionalAbsolutePath, error);
    case Type::Command:
        return asText(raw).trimmed();
    case Type::Number:
        return checkNumber(rule, raw, error);
    case Type::Bool:
        return checkBool(raw, error);
    case Type::Language:
        return checkLanguage(raw, false, error);
    case Type::OptionalLanguage:
        return checkLanguage(raw, true, error);
    case Type::DayHours:
        return checkDayHours(raw, error);
    case Type::DateList:
        return checkDateList(raw, error);
    case Type::PinHash:
    case Type::PinSalt: {
        const QString text = asText(raw).trimmed();
        const bool wellFormed = rule.type == Type::PinHash ? StaffPin::isWellFormedHash(text) : StaffPin::isWellFormedSalt(text);
        if (text.isEmpty() || wellFormed)
            return text;
        *error = QStringLiteral("not a PIN hash written by alzhir-kiosk --set-pin");
        return {};
    }
    }
    return {};
}

QString format(const Rule& rule, const QVariant& value)
{
    switch (rule.type) {
    case Type::Number:
        return QString::number(value.toInt());
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::DateList:
        return IniFile::formatList(value.toStringList());
    default:
        return IniFile::formatString(value.toString());
    }
}

} // namespace ConfigValue
