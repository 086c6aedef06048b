// The kiosk's own fontconfig configuration (FontSetup). This test has its own main: the
// configuration is made where the kiosk makes it, after the QApplication and before the first
// font, and Qt reads fontconfig's font list only once.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "fontsetup.h"
#include "testsupport.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>
#include <QTextLayout>

#include <fontconfig/fontconfig.h>

namespace {

// What FontSetup::useKioskConfiguration() did in main().
FontSetup::Result kioskSetup = FontSetup::Result::Failed;

struct FontEntry
{
    QString family;
    QString file;
};

QList<FontEntry> fontsOf(FcConfig* config)
{
    QList<FontEntry> entries;
    const FcFontSet* fonts = FcConfigGetFonts(config, FcSetSystem);
    for (int i = 0; fonts && i < fonts->nfont; ++i) {
        FcChar8* family = nullptr;
        FcChar8* file = nullptr;
        if (FcPatternGetString(fonts->fonts[i], FC_FAMILY, 0, &family) == FcResultMatch
            && FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) == FcResultMatch) {
            entries.append({ QString::fromUtf8(reinterpret_cast<const char*>(family)),
                QFile::decodeName(reinterpret_cast<const char*>(file)) });
        }
    }
    return entries;
}

bool inFontDir(const QString& file)
{
    return file.startsWith(Theme::fontDir() + QLatin1Char('/'));
}

// The families the system's configuration finds only outside the Noto folder (DejaVu on Debian).
QSet<QString> familiesOnlyOutsideFontDir()
{
    FcConfig* system = FcInitLoadConfigAndFonts();
    REQUIRE(system);
    QSet<QString> inside;
    QSet<QString> outside;
    for (const FontEntry& font : fontsOf(system))
        (inFontDir(font.file) ? inside : outside).insert(font.family);
    FcConfigDestroy(system);
    return outside - inside;
}

// The family of each run of `text` drawn in `family` (with Qt's fallbacks).
QStringList familiesDrawing(const QString& text, const QString& family)
{
    QFont font(family);
    font.setPixelSize(28);
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun& run : layout.glyphRuns())
        families.append(run.rawFont().familyName());
    return families;
}

QStringList cacheDirsOf(FcConfig* config)
{
    QStringList dirs;
    FcStrList* list = FcConfigGetCacheDirs(config);
    while (const FcChar8* dir = FcStrListNext(list))
        dirs.append(QDir::cleanPath(QFile::decodeName(reinterpret_cast<const char*>(dir))));
    FcStrListDone(list);
    return dirs;
}

} // namespace

TEST_CASE("The kiosk's font configuration lists the whole Noto folder and nothing else", "[fontsetup]")
{
    REQUIRE(kioskSetup == FontSetup::Result::Applied);
    const QList<FontEntry> fonts = fontsOf(FcConfigGetCurrent());
    QStringList files;
    for (const FontEntry& font : fonts) {
        INFO(font.file.toStdString());
        CHECK(inFontDir(font.file));
        files.append(font.file);
    }
    files.removeDuplicates();
    const QStringList inDir
        = QDir(Theme::fontDir()).entryList({ QStringLiteral("*.ttf"), QStringLiteral("*.otf") }, QDir::Files);
    CHECK(files.size() == inDir.size());
    CHECK(files.contains(Theme::fontDir() + QStringLiteral("/NotoSans-Regular.ttf")));
    CHECK(files.contains(Theme::fontDir() + QStringLiteral("/NotoSerif-Regular.ttf")));
}

TEST_CASE("Qt finds Noto Sans and Noto Serif, and no font from outside the Noto folder", "[fontsetup]")
{
    REQUIRE(kioskSetup == FontSetup::Result::Applied);
    const QStringList families = QFontDatabase::families();
    CHECK(families.contains(Theme::sansFamily()));
    CHECK(families.contains(Theme::serifFamily()));
    CHECK(QFontInfo(QFont(Theme::sansFamily())).family() == Theme::sansFamily());
    CHECK(QFontInfo(QFont(Theme::serifFamily())).family() == Theme::serifFamily());
    const QSet<QString> outside = familiesOnlyOutsideFontDir();
    if (outside.isEmpty())
        WARN("the system has no font outside " << Theme::fontDir().toStdString() << ": nothing to leave out");
    for (const QString& family : outside) {
        INFO(family.toStdString());
        CHECK_FALSE(families.contains(family));
    }
}

TEST_CASE("Kazakh and Russian text is in Noto Sans and Noto Serif themselves", "[fontsetup]")
{
    REQUIRE(kioskSetup == FontSetup::Result::Applied);
    const QString text = QStringLiteral("Қазақстан: әғқңөұүһі ӘҒҚҢӨҰҮҺІ. Россия: ёЁ щъыэюя «»—№");
    for (const QString& family : { Theme::sansFamily(), Theme::serifFamily() }) {
        QFont font(family);
        font.setStyleStrategy(QFont::NoFontMerging); // the font itself, not a fallback
        REQUIRE(QFontInfo(font).family() == family);
        const QFontMetrics metrics(font);
        for (const char32_t ucs4 : text.toUcs4()) {
            INFO(family.toStdString() << " U+" << QString::number(ucs4, 16).toUpper().toStdString());
            CHECK(metrics.inFontUcs4(ucs4));
        }
    }
}

