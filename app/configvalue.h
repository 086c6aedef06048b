#pragma once

#include <QString>
#include <QVariant>

// The kinds of values kiosk.conf holds, and how each is checked. A raw value comes from QSettings
// (a string, or a list when it had commas) or from the staff panel (typed); check() returns the
// normalized value, or an invalid QVariant and the reason.
namespace ConfigValue {

enum class Type {
    AbsolutePath, // an absolute folder path
    OptionalAbsolutePath, // an absolute folder path or nothing
    Command,      // a shell-free command line, may be empty
    Number,       // an integer in [min, max], or 0 when zeroMeansOff
    Bool,         // true/false, yes/no, on/off, 1/0
    Language,     // kk, ru or en
    OptionalLanguage, // kk, ru, en or empty
    DayHours,     // "09:00-18:00" or "closed"
    DateList,     // "2026-12-31, 2027-01-01"; may be empty
    PinHash,      // as written by StaffPin, may be empty
    PinSalt,      // as written by StaffPin, may be empty
};

struct Rule
{
    Type type = Type::Number;
    int min = 0;
    int max = 0;
    bool zeroMeansOff = false;
};

// The normalized value (QString, int, bool or QStringList), or an invalid QVariant and `error`.
// A date list keeps its good dates: the value is valid and `error` names the entries left out.
QVariant check(const Rule& rule, const QVariant& raw, QString* error);

// How a normalized value is written back into the file.
QString format(const Rule& rule, const QVariant& value);

} // namespace ConfigValue
