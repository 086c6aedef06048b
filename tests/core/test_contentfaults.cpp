// The fault matrix of the content folder: each case breaks a copy of the sample content while the
// kiosk's content side runs (ContentStore + ContentWatcher, see ContentFixture), then checks the
// message staff get (what, where, how to fix) and that the kiosk keeps its last good content.
#include <catch2/catch.hpp>

#include "contentfixture.h"
#include "contentloader.h"
#include "language.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThread>

#include <cstdio>

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QJsonObject testimony(const QJsonObject& root, int index)
{
    return root.value(str("testimonies")).toArray().at(index).toObject();
}

void setTestimony(QJsonObject& root, int index, const QJsonObject& t)
{
    QJsonArray list = root.value(str("testimonies")).toArray();
    list.replace(index, t);
    root.insert(str("testimonies"), list);
}

// The common ending of an error case: a message with its place, and the last good content kept.
void requireRejected(ContentFixture& f, const QString& message, const QString& location = QString())
{
    INFO(f.problemsText().toStdString());
    const ContentProblem* p = f.problem(message);
    REQUIRE(p != nullptr);
    CHECK(p->isError());
    CHECK_FALSE(p->fix.isEmpty());
    if (!location.isEmpty())
        CHECK(p->location == location);
    CHECK(f.lastGoodStays());
}

} // namespace

TEST_CASE("Fault: the folder has no content.json", "[faults]")
{
    ContentFixture f;
    REQUIRE(QFile::remove(f.path(str("content.json"))));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("has no content.json"));
}

TEST_CASE("Fault: content.json is not valid JSON, and the line is given", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("content.json"), "{\n  \"format\": 1,\n  \"sample\": true\n  \"title\": {\"en\": \"x\"}\n}\n");
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("not valid JSON"), str("line 4, column 4"));
}

TEST_CASE("Fault: an unknown format version", "[faults]")
{
    ContentFixture f;
    f.editManifest([](QJsonObject& root) { root.insert(str("format"), 2); });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("format version 2 is not one this kiosk reads"), str("/format"));
    CHECK(f.problem(str("format version 2"))->fix.contains(str("update the kiosk")));
}

TEST_CASE("Fault: a missing translation is a warning and falls back to the next language", "[faults]")
{
    ContentFixture f;
    QString russianTitle;
    f.editManifest([&](QJsonObject& root) {
        QJsonArray sections = root.value(str("sections")).toArray();
        QJsonObject arch = sections.at(0).toObject();
        QJsonObject title = arch.value(str("title")).toObject();
        russianTitle = title.value(str("ru")).toString();
        title.remove(str("kk"));
        arch.insert(str("title"), title);
        sections.replace(0, arch);
        root.insert(str("sections"), sections);
    });
    REQUIRE(f.waitForCheck());
    INFO(f.problemsText().toStdString());
    const ContentProblem* p = f.problem(str("no Қазақша text; visitors who chose Қазақша see the Русский one"));
    REQUIRE(p != nullptr);
    CHECK_FALSE(p->isError());
    CHECK(p->location == str("/sections/0/title/kk"));
    // Valid with a warning: it waits for an idle moment, then shows the Russian title to Kazakh readers.
    CHECK(f.store().current() == f.initial());
    REQUIRE(f.store().hasPending());
    REQUIRE(f.store().applyPending());
    CHECK(f.store().current()->section(str("arch"))->title.value(Language::Kazakh) == russianTitle);
}

TEST_CASE("Fault: a photo that does not exist", "[faults]")
{
    ContentFixture f;
    REQUIRE(QFile::remove(f.path(str("photos/arch-1.jpg"))));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("the file \"photos/arch-1.jpg\" does not exist"), str("/sections/0/photos/0/file"));
}

TEST_CASE("Fault: an empty photo", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("photos/arch-1.jpg"), QByteArray());
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("empty file (0 bytes)"), str("/sections/0/photos/0/file"));
    CHECK(f.problem(str("empty file"))->file == str("photos/arch-1.jpg"));
}

TEST_CASE("Fault: a JPEG photo cut short", "[faults]")
{
    ContentFixture f;
    const qint64 size = QFileInfo(f.path(str("photos/arch-1.jpg"))).size();
    f.truncateFile(str("photos/arch-1.jpg"), size * 2 / 3);
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("the picture is cut short"), str("/sections/0/photos/0/file"));
}

TEST_CASE("Fault: a PNG photo cut short", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("photos/scan.png"), TestFiles::png(640, 480).left(300));
    f.editManifest([](QJsonObject& root) { ContentFixture::setPhotoFile(root, 1, 0, str("photos/scan.png")); });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("photos/scan.png"), str("/sections/1/photos/0/file"));
    CHECK(f.problem(str("photos/scan.png"))->what.contains(str("cut short")));
}

