// The log file: categories to a size-capped rotating file, the last lines for the staff panel.
#include <catch2/catch.hpp>

#include "logfile.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

// Installs a log for the duration of a test and removes it afterwards.
struct InstalledLog
{
    explicit InstalledLog(LogFile& log) { LogFile::install(&log); }
    ~InstalledLog() { LogFile::install(nullptr); }
};

} // namespace

TEST_CASE("Messages go to the log file with time, level and category - debug does not")
{
    QTemporaryDir dir;
    LogFile log(dir.path(), 64 * 1024, 3);
    REQUIRE(log.open(nullptr));
    {
        InstalledLog installed(log);
        qCInfo(lcKiosk) << "kiosk started";
        qCWarning(lcContent) << "content problem";
        QLoggingCategory::setFilterRules(QStringLiteral("alzhir.kiosk.debug=true"));
        qCDebug(lcKiosk) << "a debug detail";
        QLoggingCategory::setFilterRules(QString());
    }
    const QStringList lines = log.lastLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).endsWith(QStringLiteral(" info alzhir.kiosk: kiosk started")));
    CHECK(lines.at(1).endsWith(QStringLiteral(" warning alzhir.content: content problem")));
    CHECK(QDateTime::fromString(lines.at(0).left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).isValid());
}

TEST_CASE("The log file is rotated at its size cap and keeps only the configured number of files")
{
    QTemporaryDir dir;
    const qint64 cap = 4096;
    LogFile log(dir.path(), cap, 3);
    REQUIRE(log.open(nullptr));
    for (int i = 0; i < 1000; ++i)
        log.write(QStringLiteral("line %1 %2\n").arg(i, 4, 10, QLatin1Char('0')).arg(QString(40, QLatin1Char('x'))).toUtf8());

    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    CHECK(files == QStringList { QStringLiteral("kiosk.log"), QStringLiteral("kiosk.log.1"), QStringLiteral("kiosk.log.2") });
    qint64 total = 0;
    for (const QString& file : files) {
        const qint64 size = QFileInfo(dir.filePath(file)).size();
        CHECK(size <= cap);
        total += size;
    }
    CHECK(total <= 3 * cap);

    // The last lines come across the rotated files, oldest first, ending with the newest.
    const QStringList last = log.lastLines(150);
    REQUIRE(last.size() == 150);
    CHECK(last.constLast().startsWith(QStringLiteral("line 0999")));
    CHECK(last.constFirst().startsWith(QStringLiteral("line 0850")));
}

TEST_CASE("The log continues across restarts in the same file")
{
    QTemporaryDir dir;
    {
        LogFile first(dir.path(), 64 * 1024, 2);
        REQUIRE(first.open(nullptr));
        first.write("before the restart\n");
    }
    LogFile second(dir.path(), 64 * 1024, 2);
    REQUIRE(second.open(nullptr));
    second.write("after the restart\n");
    CHECK(second.lastLines() == QStringList { QStringLiteral("before the restart"), QStringLiteral("after the restart") });
}

TEST_CASE("A log file that cannot be opened says where and why")
{
    LogFile log(QStringLiteral("/proc/alzhir-no-such-folder"), 4096, 2);
    QString error;
    CHECK_FALSE(log.open(&error));
    CHECK(error.contains(QStringLiteral("/proc/alzhir-no-such-folder/kiosk.log")));
    log.write("nowhere\n"); // must not crash
    CHECK(log.lastLines().isEmpty());
}

TEST_CASE("A multi-line message stays one line in the file")
{
    QTemporaryDir dir;
    LogFile log(dir.path(), 64 * 1024, 2);
    REQUIRE(log.open(nullptr));
    {
        InstalledLog installed(log);
        qCWarning(lcKiosk).noquote() << "first\nsecond";
    }
    CHECK(log.lastLines().size() == 1);
}
