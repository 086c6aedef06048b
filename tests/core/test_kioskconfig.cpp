// kiosk.conf: defaults, bad values, a missing file, atomic saving that keeps the installer's lines.
#include <catch2/catch.hpp>

#include "commandline.h"
#include "kioskconfig.h"
#include "runtimepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

using Key = KioskConfig::Key;
using namespace std::chrono_literals;

namespace {

QString writeConfig(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

bool hasWarningAbout(const KioskConfig& config, const QString& key)
{
    for (const QString& warning : config.warnings()) {
        if (warning.startsWith(key))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A missing configuration file means every default")
{
    QTemporaryDir dir;
    const KioskConfig config = KioskConfig::load(dir.filePath(QStringLiteral("none.conf")));
    CHECK_FALSE(config.fileFound());
    CHECK(config.warnings().isEmpty());
    CHECK(config.defaultLanguage() == QStringLiteral("kk"));
    CHECK(config.idleTimeout() == 90s);
    CHECK(config.stillHereCountdown() == 15s);
    CHECK(config.contentQuietPeriod() == 5s);
    CHECK(config.hideCursor());
    CHECK(config.volumeMin() <= config.volume());
    CHECK(config.volume() <= config.volumeMax());
    CHECK(config.staffPinHash().isEmpty());
    CHECK(config.watchdogTimeout() == 30s);
    CHECK(config.memoryBudgetBytes() == 1024LL * 1024 * 1024);
    CHECK(config.staffLanguage() == QStringLiteral("kk"));

    // The content folder falls back to the sample when nothing is installed.
    if (!QFileInfo::exists(QStringLiteral("/var/lib/alzhir-kiosk/content/content.json")))
        CHECK(config.contentFolder() == CommandLine::defaultContentDir());

    // The seed's hours: 09:00-18:00, closed on Mondays.
    const OpeningHours hours = config.openingHours();
    CHECK_FALSE(hours.isOpen(QDateTime(QDate(2026, 6, 1), QTime(12, 0)))); // a Monday
    CHECK(hours.isOpen(QDateTime(QDate(2026, 6, 2), QTime(9, 0))));
    CHECK_FALSE(hours.isOpen(QDateTime(QDate(2026, 6, 2), QTime(18, 0))));
}

TEST_CASE("Every key has a name in a group, and the names are unique")
{
    QStringList names;
    for (const Key key : KioskConfig::allKeys()) {
        const QString name = KioskConfig::keyName(key);
        CHECK(name.count(QLatin1Char('/')) == 1);
        CHECK_FALSE(names.contains(name));
        names.append(name);
    }
    CHECK(names.size() == static_cast<int>(Key::LogFileCount) + 1);
}

TEST_CASE("Every key is documented in docs/configuration.md with its default")
{
    QFile doc(QStringLiteral(ALZHIR_SOURCE_DIR "/docs/configuration.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const Key key : KioskConfig::allKeys()) {
        const QString name = KioskConfig::keyName(key);
        INFO(name.toStdString());
        CHECK(text.contains(QStringLiteral("| `") + name + QStringLiteral("` |")));
        const QVariant fallback = KioskConfig::defaultValue(key);
        if (key != Key::ContentFolder && fallback.typeId() == QMetaType::Int)
            CHECK(text.contains(QStringLiteral("| `") + name + QStringLiteral("` | `") + fallback.toString() + QStringLiteral("` |")));
    }
}

TEST_CASE("Values are read from the file")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir,
        "# comment\n[visitor]\ndefaultLanguage = ru\nidleTimeout = 120\nstillHereCountdown=20\n"
        "[content]\nfolder = /srv/museum/content\nquietPeriod = 30\n"
        "[hours]\nmonday = 10:00-17:00\nsunday = closed\nclosedDates = 2026-12-31, 2027-01-01\n"
        "[display]\nhideCursor = no\noffCommand = \"wlopm --off *\"\n[health]\nwatchdogTimeout = 0\n");
    const KioskConfig config = KioskConfig::load(path);
    CHECK(config.fileFound());
    CHECK(config.warnings().isEmpty());
    CHECK(config.defaultLanguage() == QStringLiteral("ru"));
    CHECK(config.idleTimeout() == 120s);
    CHECK(config.stillHereCountdown() == 20s);
    CHECK(config.contentFolder() == QStringLiteral("/srv/museum/content"));
    CHECK(config.contentQuietPeriod() == 30s);
    CHECK_FALSE(config.hideCursor());
    CHECK(config.displayOffCommand() == QStringLiteral("wlopm --off *"));
    CHECK(config.watchdogTimeout() == 0s);
    const OpeningHours hours = config.openingHours();
    CHECK(hours.isOpen(QDateTime(QDate(2026, 6, 1), QTime(10, 30)))); // Monday, now open
    CHECK_FALSE(hours.isOpen(QDateTime(QDate(2026, 6, 7), QTime(12, 0)))); // Sunday, now closed
    CHECK_FALSE(hours.isOpen(QDateTime(QDate(2026, 12, 31), QTime(12, 0)))); // a Thursday, closed date
    CHECK(hours.isOpen(QDateTime(QDate(2026, 12, 30), QTime(12, 0))));
}

TEST_CASE("A bad value gets a warning naming the key, and the default is used")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir,
        "[visitor]\nidleTimeout = ninety\nstillHereCountdown = 2\ndefaultLanguage = de\n"
        "[hours]\ntuesday = 18:00-09:00\nclosedDates = 2026-12-31, 31.12.2027\n"
        "[display]\nhideCursor = perhaps\n[content]\nfolder = relative/path\n"
        "[audio]\nvolume = 10\nvolumeMin = 30\n[staff]\npinHash = 1234\nfavouriteColour = red\n");
    const KioskConfig config = KioskConfig::load(path);

    CHECK(hasWarningAbout(config, QStringLiteral("visitor/idleTimeout")));
    CHECK(config.idleTimeout() == 90s);
    CHECK(hasWarningAbout(config, QStringLiteral("visitor/stillHereCountdown")));
    CHECK(config.stillHereCountdown() == 15s);
    CHECK(hasWarningAbout(config, QStringLiteral("visitor/defaultLanguage")));
    CHECK(config.defaultLanguage() == QStringLiteral("kk"));
    CHECK(hasWarningAbout(config, QStringLiteral("hours/tuesday")));
    CHECK(config.openingHours().isOpen(QDateTime(QDate(2026, 6, 2), QTime(12, 0))));
    CHECK(hasWarningAbout(config, QStringLiteral("display/hideCursor")));
    CHECK(config.hideCursor());
    CHECK(hasWarningAbout(config, QStringLiteral("content/folder")));
    CHECK(hasWarningAbout(config, QStringLiteral("staff/pinHash")));
    CHECK(config.staffPinHash().isEmpty());
    CHECK(hasWarningAbout(config, QStringLiteral("staff/favouriteColour")));
    // Volumes out of order: all three back to their defaults.
    CHECK(hasWarningAbout(config, QStringLiteral("audio/volumeMin")));
    CHECK(config.volume() == KioskConfig::defaultValue(Key::Volume).toInt());
    CHECK(config.volumeMin() == KioskConfig::defaultValue(Key::VolumeMin).toInt());
    // One bad closed date does not cancel the good one.
    CHECK(hasWarningAbout(config, QStringLiteral("hours/closedDates")));
    CHECK(config.openingHours().closedDates() == QList<QDate> { QDate(2026, 12, 31) });

    // The warning says which default is used.
    const QString idle = config.warnings().filter(QStringLiteral("visitor/idleTimeout")).constFirst();
    CHECK(idle.contains(QStringLiteral("ninety")));
    CHECK(idle.endsWith(QStringLiteral("using 90")));
}

TEST_CASE("An unreadable configuration file means defaults and a warning")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, "[visitor]\nidleTimeout = 200\n");
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    if (QFileInfo(path).isReadable()) {
        WARN("running as root: permissions do not apply, not checked");
        return;
    }
    const KioskConfig config = KioskConfig::load(path);
    CHECK(config.idleTimeout() == 90s);
    CHECK(config.warnings().size() == 1);
}