TEST_CASE("Fault: a text file named like a photo", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("photos/arch-1.jpg"), "<html><body>Not a picture</body></html>\n");
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("this is not a picture: it is a text file"), str("/sections/0/photos/0/file"));
}

TEST_CASE("Fault: a recording named like a photo", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("photos/arch-1.jpg"), TestFiles::wav(200));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("this is not a picture: it is a WAV audio"));
}

TEST_CASE("Fault: a PNG named .jpg is shown, with a warning to rename it", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("photos/arch-1.jpg"), TestFiles::png(320, 200));
    REQUIRE(f.waitForCheck());
    INFO(f.problemsText().toStdString());
    const ContentProblem* p = f.problem(str("this is a PNG picture, but its name ends in .jpg"));
    REQUIRE(p != nullptr);
    CHECK_FALSE(p->isError());
    CHECK(f.store().current() == f.initial());
    CHECK(f.store().hasPending());
}

TEST_CASE("Fault: a picture of huge dimensions is refused before it is decoded", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("photos/huge.png"), TestFiles::pngClaiming(60000, 40000));
    f.editManifest([](QJsonObject& root) { ContentFixture::setPhotoFile(root, 2, 0, str("photos/huge.png")); });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("60000 × 40000 pixels"), str("/sections/2/photos/0/file"));
}

TEST_CASE("Fault: a recording that does not exist", "[faults]")
{
    ContentFixture f;
    REQUIRE(QFile::remove(f.path(str("testimonies/sample-audio.opus"))));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("\"testimonies/sample-audio.opus\" does not exist"), str("/testimonies/0/media"));
}

TEST_CASE("Fault: a video cut short by an interrupted copy", "[faults]")
{
    ContentFixture f;
    f.truncateFile(str("testimonies/sample-video.webm"), 60 * 1024);
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("the recording is cut short"), str("/testimonies/1/media"));
}

TEST_CASE("Fault: an Opus recording cut short", "[faults]")
{
    ContentFixture f;
    const qint64 size = QFileInfo(f.path(str("testimonies/sample-audio.opus"))).size();
    f.truncateFile(str("testimonies/sample-audio.opus"), size / 2);
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("the recording is cut short"), str("/testimonies/0/media"));
}

TEST_CASE("Fault: a photo given as the recording", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("testimonies/sample-audio.opus"), f.readFile(str("photos/arch-1.jpg")));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("this is not a sound or video recording: it is a JPEG picture"));
}

TEST_CASE("Fault: subtitles saved in cp1251", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("testimonies/sample-video.ru.srt"),
        TestFiles::cp1251(str("1\r\n00:00:01,000 --> 00:00:04,000\r\nПробная запись\r\n")));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("look like Windows-1251"), str("/testimonies/1/subtitles/ru"));
}

TEST_CASE("Fault: SRT subtitles in a file named .vtt", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("testimonies/sample-audio.en.vtt"), "1\n00:00:01,000 --> 00:00:04,000\nSample\n");
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("holds SRT subtitles but its name ends in .vtt"), str("/testimonies/0/subtitles/en"));
}

TEST_CASE("Fault: the names list is saved in cp1251", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("names/names.csv"), TestFiles::cp1251(str("surname,given_name\nОбразцова,Анна\n")));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("looks like Windows-1251 (cp1251)"), str("line 2"));
    CHECK(f.problem(str("cp1251"))->fix.contains(str("UTF-8")));
}

TEST_CASE("Fault: a names list with a BOM, quoted commas and bad rows loads the good rows", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("names/names.csv"),
        "\xEF\xBB\xBFsurname,given_name,patronymic,notes\r\n"
        "Образцова,Анна,Петровна,\"sample, with a comma\"\r\n"
        "Примерова,Мария\r\n"                                 // line 3: too few fields
        "Тестова,Ольга,,\"two\r\nlines\"\r\n"                 // lines 4-5: one row
        "Шаблонова,\"Е\"лена,,\r\n"                           // line 6: a quote inside a field
        ",,,\r\n"                                             // line 7: no name
        "Выдуманная,Зоя,,\r\n");
    REQUIRE(f.waitForCheck());
    INFO(f.problemsText().toStdString());
    CHECK(f.problem(str("line 3"))->what.contains(str("2 fields but the header has 4")));
    CHECK(f.problem(str("line 6"))->what.contains(str("quote mark")));
    CHECK(f.problem(str("line 7"))->what.contains(str("neither a surname nor a given name")));
    CHECK_FALSE(hasErrors(f.store().lastProblems()));
    CHECK(f.store().current() == f.initial());
    REQUIRE(f.store().hasPending());
    REQUIRE(f.store().applyPending());
    const QVector<NameRecord>& names = f.store().current()->names;
    REQUIRE(names.size() == 3);
    CHECK(names.at(0).surname == str("Образцова"));
    CHECK(names.at(0).notes == str("sample, with a comma"));
    CHECK(names.at(1).notes == str("two\nlines"));
    CHECK(names.at(2).givenName == str("Зоя"));
}

