// Files a content load found faultless (CheckedFiles): a later load skips their deep checks while
// they are unchanged, so that the kiosk's restart reaches its first frame sooner; any change, even
// rewriting the same bytes, has them checked again.
#include <catch2/catch.hpp>

#include "checkedfiles.h"
#include "contentloader.h"
#include "startupcontent.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool reports(const ContentLoader::Result& result, const QString& file)
{
    return std::any_of(result.problems.cbegin(), result.problems.cend(),
        [&](const ContentProblem& problem) { return problem.file == file; });
}

} // namespace

TEST_CASE("A load skips the checks of files found faultless before, until they change", "[content][startup]")
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("content"));
    REQUIRE(TestSupport::copySampleContent(dir));
    const QString picture = dir + QStringLiteral("/photos/arch-1.jpg");
    const QByteArray whole = readFile(picture);
    const QByteArray cut = whole.left(whole.size() / 2);
    REQUIRE(writeFile(picture, cut));
    // Files changed a moment ago are never trusted; let the copy settle.
    QThread::msleep((CheckedFiles::SettleSeconds + 1) * 1000);

    const ContentLoader::Result first = ContentLoader::load(dir);
    CHECK(reports(first, QStringLiteral("photos/arch-1.jpg")));
    const QString damaged = CheckedFiles::identity(FileReference::Kind::Image, picture);
    REQUIRE_FALSE(damaged.isEmpty());
    CHECK_FALSE(first.checked.contains(damaged)); // a file with a problem is never kept
    CHECK(first.checked.size() > 10);            // every other picture, recording and subtitle file

    SECTION("a file known as faultless is not checked again while it is unchanged")
    {
        CheckedFiles known = first.checked;
        known.insert(damaged); // as if this very file had passed before
        const ContentLoader::Result again = ContentLoader::load(dir, known);
        CHECK(again.ok());
        CHECK_FALSE(reports(again, QStringLiteral("photos/arch-1.jpg")));
        CHECK(again.checked == known);

        // Rewriting it, even with the same bytes, gives it a new identity: checked again.
        REQUIRE(writeFile(picture, cut));
        CHECK(CheckedFiles::identity(FileReference::Kind::Image, picture).isEmpty()); // not settled yet
        const ContentLoader::Result rewritten = ContentLoader::load(dir, known);
        CHECK(reports(rewritten, QStringLiteral("photos/arch-1.jpg")));
        CHECK_FALSE(rewritten.ok());
    }
    SECTION("an identity is of one kind of check: a picture's does not pass the file as a recording")
    {
        CHECK(CheckedFiles::identity(FileReference::Kind::Media, picture) != damaged);
        CHECK(CheckedFiles::identity(FileReference::Kind::Image, dir + QStringLiteral("/missing.jpg")).isEmpty());
    }
}

TEST_CASE("The checked files are kept in a file, and a damaged, old or missing one means check everything", "[content][startup]")
{
    QTemporaryDir temp;
    const QString path = temp.filePath(QLatin1String(CheckedFiles::FileName));
    CHECK(CheckedFiles::read(path).isEmpty());

    const ContentLoader::Result loaded = ContentLoader::load(TestSupport::sampleContentDir());
    REQUIRE(loaded.ok());
    REQUIRE(loaded.checked.size() > 10);
    QString error;
    REQUIRE(loaded.checked.write(path, &error));
    CHECK(error.isEmpty());
    CHECK(CheckedFiles::read(path) == loaded.checked);

    QByteArray bytes = readFile(path);
    SECTION("a last line cut short is left out, the others kept")
    {
        REQUIRE(writeFile(path, bytes.chopped(3)));
        CHECK(CheckedFiles::read(path).size() == loaded.checked.size() - 1);
    }
    SECTION("another version's file (a new version may check more) reads as empty")
    {
        bytes.replace("alzhir-kiosk " ALZHIR_VERSION, "alzhir-kiosk 0.0.0");
        REQUIRE(writeFile(path, bytes));
        CHECK(CheckedFiles::read(path).isEmpty());
    }
    SECTION("garbage reads as empty")
    {
        REQUIRE(writeFile(path, QByteArray("\x00\xff garbage\n", 11)));
        CHECK(CheckedFiles::read(path).isEmpty());
    }
    SECTION("a folder that cannot be written is reported, not fatal")
    {
        CHECK_FALSE(loaded.checked.write(temp.filePath(QStringLiteral("missing/checked-files")), &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("At start-up the kiosk reads the checked files kept by the last start, and says when they changed", "[startup]")
{
    QTemporaryDir state;
    const QString path = state.filePath(QLatin1String(CheckedFiles::FileName));
    const QString sample = TestSupport::sampleContentDir();

    const StartupContent first = StartupContent::load(sample, QString(), path);
    REQUIRE(first.ok());
    CHECK(first.checkedChanged); // nothing was kept yet
    REQUIRE(first.checked.size() > 10);
    REQUIRE(first.checked.write(path));

    const StartupContent second = StartupContent::load(sample, QString(), path);
    REQUIRE(second.ok());
    CHECK_FALSE(second.checkedChanged);
    CHECK(second.checked == first.checked);
    CHECK(second.content->sections.size() == first.content->sections.size());
    CHECK(second.content->names.size() == first.content->names.size()); // the names are always read
}
