// Every translated string and every sample content string has all its characters in the font
// the interface uses.
#include <catch2/catch.hpp>

#include "contentloader.h"
#include "language.h"
#include "testsupport.h"
#include "theme.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QXmlStreamReader>

namespace {

QStringList translatedStrings()
{
    QStringList strings;
    for (const QString& code : Language::all()) {
        QFile file(QStringLiteral(ALZHIR_TS_DIR "/alzhir_%1.ts").arg(code));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("source")))
                strings.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    return strings;
}

QStringList contentStrings()
{
    const ContentLoader::Result loaded = ContentLoader::load(TestSupport::sampleContentDir());
    REQUIRE(loaded.ok());
    const ContentPtr c = loaded.content;
    QStringList strings;
    auto add = [&](const LocalizedText& text) {
        for (const QString& code : text.languages())
            strings.append(text.value(code));
    };
    add(c->title);
    for (const Section& s : c->sections) {
        add(s.title);
        add(s.text);
        for (const Photo& p : s.photos) {
            add(p.caption);
            add(p.credit);
        }
    }
    for (const Testimony& t : c->testimonies) {
        add(t.title);
        add(t.speaker);
        add(t.summary);
        add(t.contentNote);
    }
    for (const NameRecord& r : c->names)
        strings << r.fullName() << r.origin << r.notes;
    for (const QString& code : Language::all())
        strings.append(Language::nativeName(code));
    return strings;
}

void checkCovered(const QFont& font, const QStringList& strings)
{
    const QFontMetrics metrics(font);
    for (const QString& s : strings) {
        for (const char32_t ucs4 : s.toUcs4()) {
            if (ucs4 == U'\n' || ucs4 == U'\r' || ucs4 == U'\t')
                continue;
            if (!metrics.inFontUcs4(ucs4)) {
                FAIL_CHECK("U+" << QString::number(ucs4, 16).toUpper().toStdString() << " missing from "
                                << font.family().toStdString() << " in: " << s.toStdString());
            }
        }
    }
}

} // namespace

TEST_CASE("The interface fonts are the Noto fonts", "[glyphs]")
{
    CHECK(QFontInfo(QFont(Theme::sansFamily())).family() == Theme::sansFamily());
    CHECK(QFontInfo(QFont(Theme::serifFamily())).family() == Theme::serifFamily());
}

TEST_CASE("Kazakh letters are in the fonts", "[glyphs]")
{
    const QStringList kazakh { QStringLiteral("әғқңөұүһі ӘҒҚҢӨҰҮҺІ"), QStringLiteral("ёЁ«»—–№“”’") };
    checkCovered(QFont(Theme::sansFamily()), kazakh);
    checkCovered(QFont(Theme::serifFamily()), kazakh);
}

TEST_CASE("Every translated and every sample content string renders", "[glyphs]")
{
    const QStringList strings = translatedStrings() + contentStrings();
    REQUIRE(strings.size() > 50);
    checkCovered(QFont(Theme::sansFamily()), strings);
    checkCovered(QFont(Theme::serifFamily()), strings);
}
