#include "fontsetup.h"

#include "logging.h"
#include "theme.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <fontconfig/fontconfig.h>

namespace {

// Debian's fonts.conf and conf.d (Debian 12) reduced to what the kiosk needs:
// - the font folder (%1) and the caches: the system's (fc-cache, run when a font package is
//   installed), then the kiosk user's own for a folder the system's does not cover yet; dpkg's
//   temporary files are left out while a font package is upgraded, as Debian's fonts.conf does;
// - slight hinting: fontconfig's own default is full, which draws other glyph shapes. Debian's
//   other rendering settings are what Qt does without them (antialiasing; the default LCD filter,
//   which only sub-pixel rendering uses, and Debian sets no sub-pixel order): checked on the
//   kiosk's screenshots, the same to the pixel with them and without;
// - the generic families, which decide the font for a character the kiosk's fonts lack (the
//   minus sign, the arrow, the erase key, the PIN dots). Debian sends a font without a generic
//   family to sans-serif, whose first fonts (DejaVu) are not in the folder; without these rules,
//   fontconfig's own order draws the minus sign from a Gujarati serif. So, as in Debian, a font
//   without one goes to sans-serif, and sans-serif and serif name the kiosk's fonts, then the Noto
//   fonts for mathematical signs and symbols (%2: genericAlias()).
const char* const ConfigurationTemplate = R"(<?xml version="1.0"?>
<fontconfig>
  <dir>%1</dir>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <selectfont>
    <rejectfont>
      <glob>*.dpkg-tmp</glob>
      <glob>*.dpkg-new</glob>
    </rejectfont>
  </selectfont>
  <match target="pattern">
    <edit name="hintstyle" mode="append"><const>hintslight</const></edit>
  </match>
  <match target="pattern">
    <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>
    <edit name="family" mode="append_last"><string>sans-serif</string></edit>
  </match>
%2</fontconfig>
)";

// `generic` (sans-serif, serif) as `family` first, then the Noto fonts for signs and symbols.
QString genericAlias(const QString& generic, const QString& family)
{
    QString xml = QStringLiteral("  <alias>\n    <family>%1</family>\n    <prefer>\n").arg(generic);
    for (const QString& f : { family, QStringLiteral("Noto Sans Math"), QStringLiteral("Noto Sans Symbols2"),
             QStringLiteral("Noto Sans Symbols") })
        xml += QStringLiteral("      <family>%1</family>\n").arg(f.toHtmlEscaped());
    return xml + QStringLiteral("    </prefer>\n  </alias>\n");
}

} // namespace

FontSetup::Result FontSetup::useKioskConfiguration()
{
    QElapsedTimer timer;
    timer.start();
    FontSetup setup(Theme::fontDir());
    const Result result = setup.apply();
    if (result == Result::Applied) {
        const QString ms = QString::number(static_cast<double>(timer.nsecsElapsed()) / 1e6, 'f', 1);
        const qsizetype fonts = setup.fontFiles().size();
        qCInfo(lcUi).noquote() << "fonts: the kiosk's own fontconfig configuration," << fonts << "fonts from"
                               << Theme::fontDir() << "in" << ms << "ms";
    }
    return result;
}

FontSetup::FontSetup(const QString& fontDir)
    : m_fontDir(fontDir)
{
}

FontSetup::~FontSetup()
{
    release();
}

FontSetup::Result FontSetup::apply()
{
    // An explicit configuration is someone's choice (a test, a staff member's fix): fontconfig
    // reads it on its own once Qt asks for fonts.
    if (!qEnvironmentVariableIsEmpty("FONTCONFIG_FILE")) {
        qCInfo(lcUi).noquote() << "fonts: FONTCONFIG_FILE is set to"
                               << qEnvironmentVariable("FONTCONFIG_FILE")
                               << "- the kiosk uses that configuration, not its own";
        return Result::ExplicitConfiguration;
    }
    if (!QFileInfo(m_fontDir).isDir())
        return Result::NoFontDir;
    if (!build(configurationXml()) || !makeCurrent()) {
        qCWarning(lcUi).noquote() << "fonts: the kiosk's fontconfig configuration failed:" << m_error
                                  << "- using the system's (slower to start)";
        return Result::Failed;
    }
    return Result::Applied;
}

QByteArray FontSetup::configurationXml() const
{
    const QString folder = m_fontDir.toHtmlEscaped();
    const QString aliases = genericAlias(QStringLiteral("sans-serif"), Theme::sansFamily())
        + genericAlias(QStringLiteral("serif"), Theme::serifFamily());
    return QString::fromLatin1(ConfigurationTemplate).arg(folder, aliases).toUtf8();
}

bool FontSetup::build(const QByteArray& xml)
{
    release();
    m_error.clear();
    m_config = FcConfigCreate();
    if (!m_config)
        return fail(QStringLiteral("fontconfig has no memory for a configuration"));
    // Complaining makes fontconfig say on stderr where the XML is wrong.
    if (!FcConfigParseAndLoadFromMemory(m_config, reinterpret_cast<const FcChar8*>(xml.constData()), FcTrue))
        return fail(QStringLiteral("fontconfig cannot read the configuration"));
    if (!FcConfigBuildFonts(m_config))
        return fail(QStringLiteral("fontconfig cannot list the fonts in %1").arg(m_fontDir));
    // Without a font Qt would have nothing to draw the kiosk's text with.
    const FcFontSet* fonts = FcConfigGetFonts(m_config, FcSetSystem);
    if (!fonts || fonts->nfont == 0)
        return fail(QStringLiteral("no font in %1").arg(m_fontDir));
    return true;
}

QStringList FontSetup::fontFiles() const
{
    QStringList files;
    if (!m_config)
        return files;
    const FcFontSet* fonts = FcConfigGetFonts(m_config, FcSetSystem);
    for (int i = 0; fonts && i < fonts->nfont; ++i) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) == FcResultMatch)
            files.append(QFile::decodeName(reinterpret_cast<const char*>(file)));
    }
    files.removeDuplicates(); // the faces of one collection file
    return files;
}

bool FontSetup::makeCurrent()
{
    if (!m_config)
        return fail(QStringLiteral("no configuration was built"));
    // fontconfig keeps a reference of its own; ours goes with this object.
    if (!FcConfigSetCurrent(m_config))
        return fail(QStringLiteral("fontconfig does not take the configuration"));
    return true;
}

bool FontSetup::fail(const QString& error)
{
    m_error = error;
    release();
    return false;
}

void FontSetup::release()
{
    if (m_config)
        FcConfigDestroy(m_config);
    m_config = nullptr;
}