TEST_CASE("A folder where the configuration file should be means defaults and a warning")
{
    QTemporaryDir dir;
    const KioskConfig config = KioskConfig::load(dir.path());
    CHECK(config.idleTimeout() == 90s);
    REQUIRE(config.warnings().size() == 1);
    CHECK(config.warnings().constFirst().contains(QStringLiteral("folder")));
}

TEST_CASE("Staff changes are saved into the file, keeping its comments and other lines")
{
    QTemporaryDir dir;
    const QByteArray original = "# Installed by the museum's IT, 2026-05-01\n"
                                "[visitor]\n"
                                "# shorter for the school groups\n"
                                "idleTimeout = 60\n"
                                "stillHereCountdown = 15 \n"
                                "\n"
                                "# the hall\n"
                                "[hours]\n"
                                "monday = closed\n";
    const QString path = writeConfig(dir, original);
    KioskConfig config = KioskConfig::load(path);
    CHECK(config.setValue(Key::IdleTimeout, 45).isEmpty());
    CHECK(config.setValue(Key::DefaultLanguage, QStringLiteral("en")).isEmpty());
    CHECK(config.setValue(Key::Volume, 55).isEmpty());
    CHECK(config.hasUnsavedChanges());
    const KioskConfig::SaveResult saved = config.save();
    REQUIRE(saved.ok);
    CHECK_FALSE(config.hasUnsavedChanges());

    const QString text = QString::fromUtf8(readAll(path));
    CHECK(text.startsWith(QStringLiteral("# Installed by the museum's IT, 2026-05-01\n[visitor]\n# shorter for the school groups\n"
                                         "idleTimeout = 45\nstillHereCountdown = 15 \ndefaultLanguage = en\n\n# the hall\n[hours]\n")));
    CHECK(text.contains(QStringLiteral("[audio]\nvolume = 55\n")));

    const KioskConfig reread = KioskConfig::load(path);
    CHECK(reread.warnings().isEmpty());
    CHECK(reread.idleTimeout() == 45s);
    CHECK(reread.defaultLanguage() == QStringLiteral("en"));
    CHECK(reread.volume() == 55);
    // No temporary files are left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList { QStringLiteral("kiosk.conf") });
}

