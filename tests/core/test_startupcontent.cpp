// The content the kiosk starts with (StartupContent, read on a worker thread at start-up): the
// configured folder when valid, else the sample, never nothing; and the watcher started from the
// scan taken before reading sees a change made while the folder was being read.
#include <catch2/catch.hpp>

#include "commandline.h"
#include "contentstore.h"
#include "contentwatcher.h"
#include "startupcontent.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <stdexcept>

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A copy of the sample content in a temporary folder, as staff would keep their own.
struct CopiedContent
{
    CopiedContent()
    {
        if (!TestSupport::copySampleContent(dir))
            throw std::runtime_error("cannot copy the sample content");
    }
    StartupContent load() const { return StartupContent::load(dir, CommandLine::defaultContentDir()); }

    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("content"));
};

} // namespace

TEST_CASE("A valid content folder is shown as it is", "[startup]")
{
    const CopiedContent copy;
    const StartupContent start = copy.load();
    REQUIRE(start.ok());
    CHECK_FALSE(start.usedFallback());
    CHECK(start.shownDir == copy.dir);
    CHECK(start.content->rootDir == QDir(copy.dir).canonicalPath());
    CHECK(start.baseline.state() == FolderFingerprint::State::Ok);
    CHECK(start.baseline.fileCount() > 10);
}

TEST_CASE("Content with errors starts the kiosk on the sample, and keeps the errors for the staff", "[startup]")
{
    const CopiedContent copy;
    REQUIRE(writeFile(copy.dir + str("/content.json"), "{ \"sections\": [ "));
    const StartupContent start = copy.load();
    REQUIRE(start.ok());
    CHECK(start.usedFallback());
    CHECK(start.shownDir == CommandLine::defaultContentDir());
    CHECK(start.content->sample); // marked as such on screen
    REQUIRE_FALSE(start.problems.isEmpty());
    CHECK(start.problems.constFirst().file == str("content.json"));
    CHECK(start.baseline.state() == FolderFingerprint::State::Ok); // the folder the watcher follows
}

TEST_CASE("A missing folder with no usable fallback gives no content and says why", "[startup]")
{
    QTemporaryDir temp;
    const QString missing = temp.filePath(str("no-such-folder"));
    const StartupContent start = StartupContent::load(missing, missing);
    CHECK_FALSE(start.ok());
    CHECK_FALSE(start.usedFallback());
    CHECK(start.shownDir.isEmpty());
    REQUIRE(start.problems.size() == 1);
    CHECK(start.problems.constFirst().what.contains(str("does not exist")));
    CHECK(start.baseline.state() == FolderFingerprint::State::Missing);
}

TEST_CASE("A change made while the start-up content was read is picked up by the watcher", "[startup][watcher]")
{
    const CopiedContent copy;
    const QString& dir = copy.dir;
    const StartupContent start = copy.load();
    REQUIRE(start.ok());
    ContentStore store;
    store.setCurrent(start.content);
    // Staff save the manifest again after the kiosk read it but before the watcher started.
    QFile manifest(dir + str("/content.json"));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QByteArray bytes = manifest.readAll();
    manifest.close();
    bytes.replace("\"sample\": true", "\"sample\": false");
    REQUIRE(writeFile(dir + str("/content.json"), bytes + "\n"));

    ContentWatcher watcher(dir, &store);
    watcher.setQuietPeriod(100);
    watcher.setScanInterval(30);
    watcher.start(start.baseline);
    REQUIRE(TestSupport::waitFor([&] { return store.hasPending(); }, 15000));
    REQUIRE(store.applyPending());
    CHECK_FALSE(store.current()->sample);
}
