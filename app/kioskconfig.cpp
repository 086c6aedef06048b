#include "kioskconfig.h"

#include "commandline.h"
#include "configvalue.h"
#include "inifile.h"
#include "language.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

using ConfigValue::Rule;
using ConfigValue::Type;
using Key = KioskConfig::Key;

namespace {

const QString InstalledContentDir = QStringLiteral("/var/lib/alzhir-kiosk/content");

struct KeySpec
{
    Key key;
    const char* name;
    Rule rule;
    QVariant fallback; // the default; ContentFolder's is computed
};

// Every key of kiosk.conf, in the order of docs/configuration.md. Durations are in seconds.
const QList<KeySpec>& specs()
{
    static const QString workingDay = QStringLiteral("09:00-18:00");
    static const QList<KeySpec> table {
        { Key::ContentFolder, "content/folder", { Type::AbsolutePath }, QVariant() },
        { Key::ContentQuietPeriod, "content/quietPeriod", { Type::Number, 1, 600 }, 5 },
        { Key::DefaultLanguage, "visitor/defaultLanguage", { Type::Language }, QStringLiteral("kk") },
        { Key::IdleTimeout, "visitor/idleTimeout", { Type::Number, 20, 3600 }, 90 },
        { Key::StillHereCountdown, "visitor/stillHereCountdown", { Type::Number, 5, 120 }, 15 },
        { Key::AttractSlideInterval, "visitor/attractSlideInterval", { Type::Number, 3, 120 }, 10 },
        { Key::Volume, "audio/volume", { Type::Number, 0, 100 }, 70 },
        { Key::VolumeMin, "audio/volumeMin", { Type::Number, 0, 100 }, 20 },
        { Key::VolumeMax, "audio/volumeMax", { Type::Number, 0, 100 }, 100 },
        { Key::HideCursor, "display/hideCursor", { Type::Bool }, true },
        { Key::DisplayOffCommand, "display/offCommand", { Type::Command }, QString() },
        { Key::DisplayOnCommand, "display/onCommand", { Type::Command }, QString() },
        { Key::HoursMonday, "hours/monday", { Type::DayHours }, QStringLiteral("closed") },
        { Key::HoursTuesday, "hours/tuesday", { Type::DayHours }, workingDay },
        { Key::HoursWednesday, "hours/wednesday", { Type::DayHours }, workingDay },
        { Key::HoursThursday, "hours/thursday", { Type::DayHours }, workingDay },
        { Key::HoursFriday, "hours/friday", { Type::DayHours }, workingDay },
        { Key::HoursSaturday, "hours/saturday", { Type::DayHours }, workingDay },
        { Key::HoursSunday, "hours/sunday", { Type::DayHours }, workingDay },
        { Key::ClosedDates, "hours/closedDates", { Type::DateList }, QStringList() },
        { Key::StaffPinHash, "staff/pinHash", { Type::PinHash }, QString() },
        { Key::StaffPinSalt, "staff/pinSalt", { Type::PinSalt }, QString() },
        { Key::StaffLanguage, "staff/language", { Type::OptionalLanguage }, QString() },
        { Key::StaffPanelIdleClose, "staff/panelIdleClose", { Type::Number, 15, 900 }, 60 },
        { Key::WatchdogTimeout, "health/watchdogTimeout", { Type::Number, 5, 600, true }, 30 },
        { Key::MemoryBudget, "health/memoryBudget", { Type::Number, 128, 65536, true }, 1024 },
        { Key::StateFolder, "state/folder", { Type::OptionalAbsolutePath }, QString() },
        { Key::LogFileMaxSize, "logging/maxFileSize", { Type::Number, 64, 102400 }, 1024 },
        { Key::LogFileCount, "logging/files", { Type::Number, 1, 20 }, 5 },
    };
    return table;
}

const KeySpec& spec(Key key)
{
    return specs().at(static_cast<int>(key));
}

std::chrono::milliseconds seconds(const QVariant& value)
{
    return std::chrono::seconds(value.toInt());
}

QString warning(const QString& key, const QString& what, const QVariant& used)
{
    const QString shown = used.typeId() == QMetaType::QStringList ? used.toStringList().join(QStringLiteral(", "))
                                                                  : used.toString();
    return QStringLiteral("%1: %2; using %3").arg(key, what, shown.isEmpty() ? QStringLiteral("nothing") : shown);
}

} // namespace