TEST_CASE("Values that need quoting survive a save and QSettings reading them back")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.conf"));
    KioskConfig config(path);
    const QString command = QStringLiteral("sh -c \"echo off, now\" ; # \\ done");
    const QString folder = QStringLiteral("/srv/Музей, зал 2/content");
    CHECK(config.setValue(Key::DisplayOffCommand, command).isEmpty());
    CHECK(config.setValue(Key::ContentFolder, folder).isEmpty());
    CHECK(config.setValue(Key::ClosedDates, QStringList { QStringLiteral("2027-01-01"), QStringLiteral("2027-03-08") }).isEmpty());
    CHECK(config.setValue(Key::HideCursor, false).isEmpty());
    REQUIRE(config.save().ok);

    const KioskConfig reread = KioskConfig::load(path);
    CHECK(reread.warnings().isEmpty());
    CHECK(reread.displayOffCommand() == command);
    CHECK(reread.contentFolder() == folder);
    CHECK_FALSE(reread.hideCursor());
    CHECK(reread.openingHours().closedDates() == QList<QDate> { QDate(2027, 1, 1), QDate(2027, 3, 8) });
    QSettings settings(path, QSettings::IniFormat);
    CHECK(settings.value(QStringLiteral("display/offCommand")).toString() == command);
}

TEST_CASE("A refused value leaves the old one")
{
    KioskConfig config(QStringLiteral("/nonexistent/kiosk.conf"));
    CHECK_FALSE(config.setValue(Key::IdleTimeout, 5).isEmpty());
    CHECK(config.idleTimeout() == 90s);
    CHECK_FALSE(config.setValue(Key::DefaultLanguage, QStringLiteral("fr")).isEmpty());
    CHECK_FALSE(config.setValue(Key::Volume, config.volumeMax() + 1).isEmpty());
    CHECK_FALSE(config.setValue(Key::VolumeMax, config.volume() - 1).isEmpty());
    CHECK_FALSE(config.hasUnsavedChanges());
}

TEST_CASE("A failed save says where and why, and keeps the changes")
{
    // A folder no one can create files in, not even root.
    const QString path = QStringLiteral("/proc/alzhir-no-such-folder/kiosk.conf");
    KioskConfig config = KioskConfig::load(path);
    REQUIRE(config.setValue(Key::IdleTimeout, 100).isEmpty());
    const KioskConfig::SaveResult saved = config.save();
    CHECK_FALSE(saved.ok);
    CHECK(saved.error.contains(path));
    CHECK(config.hasUnsavedChanges());
    CHECK(config.idleTimeout() == 100s);
}

TEST_CASE("The command line overrides the configuration's paths and language")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, "[content]\nfolder = /srv/content\n[state]\nfolder = /srv/state\n"
                                          "[visitor]\ndefaultLanguage = ru\n");
    const KioskConfig config = KioskConfig::load(path);
    CommandLineOptions options;
    CHECK(RuntimePaths::configPath(options) == KioskConfig::defaultPath());
    CHECK(RuntimePaths::contentDir(options, config) == QStringLiteral("/srv/content"));
    CHECK(RuntimePaths::stateDir(options, config) == QStringLiteral("/srv/state"));
    CHECK(RuntimePaths::startLanguage(options, config) == QStringLiteral("ru"));
    options = CommandLine::parse({ QStringLiteral("alzhir-kiosk"), QStringLiteral("--config"), path,
        QStringLiteral("--content"), QStringLiteral("/tmp/c"), QStringLiteral("--state"), QStringLiteral("/tmp/s"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    CHECK(RuntimePaths::configPath(options) == path);
    CHECK(RuntimePaths::contentDir(options, config) == QStringLiteral("/tmp/c"));
    CHECK(RuntimePaths::stateDir(options, config) == QStringLiteral("/tmp/s"));
    CHECK(RuntimePaths::startLanguage(options, config) == QStringLiteral("en"));
}
