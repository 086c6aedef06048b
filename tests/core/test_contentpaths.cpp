// ContentPaths: every way a path in content.json could lead outside the content folder.
#include <catch2/catch.hpp>

#include "contentpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

using Status = ContentPaths::Status;

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// temp/
//   content/photos/a.jpg, content/photos/inside-link.jpg -> a.jpg, content/dirlink -> photos
//   content/out.jpg -> ../secret.jpg, content/outdir -> ../elsewhere, content/dangling -> nowhere
//   content/loop -> loop, secret.jpg, elsewhere/b.jpg, content-evil/c.jpg
struct Tree
{
    QTemporaryDir temp;
    QString root;

    Tree()
        : root(temp.path() + str("/content"))
    {
        QDir().mkpath(root + str("/photos"));
        QDir().mkpath(temp.path() + str("/elsewhere"));
        QDir().mkpath(temp.path() + str("/content-evil"));
        touch(root + str("/photos/a.jpg"));
        touch(temp.path() + str("/secret.jpg"));
        touch(temp.path() + str("/elsewhere/b.jpg"));
        touch(temp.path() + str("/content-evil/c.jpg"));
        QFile::link(str("a.jpg"), root + str("/photos/inside-link.jpg"));
        QFile::link(str("photos"), root + str("/dirlink"));
        QFile::link(str("../secret.jpg"), root + str("/out.jpg"));
        QFile::link(temp.path() + str("/elsewhere"), root + str("/outdir"));
        QFile::link(str("nowhere.jpg"), root + str("/dangling.jpg"));
        QFile::link(str("loop"), root + str("/loop"));
    }

    static void touch(const QString& path)
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("x");
    }
};

} // namespace

TEST_CASE("Plain relative paths inside the folder resolve to canonical paths", "[paths]")
{
    Tree t;
    const ContentPaths paths(t.root);
    const auto r = paths.resolve(str("photos/a.jpg"));
    CHECK(r.status == Status::Ok);
    CHECK(r.absolutePath == QFileInfo(t.root + str("/photos/a.jpg")).canonicalFilePath());
    CHECK(paths.resolve(str("./photos//a.jpg")).status == Status::Ok);
    // Taken as written: a stray space makes it another name.
    CHECK(paths.resolve(str("photos/a.jpg ")).status == Status::Missing);
}

TEST_CASE("Links that stay inside the folder are accepted", "[paths]")
{
    Tree t;
    const ContentPaths paths(t.root);
    CHECK(paths.resolve(str("photos/inside-link.jpg")).status == Status::Ok);
    const auto viaDir = paths.resolve(str("dirlink/a.jpg"));
    CHECK(viaDir.status == Status::Ok);
    CHECK(viaDir.absolutePath.endsWith(str("/content/photos/a.jpg")));
}

TEST_CASE("Climbing out with .. is refused, however it is written", "[paths]")
{
    Tree t;
    const ContentPaths paths(t.root);
    for (const char* path : { "../secret.jpg", "photos/../../secret.jpg", "..", "photos/../../content/photos/a.jpg",
             "./../secret.jpg", "photos/./../../secret.jpg", "photos/../photos/a.jpg" }) {
        INFO(path);
        CHECK(paths.resolve(str(path)).status == Status::Outside);
    }
}

TEST_CASE("Absolute paths, home paths, Windows paths and URLs are refused", "[paths]")
{
    Tree t;
    const ContentPaths paths(t.root);
    for (const char* path : { "/etc/hostname", "~/photo.jpg", "C:\\photos\\a.jpg", "c:/photos/a.jpg",
             "file:///etc/hostname", "http://example.invalid/a.jpg", "//server/share/a.jpg", ":/qt/resource.png" }) {
        INFO(path);
        CHECK(paths.resolve(str(path)).status == Status::Absolute);
    }
    // Even an absolute path that points inside the folder: paths are relative, so the folder can move.
    CHECK(paths.resolve(t.root + str("/photos/a.jpg")).status == Status::Absolute);
}

TEST_CASE("Links out of the folder are refused: to a file, to a folder, and a sibling with a similar name", "[paths]")
{
    Tree t;
    const ContentPaths paths(t.root);
    CHECK(paths.resolve(str("out.jpg")).status == Status::Outside);
    CHECK(paths.resolve(str("outdir/b.jpg")).status == Status::Outside);
    QFile::link(t.temp.path() + str("/content-evil/c.jpg"), t.root + str("/evil.jpg"));
    CHECK(paths.resolve(str("evil.jpg")).status == Status::Outside);
}

TEST_CASE("Broken links, loops, folders, backslashes and control characters get their own answers", "[paths]")
{
    Tree t;
    const ContentPaths paths(t.root);
    CHECK(paths.resolve(str("dangling.jpg")).status == Status::BrokenLink);
    CHECK(paths.resolve(str("loop")).status != Status::Ok);
    CHECK(paths.resolve(str("photos")).status == Status::NotAFile);
    CHECK(paths.resolve(str(".")).status == Status::NotAFile);
    CHECK(paths.resolve(str("photos\\a.jpg")).status == Status::Invalid);
    CHECK(paths.resolve(QString::fromUtf8("photos/a.jpg\0../../secret.jpg", 30)).status == Status::Invalid);
    CHECK(paths.resolve(str("photos/missing.jpg")).status == Status::Missing);
    CHECK(paths.resolve(QString()).status == Status::Empty);
    for (Status s : { Status::Empty, Status::Absolute, Status::Outside, Status::Missing, Status::NotAFile,
             Status::BrokenLink, Status::Invalid }) {
        CHECK_FALSE(ContentPaths::describe(s, str("x")).isEmpty());
        CHECK_FALSE(ContentPaths::advice(s).isEmpty());
    }
}

TEST_CASE("A content folder that is itself a link (release layout) is resolved once", "[paths]")
{
    Tree t;
    const QString link = t.temp.path() + str("/current");
    REQUIRE(QFile::link(t.root, link));
    const ContentPaths paths(link);
    CHECK(paths.root() == QFileInfo(t.root).canonicalFilePath());
    CHECK(paths.givenRoot() == link);
    const auto r = paths.resolve(str("photos/a.jpg"));
    CHECK(r.status == Status::Ok);
    CHECK(r.absolutePath.startsWith(paths.root() + str("/")));
    // Switching the link afterwards does not move a load that has begun to another release.
    QFile::remove(link);
    QFile::link(t.temp.path() + str("/elsewhere"), link);
    CHECK(paths.resolve(str("photos/a.jpg")).status == Status::Ok);
}

TEST_CASE("A folder that does not exist resolves nothing", "[paths]")
{
    const ContentPaths paths(str("/nonexistent/alzhir/content"));
    CHECK(paths.root().isEmpty());
    CHECK(paths.resolve(str("photos/a.jpg")).status == Status::Missing);
}
