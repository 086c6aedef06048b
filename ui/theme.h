#pragma once

#include <QColor>
#include <QSize>
#include <QString>

class QWidget;

// The kiosk's look: a calm, dark, muted palette and large type, scaled to the screen. Sizes are
// given for a 1080-pixel short side (1920x1080 or 1080x1920) and scale with the screen.
class Theme
{
public:
    struct Options
    {
        bool highContrast = false;
        int textStep = 0; // 0 normal, 1 and 2 larger
    };

    struct Palette
    {
        QColor background;
        QColor surface;
        QColor surfaceRaised;
        QColor text;
        QColor mutedText;
        QColor accent;      // bronze: selection, focus ring, the current item
        QColor accentText;  // text on the accent colour
        QColor border;
    };

    struct Metrics
    {
        double scale = 1.0;
        int bodyPx = 28;
        int smallPx = 24;
        int headingPx = 40;
        int titlePx = 56;
        int buttonHeight = 88; // primary buttons and tiles' minimum
        int minTarget = 64;    // any touch target
        int spacing = 16;      // between targets
        int margin = 40;       // around a screen's content
    };

    static constexpr int MaxTextStep = 2;

    static Palette palette(const Options& options);
    static Metrics metrics(const QSize& screen, const Options& options);

    // The options and metrics in force for a widget: those of its top-level window, as set by
    // apply(). Screens size their layouts with metricsFor(this).
    static Options optionsOf(const QWidget* widget);
    static Metrics metricsFor(const QWidget* widget);

    // WCAG 2.1 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor& a, const QColor& b);

    // Font families: a sans for text, a serif for titles; both cover Kazakh Cyrillic.
    static QString sansFamily();
    static QString serifFamily();
    // Where both are: Debian's fonts-noto-core.
    static QString fontDir();
    // Registers the Noto fonts when fontconfig does not already know them; call once after the
    // QApplication exists.
    static void installFonts();

    // Applies palette, fonts and style sheet to a top-level window for the given size.
    static void apply(QWidget* window, const QSize& size, const Options& options);
    static QString styleSheet(const Palette& palette, const Metrics& metrics);
};