QString KioskConfig::defaultPath()
{
    return QStringLiteral("/etc/alzhir-kiosk/kiosk.conf");
}

const QList<Key>& KioskConfig::allKeys()
{
    static const QList<Key> keys = [] {
        QList<Key> list;
        for (const KeySpec& s : specs())
            list.append(s.key);
        return list;
    }();
    return keys;
}

QString KioskConfig::keyName(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

QVariant KioskConfig::defaultValue(Key key)
{
    if (key == Key::ContentFolder) {
        if (QFileInfo::exists(InstalledContentDir + QStringLiteral("/content.json")))
            return InstalledContentDir;
        return CommandLine::defaultContentDir();
    }
    return spec(key).fallback;
}

KioskConfig::KioskConfig(const QString& path)
    : m_path(path)
{
    Q_ASSERT(specs().size() == static_cast<int>(Key::LogFileCount) + 1);
    for (const Key key : allKeys())
        m_values.push_back(defaultValue(key));
}

KioskConfig KioskConfig::load(const QString& path)
{
    KioskConfig config(path);
    config.readFile();
    for (const QString& text : std::as_const(config.m_warnings))
        qCWarning(lcKiosk).noquote() << "configuration" << path << "-" << text;
    return config;
}

void KioskConfig::readFile()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        qCInfo(lcKiosk).noquote() << "no configuration file at" << m_path << "- using the defaults";
        return;
    }
    m_fileFound = true;
    if (info.isDir()) {
        m_warnings.append(QStringLiteral("this is a folder, not a file; using the defaults for every key"));
        return;
    }
    if (!info.isReadable()) {
        m_warnings.append(QStringLiteral("cannot read the file (permissions); using the defaults for every key"));
        return;
    }
    QSettings settings(m_path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        m_warnings.append(QStringLiteral("the file is not a valid INI file; using the defaults for every key"));
        return;
    }
    QStringList unknown = settings.allKeys();
    for (const KeySpec& s : specs()) {
        const QString name = QString::fromLatin1(s.name);
        unknown.removeAll(name);
        if (!settings.contains(name))
            continue;
        QString error;
        const QVariant checked = ConfigValue::check(s.rule, settings.value(name), &error);
        if (checked.isValid()) {
            m_values[index(s.key)] = checked;
            if (!error.isEmpty())
                m_warnings.append(warning(name, error, checked));
        } else {
            m_warnings.append(warning(name, QStringLiteral("bad value \"%1\" (%2)")
                    .arg(settings.value(name).toStringList().join(QStringLiteral(", ")), error), defaultValue(s.key)));
        }
    }
    for (const QString& name : std::as_const(unknown))
        m_warnings.append(QStringLiteral("%1: unknown key, ignored (check its spelling in docs/configuration.md)").arg(name));
    checkVolumes();
    if (staffPinHash().isEmpty() != staffPinSalt().isEmpty()) {
        m_warnings.append(QStringLiteral("staff/pinHash and staff/pinSalt must be set together; no PIN is set "
                                         "(set one with alzhir-kiosk --set-pin)"));
        m_values[index(Key::StaffPinHash)] = QString();
        m_values[index(Key::StaffPinSalt)] = QString();
    }
}

void KioskConfig::checkVolumes()
{
    if (volumeMin() <= volume() && volume() <= volumeMax())
        return;
    m_warnings.append(QStringLiteral("audio/volumeMin, audio/volume, audio/volumeMax: must be in that order (%1 <= %2 <= %3); "
                                     "using %4, %5, %6")
            .arg(volumeMin()).arg(volume()).arg(volumeMax())
            .arg(defaultValue(Key::VolumeMin).toInt()).arg(defaultValue(Key::Volume).toInt())
            .arg(defaultValue(Key::VolumeMax).toInt()));
    for (const Key key : { Key::VolumeMin, Key::Volume, Key::VolumeMax })
        m_values[index(key)] = defaultValue(key);
}

QVariant KioskConfig::value(Key key) const
{
    return m_values[index(key)];
}

QString KioskConfig::setValue(Key key, const QVariant& value)
{
    QString error;
    const QVariant checked = ConfigValue::check(spec(key).rule, value, &error);
    if (!checked.isValid() || !error.isEmpty())
        return QStringLiteral("%1: %2").arg(keyName(key), error);
    const QVariant previous = m_values[index(key)];
    m_values[index(key)] = checked;
    const bool volumeKey = key == Key::Volume || key == Key::VolumeMin || key == Key::VolumeMax;
    if (volumeKey && !(volumeMin() <= volume() && volume() <= volumeMax())) {
        m_values[index(key)] = previous;
        return QStringLiteral("%1: the volume must stay between the lowest and the highest volume").arg(keyName(key));
    }
    if (checked != previous)
        m_changed.insert(index(key));
    return {};
}

