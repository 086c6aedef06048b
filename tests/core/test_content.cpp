#include <catch2/catch.hpp>

#include "contentloader.h"
#include "csvreader.h"
#include "language.h"
#include "localizedtext.h"
#include "testsupport.h"
#include "timecode.h"

TEST_CASE("The sample content loads without errors or warnings", "[content]")
{
    const ContentLoader::Result result = ContentLoader::load(TestSupport::sampleContentDir());
    for (const ContentProblem& p : result.problems)
        UNSCOPED_INFO(p.toString().toStdString());
    REQUIRE(result.ok());
    CHECK(result.problems.isEmpty());
    const ContentPtr content = result.content;
    CHECK(content->sample);
    for (const QString& id : Section::requiredIds()) {
        const Section* section = content->section(id);
        REQUIRE(section != nullptr);
        for (const QString& code : Language::all()) {
            CHECK(section->title.has(code));
            CHECK(section->text.has(code));
        }
    }
    CHECK_FALSE(content->names.isEmpty());
    CHECK_FALSE(content->allPhotos().isEmpty());
}

TEST_CASE("A missing translation falls back in the documented order", "[content]")
{
    LocalizedText text;
    text.set(QStringLiteral("ru"), QStringLiteral("Арка скорби"));
    text.set(QStringLiteral("en"), QStringLiteral("Arch of Sorrow"));
    CHECK(text.value(QStringLiteral("kk")) == QStringLiteral("Арка скорби"));
    CHECK(text.value(QStringLiteral("en")) == QStringLiteral("Arch of Sorrow"));
    LocalizedText kazakhOnly;
    kazakhOnly.set(QStringLiteral("kk"), QStringLiteral("Қасірет аркасы"));
    CHECK(kazakhOnly.value(QStringLiteral("en")) == QStringLiteral("Қасірет аркасы"));
    CHECK(LocalizedText().value(QStringLiteral("kk")).isEmpty());
}

TEST_CASE("CSV fields with quotes, commas and line breaks", "[content][csv]")
{
    const QByteArray csv = "a,b,c\r\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\r\nlast,,\n";
    const CsvReader::Result result = CsvReader::parse(csv);
    REQUIRE(result.ok());
    REQUIRE(result.rows.size() == 3);
    CHECK(result.rows.at(1).fields == QStringList { QStringLiteral("x, y"), QStringLiteral("line1\nline2"),
                                          QStringLiteral("say \"hi\"") });
    CHECK(result.rows.at(2).line == 4);
    CHECK(result.rows.at(2).fields == QStringList { QStringLiteral("last"), QString(), QString() });
}

TEST_CASE("Timecodes are read and written as people write them", "[content]")
{
    bool ok = false;
    CHECK(Timecode::parse(QStringLiteral("01:05"), &ok) == 65000);
    CHECK(ok);
    CHECK(Timecode::parse(QStringLiteral("1:02:03.5"), &ok) == 3723500);
    CHECK(ok);
    Timecode::parse(QStringLiteral("1:75"), &ok);
    CHECK_FALSE(ok);
    CHECK(Timecode::format(65000) == QStringLiteral("1:05"));
    CHECK(Timecode::format(3723500) == QStringLiteral("1:02:03"));
}
