// The installer's terminal commands, run as the real binary: --set-pin and --export-stats.
#include <catch2/catch.hpp>

#include "clock.h"
#include "kioskconfig.h"
#include "staffpin.h"
#include "usagestats.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runKiosk(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY), arguments);
    REQUIRE(process.waitForStarted(5000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

TEST_CASE("alzhir-kiosk --set-pin stores a salted hash of the PIN read from stdin, and nothing else changes")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("# the museum's settings\n[visitor]\nidleTimeout = 60\n");
    }
    const Run run = runKiosk({ QStringLiteral("--set-pin"), QStringLiteral("--config"), config }, "482916\n");
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(config));

    QFile file(config);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("# the museum's settings\n[visitor]\nidleTimeout = 60\n"));
    CHECK_FALSE(text.contains("482916"));

    const KioskConfig loaded = KioskConfig::load(config);
    CHECK(loaded.warnings().isEmpty());
    const StaffPin::Credential credential { loaded.staffPinHash(), loaded.staffPinSalt() };
    CHECK(StaffPin::verify(QStringLiteral("482916"), credential));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("482917"), credential));
}

TEST_CASE("alzhir-kiosk --set-pin refuses what is not 4 to 12 digits and changes nothing")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    for (const QByteArray& bad : { QByteArray("123\n"), QByteArray("12ab56\n"), QByteArray("1234567890123\n"), QByteArray() }) {
        INFO(bad.toStdString());
        const Run run = runKiosk({ QStringLiteral("--set-pin"), QStringLiteral("--config"), config }, bad);
        CHECK(run.exitCode == 64);
        CHECK(run.err.contains(QStringLiteral("4 to 12 digits")));
        CHECK_FALSE(QFile::exists(config));
    }
}

TEST_CASE("alzhir-kiosk --set-pin into a folder it cannot write says so")
{
    const Run run = runKiosk({ QStringLiteral("--set-pin"), QStringLiteral("--config"),
                                 QStringLiteral("/proc/alzhir-no-such-folder/kiosk.conf") },
        "482916\n");
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("/proc/alzhir-no-such-folder/kiosk.conf")));
}

TEST_CASE("alzhir-kiosk --export-stats writes the counts of the state folder as CSV")
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    {
        ManualClock clock(QDateTime(QDate(2026, 6, 2), QTime(11, 0)));
        UsageStats stats(clock);
        REQUIRE(stats.open(state).isEmpty());
        stats.record(UsageStats::Event::Session);
        stats.record(UsageStats::Event::TestimonyStarted, QStringLiteral("t02"));
    }
    const QString csv = dir.filePath(QStringLiteral("usage.csv"));
    const Run run = runKiosk({ QStringLiteral("--export-stats"), csv, QStringLiteral("--state"), state,
        QStringLiteral("--config"), dir.filePath(QStringLiteral("none.conf")) });
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "date,event,detail,count\n2026-06-02,session,,1\n2026-06-02,testimony_started,t02,1\n");
    // Read-only: no journal or other files were created next to the database.
    CHECK(QDir(state).entryList(QDir::Files) == QStringList { QStringLiteral("usage.sqlite") });
}

TEST_CASE("alzhir-kiosk --export-stats with no counts says where it looked")
{
    QTemporaryDir dir;
    const Run run = runKiosk({ QStringLiteral("--export-stats"), dir.filePath(QStringLiteral("x.csv")),
        QStringLiteral("--state"), dir.path(), QStringLiteral("--config"), dir.filePath(QStringLiteral("none.conf")) });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(dir.path()));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}