KioskConfig::SaveResult KioskConfig::save()
{
    if (m_changed.isEmpty())
        return {};
    QByteArray existing;
    QFile current(m_path);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly))
            return { false, QStringLiteral("cannot read %1: %2").arg(m_path, current.errorString()) };
        existing = current.readAll();
        current.close();
    } else {
        existing = "# alzhir-kiosk configuration; every key is described in docs/configuration.md\n";
    }
    IniFile ini(existing);
    for (const KeySpec& s : specs()) {
        if (!m_changed.contains(index(s.key)))
            continue;
        const QString name = QString::fromLatin1(s.name);
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        ini.setValue(name.left(slash), name.mid(slash + 1), ConfigValue::format(s.rule, value(s.key)));
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return { false, QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()) };
    file.write(ini.text());
    if (!file.commit())
        return { false, QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()) };
    qCInfo(lcKiosk).noquote() << "saved" << m_changed.size() << "changed settings to" << m_path;
    m_changed.clear();
    return {};
}

QString KioskConfig::contentFolder() const { return value(Key::ContentFolder).toString(); }
std::chrono::milliseconds KioskConfig::contentQuietPeriod() const { return seconds(value(Key::ContentQuietPeriod)); }
QString KioskConfig::defaultLanguage() const { return value(Key::DefaultLanguage).toString(); }
std::chrono::milliseconds KioskConfig::idleTimeout() const { return seconds(value(Key::IdleTimeout)); }
std::chrono::milliseconds KioskConfig::stillHereCountdown() const { return seconds(value(Key::StillHereCountdown)); }
std::chrono::milliseconds KioskConfig::attractSlideInterval() const { return seconds(value(Key::AttractSlideInterval)); }
int KioskConfig::volume() const { return value(Key::Volume).toInt(); }
int KioskConfig::volumeMin() const { return value(Key::VolumeMin).toInt(); }
int KioskConfig::volumeMax() const { return value(Key::VolumeMax).toInt(); }
bool KioskConfig::hideCursor() const { return value(Key::HideCursor).toBool(); }
QString KioskConfig::displayOffCommand() const { return value(Key::DisplayOffCommand).toString(); }
QString KioskConfig::displayOnCommand() const { return value(Key::DisplayOnCommand).toString(); }
QString KioskConfig::staffPinHash() const { return value(Key::StaffPinHash).toString(); }
QString KioskConfig::staffPinSalt() const { return value(Key::StaffPinSalt).toString(); }
std::chrono::milliseconds KioskConfig::staffPanelIdleClose() const { return seconds(value(Key::StaffPanelIdleClose)); }
std::chrono::milliseconds KioskConfig::watchdogTimeout() const { return seconds(value(Key::WatchdogTimeout)); }
qint64 KioskConfig::memoryBudgetBytes() const { return qint64(value(Key::MemoryBudget).toInt()) * 1024 * 1024; }
QString KioskConfig::stateFolder() const { return value(Key::StateFolder).toString(); }
qint64 KioskConfig::logFileMaxBytes() const { return qint64(value(Key::LogFileMaxSize).toInt()) * 1024; }
int KioskConfig::logFileCount() const { return value(Key::LogFileCount).toInt(); }

QString KioskConfig::staffLanguage() const
{
    const QString code = value(Key::StaffLanguage).toString();
    return code.isEmpty() ? defaultLanguage() : code;
}

OpeningHours KioskConfig::openingHours() const
{
    OpeningHours hours;
    const Key days[] = { Key::HoursMonday, Key::HoursTuesday, Key::HoursWednesday, Key::HoursThursday,
        Key::HoursFriday, Key::HoursSaturday, Key::HoursSunday };
    for (int i = 0; i < 7; ++i) {
        bool ok = false;
        hours.setDay(static_cast<Qt::DayOfWeek>(i + 1), OpeningHours::parseDay(value(days[i]).toString(), &ok));
    }
    QList<QDate> closed;
    for (const QString& date : value(Key::ClosedDates).toStringList())
        closed.append(OpeningHours::parseDate(date));
    hours.setClosedDates(closed);
    return hours;
}
