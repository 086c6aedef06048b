// `alzhir-kiosk --search`: staff check a name from a terminal; run as the real binary.
#include "namesfixture.h"
#include "namesgenerator.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runKiosk(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A copy of the sample content whose names list is the test list.
QString contentWithTestNames(const QTemporaryDir& dir)
{
    const QString root = dir.path() + QStringLiteral("/content");
    REQUIRE(TestSupport::copySampleContent(root));
    QFile csv(root + QStringLiteral("/names/names.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write(NamesGenerator::toCsv(NamesFixture::records()));
    return root;
}

} // namespace

TEST_CASE("alzhir-kiosk --search --json prints the ranked matches with every field")
{
    QTemporaryDir dir;
    const QString content = contentWithTestNames(dir);
    const Run run = runKiosk({ QStringLiteral("--search"), QStringLiteral("Zhumabaeva Aigerim"), QStringLiteral("--content"),
        content, QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonArray matches = report.value(QStringLiteral("matches")).toArray();
    REQUIRE(matches.size() == 2);
    CHECK(report.value(QStringLiteral("count")).toInt() == 2);
    QList<int> numbers;
    for (const QJsonValue& match : matches)
        numbers.append(match.toObject().value(QStringLiteral("number")).toInt());
    CHECK(numbers.contains(1));
    CHECK(numbers.contains(2));
    const QJsonObject first = matches.first().toObject();
    CHECK(first.value(QStringLiteral("match")).toString() == QStringLiteral("folded"));
    CHECK_FALSE(first.value(QStringLiteral("surname")).toString().isEmpty());
    CHECK(first.value(QStringLiteral("notes")).toString().startsWith(QStringLiteral("Test record")));
}

TEST_CASE("alzhir-kiosk --search prints one line per name, best first, and respects --limit")
{
    QTemporaryDir dir;
    const QString content = contentWithTestNames(dir);
    const Run run = runKiosk({ QStringLiteral("--search"), QString::fromUtf8("Жұмабаева"), QStringLiteral("--content"),
        content, QStringLiteral("--limit"), QStringLiteral("1") });
    REQUIRE(run.exitCode == 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QString::fromUtf8("#1  Жұмабаева Айгерім Серікқызы")));
    CHECK(lines.at(0).endsWith(QStringLiteral("[exact]")));
    CHECK(lines.at(1).contains(QStringLiteral("--limit")));
}

TEST_CASE("alzhir-kiosk --search with no match exits 1 and offers the closest names")
{
    QTemporaryDir dir;
    const QString content = contentWithTestNames(dir);
    const Run text = runKiosk({ QStringLiteral("--search"), QString::fromUtf8("Жумабаева Зоя"), QStringLiteral("--content"),
        content });
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains("No name matches"));
    CHECK(text.out.contains(QString::fromUtf8("Жумабаева").toUtf8()));
    const Run json = runKiosk({ QStringLiteral("--search"), QStringLiteral("Qwxyzzz"), QStringLiteral("--content"), content,
        QStringLiteral("--json") });
    CHECK(json.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    CHECK(report.value(QStringLiteral("matches")).toArray().isEmpty());
    CHECK_FALSE(report.value(QStringLiteral("closest")).toArray().isEmpty());
}

TEST_CASE("alzhir-kiosk --search on a folder that is not content exits 2 and says why")
{
    QTemporaryDir dir;
    const Run run = runKiosk({ QStringLiteral("--search"), QStringLiteral("Kim"), QStringLiteral("--content"), dir.path() });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("content"));
}

TEST_CASE("alzhir-kiosk --search on the sample content finds a sample name")
{
    const Run run = runKiosk({ QStringLiteral("--search"), QString::fromUtf8("Айгерім"), QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    const QJsonArray matches = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("matches")).toArray();
    REQUIRE_FALSE(matches.isEmpty());
    CHECK(matches.first().toObject().value(QStringLiteral("notes")).toString()
        == QStringLiteral("Sample record, not a real person"));
}
