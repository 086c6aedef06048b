// ContentWatcher and FolderFingerprint: what counts as a change, the quiet period, checks that
// race with copying, and a folder that turns into something unreadable.
#include <catch2/catch.hpp>

#include "contentfixture.h"
#include "folderfingerprint.h"
#include "language.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

void idle(int ms)
{
    TestSupport::waitFor([] { return false; }, ms);
}

} // namespace

TEST_CASE("Temporary files of copy and sync tools are not content", "[watcher]")
{
    for (const char* name : { "photo.jpg.part", "names.csv.tmp", "content.json~", ".syncthing.arch-1.jpg.tmp",
             ".arch-1.jpg.Xy12Ab", "~$names.xlsx", "video.webm.crdownload", ".content.json.swp", "a.PART" }) {
        INFO(name);
        CHECK(FolderFingerprint::isTemporaryName(str(name)));
    }
    for (const char* name : { "content.json", "arch-1.jpg", "names.csv", "tmp.jpg", "part-1.webm" }) {
        INFO(name);
        CHECK_FALSE(FolderFingerprint::isTemporaryName(str(name)));
    }
}

TEST_CASE("Temporary files coming and going never start a check", "[watcher]")
{
    ContentFixture f;
    f.writeFile(str("photos/new.jpg.part"), "partial");
    f.writeFile(str(".syncthing.names.csv.tmp"), "partial");
    f.writeFile(str("content.json~"), "backup");
    QDir().mkpath(f.path(str(".stversions/photos")));
    f.writeFile(str(".stversions/photos/arch-1.jpg"), "old version");
    idle(ContentFixture::QuietMs * 3);
    QFile::remove(f.path(str("photos/new.jpg.part")));
    QFile::remove(f.path(str(".syncthing.names.csv.tmp")));
    idle(ContentFixture::QuietMs * 4);
    CHECK(f.watcher().checksFinished() == 0);
    CHECK_FALSE(f.watcher().isChecking());
    CHECK(f.lastGoodStays());
}

TEST_CASE("A growing temporary file holds the check back until it stops", "[watcher]")
{
    ContentFixture f;
    f.editManifest([](QJsonObject& root) { root.insert(str("sample"), false); });
    QByteArray growing;
    for (int i = 0; i < 10; ++i) {
        growing += QByteArray(4096, 'x');
        f.writeFile(str("testimonies/next.webm.part"), growing);
        idle(ContentFixture::QuietMs / 3);
    }
    CHECK(f.watcher().checksFinished() == 0);
    REQUIRE(f.waitForCheck(0));
    REQUIRE(f.store().hasPending());
    REQUIRE(f.store().applyPending());
    CHECK_FALSE(f.store().current()->sample);
}

TEST_CASE("The quiet period is counted from the last change", "[watcher]")
{
    ContentFixture f;
    f.watcher().setQuietPeriod(600);
    CHECK(f.watcher().quietPeriod() == 600);
    f.editManifest([](QJsonObject& root) { root.insert(str("sample"), false); });
    QElapsedTimer sinceLastChange;
    sinceLastChange.start();
    REQUIRE(f.waitForCheck(0));
    CHECK(sinceLastChange.elapsed() >= 600);
    CHECK(f.store().hasPending());
}

TEST_CASE("checkNow validates at once (the staff panel's reload)", "[watcher]")
{
    ContentFixture f;
    f.watcher().setQuietPeriod(60'000);
    f.editManifest([](QJsonObject& root) { root.insert(str("sample"), false); });
    f.watcher().checkNow();
    REQUIRE(f.waitForCheck(0, 10'000));
    REQUIRE(f.store().applyPending());
    CHECK_FALSE(f.store().current()->sample);
}

TEST_CASE("A check that races with copying is thrown away and done again", "[watcher]")
{
    ContentFixture f;
    // A long names list makes the check take a while, long enough to change a file meanwhile.
    QByteArray names = "surname,given_name\n";
    for (int i = 0; i < 150'000; ++i)
        names += "Образцова,Анна\n";
    f.writeFile(str("names/names.csv"), names);
    bool changedDuringCheck = false;
    QObject::connect(&f.watcher(), &ContentWatcher::checkStarted, &f.watcher(), [&] {
        if (changedDuringCheck)
            return;
        changedDuringCheck = true;
        f.editManifest([](QJsonObject& root) {
            QJsonObject title = root.value(str("title")).toObject();
            title.insert(str("en"), str("Changed during the check"));
            root.insert(str("title"), title);
        });
    });
    REQUIRE(f.waitForCheck(0, 30'000));
    REQUIRE(changedDuringCheck);
    // Only the check of the final state counted, and it saw the change.
    CHECK(f.watcher().checksFinished() == 1);
    REQUIRE(f.store().applyPending());
    CHECK(f.store().current()->title.value(Language::English) == str("Changed during the check"));
    CHECK(f.store().current()->names.size() == 150'000);
}

TEST_CASE("A folder replaced by something unreadable keeps the last good content", "[watcher]")
{
    ContentFixture f;
    REQUIRE(QDir(f.root()).removeRecursively());
    QFile file(f.root());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    REQUIRE(TestSupport::waitFor([&] { return !f.watcher().isFolderAvailable(); }));
    INFO(f.problemsText().toStdString());
    CHECK(f.problem(str("the content folder cannot be read")) != nullptr);
    CHECK(f.lastGoodStays());
    REQUIRE(QFile::remove(f.root()));
    REQUIRE(TestSupport::copySampleContent(f.root()));
    REQUIRE(f.waitForCheck(0));
    CHECK(f.watcher().isFolderAvailable());
    CHECK(f.store().hasPending());
}
