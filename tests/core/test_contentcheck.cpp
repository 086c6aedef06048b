// `alzhir-kiosk --check-content DIR [--json]`: the report staff read before copying a folder.
#include <catch2/catch.hpp>

#include "contentcheckcommand.h"
#include "contentfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run checkContent(const QStringList& extra)
{
    QProcess process;
    process.start(str(ALZHIR_KIOSK_BINARY), QStringList { str("--check-content") } + extra);
    process.waitForFinished(60000);
    return { process.exitCode(), process.readAllStandardOutput() };
}

// A copy of the sample, broken or not, without the watcher.
struct Copy
{
    QTemporaryDir temp;
    QString root = temp.path() + str("/content");
    Copy() { TestSupport::copySampleContent(root); }
    void write(const char* relative, const QByteArray& bytes)
    {
        QFile file(root + QLatin1Char('/') + str(relative));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
    }
};

} // namespace

TEST_CASE("check-content: the sample is valid, exit code 0", "[check]")
{
    const Run run = checkContent({ TestSupport::sampleContentDir() });
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("0 errors, 0 warnings. OK: the kiosk can show this content."));
    CHECK(run.out.contains("5 sections"));
    CHECK(run.out.contains("(marked as sample content)"));
}

TEST_CASE("check-content: warnings only, exit code 1, with what, where and how to fix", "[check]")
{
    Copy copy;
    copy.write("photos/arch-1.jpg", TestFiles::png(64, 48));
    const Run run = checkContent({ copy.root });
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains("WARNING photos/arch-1.jpg (/sections/0/photos/0/file)"));
    CHECK(run.out.contains("this is a PNG picture, but its name ends in .jpg"));
    CHECK(run.out.contains("Fix: Rename it to end in .png"));
    CHECK(run.out.contains("OK WITH WARNINGS"));
}

TEST_CASE("check-content: errors, exit code 2, errors listed before warnings", "[check]")
{
    Copy copy;
    copy.write("photos/arch-1.jpg", TestFiles::png(64, 48));
    copy.write("photos/arch-2.jpg", QByteArray());
    const Run run = checkContent({ copy.root });
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.out.contains("ERROR   photos/arch-2.jpg"));
    CHECK(run.out.indexOf("ERROR") < run.out.indexOf("WARNING"));
    CHECK(run.out.contains("1 error, 1 warning. NOT USABLE"));
    CHECK(checkContent({ copy.root + str("/does-not-exist") }).exitCode == 2);
}

TEST_CASE("check-content --json: the same report as JSON", "[check]")
{
    Copy copy;
    copy.write("names/names.csv", TestFiles::cp1251(str("surname,given_name\nОбразцова,Анна\n")));
    const Run run = checkContent({ copy.root, str("--json") });
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 2);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(report.value(str("status")).toString() == str("errors"));
    CHECK(report.value(str("exitCode")).toInt() == 2);
    CHECK(report.value(str("errors")).toInt() == 1);
    const QJsonObject problem = report.value(str("problems")).toArray().at(0).toObject();
    CHECK(problem.value(str("severity")).toString() == str("error"));
    CHECK(problem.value(str("file")).toString() == str("names/names.csv"));
    CHECK(problem.value(str("location")).toString() == str("line 2"));
    CHECK(problem.value(str("what")).toString().contains(str("cp1251")));
    CHECK_FALSE(problem.value(str("fix")).toString().isEmpty());

    const Run valid = checkContent({ TestSupport::sampleContentDir(), str("--json") });
    const QJsonObject ok = QJsonDocument::fromJson(valid.out).object();
    CHECK(ok.value(str("status")).toString() == str("valid"));
    CHECK(ok.value(str("contents")).toObject().value(str("sections")).toInt() == 5);
    CHECK(ok.value(str("problems")).toArray().isEmpty());
}

TEST_CASE("check-content: the exit code follows the worst problem", "[check]")
{
    ContentLoader::Result result;
    CHECK(ContentCheckCommand::exitCode(result) == ContentCheckCommand::Invalid);
    result.content = std::make_shared<Content>();
    CHECK(ContentCheckCommand::exitCode(result) == ContentCheckCommand::Valid);
    result.problems.append(ContentProblem::warning(str("a"), {}, str("w"), {}));
    CHECK(ContentCheckCommand::exitCode(result) == ContentCheckCommand::ValidWithWarnings);
    result.problems.append(ContentProblem::error(str("a"), {}, str("e"), {}));
    CHECK(ContentCheckCommand::exitCode(result) == ContentCheckCommand::Invalid);
}
