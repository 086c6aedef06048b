// The fault matrix of the content folder, live-swap part: content that changes while the kiosk
// runs (a folder deleted and restored, a copy still in progress, a visitor mid-screen, a release link
// switched). Each case checks that the kiosk keeps its last good content and takes the new one whole.
#include <catch2/catch.hpp>

#include "contentfixture.h"
#include "contentloader.h"
#include "language.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThread>

TEST_CASE("Fault: the folder is deleted while the kiosk runs, then comes back", "[faults][watcher]")
{
    ContentFixture f;
    REQUIRE(QDir(f.root()).removeRecursively());
    REQUIRE(TestSupport::waitFor([&] { return !f.watcher().isFolderAvailable(); }));
    INFO(f.problemsText().toStdString());
    REQUIRE(f.problem(QStringLiteral("the content folder has disappeared")) != nullptr);
    CHECK(f.lastGoodStays());
    CHECK(f.store().current()->section(QStringLiteral("arch")) != nullptr);

    const int before = f.watcher().checksFinished();
    REQUIRE(TestSupport::copySampleContent(f.root()));
    REQUIRE(f.waitForCheck(before));
    CHECK(f.watcher().isFolderAvailable());
    CHECK(f.store().lastProblems().isEmpty());
    CHECK(f.store().hasPending()); // whatever came back was checked, and is shown at the next idle moment
}

TEST_CASE("Fault: content replaced mid-copy is not read until the copy has finished", "[faults][watcher]")
{
    ContentFixture f;
    const QByteArray photo = TestFiles::jpeg(800, 600);
    const int before = f.watcher().checksFinished();
    // A copy tool writes the new manifest, then the new photo under a temporary name, slowly.
    f.editManifest([](QJsonObject& root) { ContentFixture::setPhotoFile(root, 0, 0, QStringLiteral("photos/new.jpg")); });
    const int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        f.writeFile(QStringLiteral("photos/new.jpg.part"), photo.left(photo.size() * i / steps));
        TestSupport::waitFor([] { return false; }, ContentFixture::QuietMs / 3);
        CHECK(f.watcher().checksFinished() == before);
        CHECK_FALSE(f.watcher().isChecking());
    }
    // A photo still being written in place (no temporary name) is not read half-written either.
    f.writeFile(QStringLiteral("photos/extra.jpg"), photo.left(100));
    TestSupport::waitFor([] { return false; }, ContentFixture::QuietMs / 3);
    f.writeFile(QStringLiteral("photos/extra.jpg"), photo);
    CHECK(f.watcher().checksFinished() == before);
    REQUIRE(QFile::rename(f.path(QStringLiteral("photos/new.jpg.part")), f.path(QStringLiteral("photos/new.jpg"))));
    REQUIRE(f.waitForCheck(before));
    INFO(f.problemsText().toStdString());
    CHECK(f.watcher().checksFinished() == before + 1);
    CHECK(f.store().lastProblems().isEmpty());
    REQUIRE(f.store().hasPending());
    CHECK(f.store().current() == f.initial());
    REQUIRE(f.store().applyPending());
    CHECK(f.store().current()->section(QStringLiteral("arch"))->photos.at(0).path.endsWith(QStringLiteral("photos/new.jpg")));
}

TEST_CASE("Fault: content replaced while a visitor is mid-screen waits for the idle moment", "[faults][watcher]")
{
    ContentFixture f;
    auto setTitle = [&](const char* english) {
        f.editManifest([&](QJsonObject& root) {
            QJsonObject title = root.value(QStringLiteral("title")).toObject();
            title.insert(QStringLiteral("en"), QString::fromUtf8(english));
            root.insert(QStringLiteral("title"), title);
        });
    };
    setTitle("First update");
    REQUIRE(f.waitForCheck());
    // The visitor still sees what was there when they started; the update waits.
    CHECK(f.store().current() == f.initial());
    REQUIRE(f.store().hasPending());
    // A second update before the idle moment replaces the waiting one.
    setTitle("Second update");
    REQUIRE(f.waitForCheck());
    CHECK(f.store().current() == f.initial());
    // A broken update afterwards does not throw away the good one that waits.
    f.writeFile(QStringLiteral("content.json"), "{ broken");
    REQUIRE(f.waitForCheck());
    CHECK(hasErrors(f.store().lastProblems()));
    CHECK(f.store().current() == f.initial());
    // The idle moment: the waiting update is applied whole.
    REQUIRE(f.store().applyPending());
    CHECK(f.store().current()->title.value(Language::English) == QStringLiteral("Second update"));
    CHECK_FALSE(f.store().hasPending());
}

TEST_CASE("Fault: a release folder switched by renaming a link is picked up whole", "[faults][watcher]")
{
    QTemporaryDir temp;
    const QString releases = temp.path() + QStringLiteral("/releases");
    REQUIRE(TestSupport::copySampleContent(releases + QStringLiteral("/r1")));
    REQUIRE(TestSupport::copySampleContent(releases + QStringLiteral("/r2")));
    QFile manifest(releases + QStringLiteral("/r2/content.json"));
    REQUIRE(manifest.open(QIODevice::ReadWrite));
    QByteArray json = manifest.readAll();
    json.replace("\"sample\": true", "\"sample\": false");
    manifest.resize(0);
    manifest.write(json);
    manifest.close();
    const QString current = temp.path() + QStringLiteral("/current");
    REQUIRE(QFile::link(releases + QStringLiteral("/r1"), current));

    ContentStore store;
    const ContentLoader::Result first = ContentLoader::load(current);
    REQUIRE(first.ok());
    store.setCurrent(first.content);
    ContentWatcher watcher(current, &store);
    watcher.setQuietPeriod(ContentFixture::QuietMs);
    watcher.setScanInterval(ContentFixture::ScanMs);
    watcher.start();

    // The sync tool's atomic switch: a new link, renamed over the old one.
    REQUIRE(QFile::link(releases + QStringLiteral("/r2"), current + QStringLiteral(".new")));
    REQUIRE(std::rename(qPrintable(current + QStringLiteral(".new")), qPrintable(current)) == 0);
    REQUIRE(TestSupport::waitFor([&] { return watcher.checksFinished() > 0; }, 15000));
    CHECK(store.current() == first.content);
    REQUIRE(store.applyPending());
    CHECK(store.current()->rootDir == QFileInfo(releases + QStringLiteral("/r2")).canonicalFilePath());
    CHECK_FALSE(store.current()->sample);
}
