#include <catch2/catch.hpp>

#include "checkedfiles.h"
#include "commandline.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

CommandLineOptions parse(const QStringList& args)
{
    return CommandLine::parse(QStringList { QStringLiteral("alzhir-kiosk") } + args);
}

} // namespace

TEST_CASE("Command line: kiosk options", "[cli]")
{
    const CommandLineOptions o = parse({ QStringLiteral("--content"), QStringLiteral("/tmp/c"), QStringLiteral("--lang"),
        QStringLiteral("ru"), QStringLiteral("--windowed") });
    CHECK(o.mode == CommandLineOptions::Mode::Kiosk);
    CHECK(o.contentDir == QStringLiteral("/tmp/c"));
    CHECK(o.language == QStringLiteral("ru"));
    CHECK(o.windowed);
    CHECK(o.needsGui());
}

TEST_CASE("Command line: bad values are refused with a reason", "[cli]")
{
    CHECK(parse({ QStringLiteral("--lang"), QStringLiteral("de") }).mode == CommandLineOptions::Mode::Error);
    CHECK(parse({ QStringLiteral("--screenshots"), QStringLiteral("x"), QStringLiteral("--size"), QStringLiteral("big") })
              .mode
        == CommandLineOptions::Mode::Error);
    CHECK(parse({ QStringLiteral("--no-such-option") }).message.contains(QStringLiteral("no-such-option")));
}

TEST_CASE("Command line: screenshots with one size", "[cli]")
{
    const CommandLineOptions o
        = parse({ QStringLiteral("--screenshots"), QStringLiteral("out"), QStringLiteral("--size"), QStringLiteral("1366x768") });
    CHECK(o.mode == CommandLineOptions::Mode::Screenshots);
    CHECK(o.screenshotSize == QSize(1366, 768));
}

TEST_CASE("alzhir-kiosk --version and --help answer without a display", "[cli]")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY), { QStringLiteral("--version") });
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardOutput().startsWith("alzhir-kiosk "));

    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY), { QStringLiteral("--help") });
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
    const QByteArray help = process.readAllStandardOutput();
    CHECK(help.contains("--screenshots"));
    CHECK(help.startsWith("Usage: alzhir-kiosk [options]")); // not Qt's "<executable_name>"
}

TEST_CASE("Without a display the kiosk explains itself and exits non-zero", "[cli]")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY), {});
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() != 0);
    const QByteArray err = process.readAllStandardError();
    CHECK(err.contains("no display"));
    CHECK(err.contains("--screenshots"));
    CHECK(err.count('\n') == 1);
}

TEST_CASE("alzhir-kiosk --exit-after-first-frame paints once, prints the time from process start and exits", "[cli]")
{
    QTemporaryDir state;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY),
        { QStringLiteral("--exit-after-first-frame"), QStringLiteral("--content"), CommandLine::defaultContentDir(),
            QStringLiteral("--state"), state.path(), QStringLiteral("--config"), state.filePath(QStringLiteral("none.conf")) });
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^first frame after (\\d+) ms\\n$")).match(out);
    INFO(out.toStdString());
    REQUIRE(match.hasMatch());
    // From process start: the loader's work before main() counts, so never zero.
    CHECK(match.captured(1).toInt() > 0);
    // The files it found faultless are kept for the next start, even when it exits this soon.
    CHECK(CheckedFiles::read(state.filePath(QLatin1String(CheckedFiles::FileName))).size() > 10);
}