TEST_CASE("A sign the kiosk's fonts lack comes from the Noto fonts for signs and symbols", "[fontsetup]")
{
    REQUIRE(kioskSetup == FontSetup::Result::Applied);
    // The staff stepper's minus, the erase key, the PIN dots, the arrow in content messages.
    const QStringList signs { QStringLiteral("−"), QStringLiteral("⌫"), QStringLiteral("●"),
        QStringLiteral("→") };
    for (const QString& family : { Theme::sansFamily(), Theme::serifFamily() }) {
        const QStringList expected { family, QStringLiteral("Noto Sans Math"),
            QStringLiteral("Noto Sans Symbols2"), QStringLiteral("Noto Sans Symbols") };
        for (const QString& sign : signs) {
            const QStringList drawnWith = familiesDrawing(sign, family);
            INFO(family.toStdString() << " " << sign.toStdString() << " drawn with "
                                      << drawnWith.join(u',').toStdString());
            REQUIRE(drawnWith.size() == 1);
            CHECK(expected.contains(drawnWith.first()));
        }
    }
}

TEST_CASE("The kiosk's fonts are hinted slightly, as with Debian's configuration", "[fontsetup]")
{
    REQUIRE(kioskSetup == FontSetup::Result::Applied);
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("Noto Sans"));
    FcPatternAddDouble(pattern, FC_PIXEL_SIZE, 28);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    REQUIRE(match);
    int hintStyle = -1;
    CHECK(FcPatternGetInteger(match, FC_HINT_STYLE, 0, &hintStyle) == FcResultMatch);
    CHECK(hintStyle == FC_HINT_SLIGHT);
    FcPatternDestroy(match);
    FcPatternDestroy(pattern);
}

TEST_CASE("The kiosk's fonts are read from the system's font cache, or the kiosk user's", "[fontsetup]")
{
    REQUIRE(kioskSetup == FontSetup::Result::Applied);
    const QStringList dirs = cacheDirsOf(FcConfigGetCurrent());
    CHECK(dirs.contains(QStringLiteral("/var/cache/fontconfig")));
    const QString userCache = qEnvironmentVariableIsEmpty("XDG_CACHE_HOME")
        ? QDir::homePath() + QStringLiteral("/.cache")
        : qEnvironmentVariable("XDG_CACHE_HOME");
    CHECK(dirs.contains(QDir::cleanPath(userCache + QStringLiteral("/fontconfig"))));
}

TEST_CASE("With FONTCONFIG_FILE set the kiosk leaves fontconfig's configuration alone", "[fontsetup]")
{
    FcConfig* before = FcConfigGetCurrent();
    qputenv("FONTCONFIG_FILE", "/etc/fonts/fonts.conf");
    const FontSetup::Result result = FontSetup::useKioskConfiguration();
    qunsetenv("FONTCONFIG_FILE");
    CHECK(result == FontSetup::Result::ExplicitConfiguration);
    CHECK(FcConfigGetCurrent() == before);
}

TEST_CASE("Without the Noto folder the kiosk leaves fontconfig's configuration alone", "[fontsetup]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FcConfig* before = FcConfigGetCurrent();
    FontSetup setup(dir.filePath(QStringLiteral("noto")));
    CHECK(setup.apply() == FontSetup::Result::NoFontDir);
    CHECK(FcConfigGetCurrent() == before);
}

TEST_CASE("A configuration fontconfig refuses, or one without a font, is not used", "[fontsetup]")
{
    FcConfig* before = FcConfigGetCurrent();
    FontSetup setup(Theme::fontDir());
    CHECK_FALSE(setup.build("<fontconfig><dir>"));
    CHECK_FALSE(setup.error().isEmpty());
    CHECK(setup.fontFiles().isEmpty());
    CHECK_FALSE(setup.makeCurrent());
    CHECK_FALSE(setup.build("<fontconfig/>"));
    CHECK(setup.error().contains(QStringLiteral("no font")));
    CHECK_FALSE(setup.makeCurrent());
    CHECK(FcConfigGetCurrent() == before);
    // The same object builds the kiosk's configuration afterwards.
    CHECK(setup.build(setup.configurationXml()));
    CHECK(setup.fontFiles().contains(Theme::fontDir() + QStringLiteral("/NotoSans-Regular.ttf")));
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestSupport::prepareEnvironment();
    // These tests are about the kiosk's own configuration, whatever the shell running them chose.
    qunsetenv("FONTCONFIG_FILE");
    QApplication app(argc, argv);
    // As KioskShell::start(): after the QApplication (whose construction must not have read the
    // fonts yet), before Theme::installFonts().
    kioskSetup = FontSetup::useKioskConfiguration();
    Theme::installFonts();
    return Catch::Session().run(argc, argv);
}
