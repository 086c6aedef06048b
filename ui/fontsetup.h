#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct _FcConfig; // fontconfig's FcConfig: its header stays out of the widgets' headers

// The kiosk's own fontconfig configuration, built in memory: the Noto folder it draws with and
// Debian's rendering settings, nothing else. Debian's default configuration parses about 50 XML
// files and lists every installed font, which is most of the fonts step of the kiosk's start-up;
// the kiosk only ever asks for Noto Sans and Noto Serif. The whole Noto folder is kept, so names
// in other scripts still find a Noto font to fall back on.
class FontSetup
{
public:
    enum class Result {
        Applied,               // fontconfig's current configuration is the kiosk's
        ExplicitConfiguration, // FONTCONFIG_FILE is set: it is used, as fontconfig would
        NoFontDir,             // no Noto folder: the system's configuration (Theme::installFonts warns)
        Failed,                // fontconfig refused the configuration: the system's (logged)
    };

    // Makes the kiosk's configuration fontconfig's current one. Call before anything uses fonts:
    // Qt reads fontconfig's font list once, at the first use of QFontDatabase (checked: nothing in
    // the QApplication constructor does, with the offscreen, xcb or wayland platform). Never
    // fails the kiosk: anything wrong leaves the system's configuration in place.
    static Result useKioskConfiguration();

    explicit FontSetup(const QString& fontDir);
    ~FontSetup();
    FontSetup(const FontSetup&) = delete;
    FontSetup& operator=(const FontSetup&) = delete;

    // What useKioskConfiguration() does, for this font folder.
    Result apply();

    // The configuration, as fontconfig XML.
    QByteArray configurationXml() const;
    // Builds a configuration from `xml` and reads its fonts (from fontconfig's caches when they
    // are up to date). False, with error(), when fontconfig refuses it or it finds no font.
    bool build(const QByteArray& xml);
    // The font files the built configuration lists.
    QStringList fontFiles() const;
    // Hands the built configuration to fontconfig as the current one.
    bool makeCurrent();
    QString error() const { return m_error; }

private:
    bool fail(const QString& error);
    void release();

    QString m_fontDir;
    _FcConfig* m_config = nullptr;
    QString m_error;
};