TEST_CASE("Fault: a names list separated by semicolons", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("names/names.csv"), "surname;given_name\nОбразцова;Анна\n");
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("separated by semicolons"), str("line 1"));
}

TEST_CASE("Fault: a names list with a quote that is never closed", "[faults]")
{
    ContentFixture f;
    f.writeFile(str("names/names.csv"), "surname,given_name\nОбразцова,Анна\n\"Примерова,Мария\nТестова,Ольга\n");
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("never closed"), str("line 3"));
}

TEST_CASE("Fault: a path that climbs out of the folder with ..", "[faults]")
{
    ContentFixture f;
    QFile::copy(f.path(str("photos/arch-1.jpg")), f.tempPath(str("outside.jpg")));
    f.editManifest([](QJsonObject& root) { ContentFixture::setPhotoFile(root, 0, 0, str("photos/../../outside.jpg")); });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("leads outside the content folder"), str("/sections/0/photos/0/file"));
}

TEST_CASE("Fault: an absolute path", "[faults]")
{
    ContentFixture f;
    QFile::copy(f.path(str("photos/arch-1.jpg")), f.tempPath(str("outside.jpg")));
    const QString absolute = f.tempPath(str("outside.jpg"));
    f.editManifest([&](QJsonObject& root) { ContentFixture::setPhotoFile(root, 0, 0, absolute); });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("is an absolute path"), str("/sections/0/photos/0/file"));
}

TEST_CASE("Fault: a link to a file outside the folder", "[faults]")
{
    ContentFixture f;
    QFile::copy(f.path(str("photos/arch-1.jpg")), f.tempPath(str("outside.jpg")));
    REQUIRE(QFile::remove(f.path(str("photos/arch-1.jpg"))));
    REQUIRE(QFile::link(f.tempPath(str("outside.jpg")), f.path(str("photos/arch-1.jpg"))));
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("\"photos/arch-1.jpg\" leads outside the content folder"));
}

TEST_CASE("Fault: a link to a folder outside the folder", "[faults]")
{
    ContentFixture f;
    REQUIRE(QDir().mkpath(f.tempPath(str("elsewhere"))));
    QFile::copy(f.path(str("photos/arch-1.jpg")), f.tempPath(str("elsewhere/arch-1.jpg")));
    REQUIRE(QFile::link(f.tempPath(str("elsewhere")), f.path(str("more"))));
    f.editManifest([](QJsonObject& root) { ContentFixture::setPhotoFile(root, 0, 0, str("more/arch-1.jpg")); });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("\"more/arch-1.jpg\" leads outside the content folder"));
}

TEST_CASE("Fault: two testimonies with the same id", "[faults]")
{
    ContentFixture f;
    f.editManifest([](QJsonObject& root) {
        QJsonObject second = testimony(root, 1);
        second.insert(str("id"), testimony(root, 0).value(str("id")));
        setTestimony(root, 1, second);
    });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("is used twice"), str("/testimonies/1/id"));
}

TEST_CASE("Fault: the same section twice", "[faults]")
{
    ContentFixture f;
    f.editManifest([](QJsonObject& root) {
        QJsonArray sections = root.value(str("sections")).toArray();
        sections.append(sections.at(0));
        root.insert(str("sections"), sections);
    });
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("the section \"arch\" appears twice"));
}

TEST_CASE("Fault: a misspelt key is a warning that suggests the right one", "[faults]")
{
    ContentFixture f;
    f.editManifest([](QJsonObject& root) {
        QJsonObject t = testimony(root, 0);
        t.insert(str("sumary"), t.value(str("summary")));
        setTestimony(root, 0, t);
    });
    REQUIRE(f.waitForCheck());
    INFO(f.problemsText().toStdString());
    const ContentProblem* p = f.problem(str("unknown key \"sumary\""));
    REQUIRE(p != nullptr);
    CHECK_FALSE(p->isError());
    CHECK(p->fix.contains(str("Did you mean \"summary\"?")));
    CHECK(p->location == str("/testimonies/0/sumary"));
}

TEST_CASE("Fault: a names list larger than the limit is refused before it is read", "[faults]")
{
    ContentFixture f;
    QByteArray names = "surname,given_name\n";
    const QByteArray row = "Образцова,Анна\n";
    names.reserve(ContentLoader::MaxNamesListBytes + row.size());
    while (names.size() <= ContentLoader::MaxNamesListBytes)
        names += row;
    f.writeFile(str("names/names.csv"), names);
    REQUIRE(f.waitForCheck());
    requireRejected(f, str("the file is larger than 32 MB"));
    CHECK(f.problem(str("larger than"))->file == str("names/names.csv"));
}
