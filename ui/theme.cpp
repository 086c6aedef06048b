#include "theme.h"

#include "logging.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

QString rgb(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

Theme::Palette Theme::palette(const Options& options)
{
    Palette p;
    if (options.highContrast) {
        p.background = QColor(0x00, 0x00, 0x00);
        p.surface = QColor(0x0d, 0x0d, 0x0d);
        p.surfaceRaised = QColor(0x1a, 0x1a, 0x1a);
        p.text = QColor(0xff, 0xff, 0xff);
        p.mutedText = QColor(0xe0, 0xe0, 0xe0);
        p.accent = QColor(0xff, 0xd2, 0x6e);
        p.accentText = QColor(0x00, 0x00, 0x00);
        p.border = QColor(0xff, 0xff, 0xff);
        return p;
    }
    p.background = QColor(0x15, 0x16, 0x19);
    p.surface = QColor(0x1e, 0x20, 0x24);
    p.surfaceRaised = QColor(0x2a, 0x2d, 0x33);
    p.text = QColor(0xec, 0xe7, 0xdf);
    p.mutedText = QColor(0xb4, 0xad, 0xa2);
    p.accent = QColor(0xc2, 0xa2, 0x6b);
    p.accentText = QColor(0x15, 0x16, 0x19);
    p.border = QColor(0x8a, 0x84, 0x7b);
    return p;
}

Theme::Metrics Theme::metrics(const QSize& screen, const Options& options)
{
    Metrics m;
    const int shortSide = std::min(screen.width(), screen.height());
    m.scale = std::clamp(shortSide / 1080.0, 0.6, 2.0);
    const double text = 1.0 + 0.2 * std::clamp(options.textStep, 0, 2);
    auto px = [&](double base, double factor = 1.0) { return std::max(1, int(base * m.scale * factor + 0.5)); };
    m.bodyPx = px(28, text);
    m.smallPx = px(24, text);
    m.headingPx = px(40, text);
    m.titlePx = px(56, std::min(text, 1.2));
    m.buttonHeight = px(88);
    m.minTarget = px(64);
    m.spacing = px(16);
    m.margin = px(40);
    return m;
}

Theme::Options Theme::optionsOf(const QWidget* widget)
{
    const QWidget* window = widget ? widget->window() : nullptr;
    Options options;
    if (window) {
        options.highContrast = window->property("alzhirHighContrast").toBool();
        options.textStep = window->property("alzhirTextStep").toInt();
    }
    return options;
}

Theme::Metrics Theme::metricsFor(const QWidget* widget)
{
    const QWidget* window = widget ? widget->window() : nullptr;
    return metrics(window ? window->size() : QSize(1920, 1080), optionsOf(widget));
}

double Theme::contrastRatio(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Theme::sansFamily()
{
    return QStringLiteral("Noto Sans");
}

QString Theme::serifFamily()
{
    return QStringLiteral("Noto Serif");
}

QString Theme::fontDir()
{
    return QStringLiteral("/usr/share/fonts/truetype/noto");
}

void Theme::installFonts()
{
    const QStringList wanted { sansFamily(), serifFamily() };
    const QStringList known = QFontDatabase::families();
    for (const QString& family : wanted) {
        if (known.contains(family))
            continue;
        const QString base = QString(family).remove(QLatin1Char(' '));
        for (const QString& style : { QStringLiteral("Regular"), QStringLiteral("Bold") }) {
            const QString file = QStringLiteral("%1/%2-%3.ttf").arg(fontDir(), base, style);
            if (QFontDatabase::addApplicationFont(file) < 0)
                qCWarning(lcUi) << "font not found:" << file << "- install the package fonts-noto-core";
        }
    }
    QFont font(sansFamily());
    font.setStyleHint(QFont::SansSerif);
    QApplication::setFont(font);
}

void Theme::apply(QWidget* window, const QSize& size, const Options& options)
{
    window->setProperty("alzhirHighContrast", options.highContrast);
    window->setProperty("alzhirTextStep", options.textStep);
    const Palette p = palette(options);
    const Metrics m = metrics(size, options);
    QPalette qp = window->palette();
    qp.setColor(QPalette::Window, p.background);
    qp.setColor(QPalette::WindowText, p.text);
    qp.setColor(QPalette::Base, p.surface);
    qp.setColor(QPalette::Text, p.text);
    qp.setColor(QPalette::Button, p.surfaceRaised);
    qp.setColor(QPalette::ButtonText, p.text);
    qp.setColor(QPalette::Highlight, p.accent);
    qp.setColor(QPalette::HighlightedText, p.accentText);
    window->setPalette(qp);
    window->setAutoFillBackground(true);
    QFont font(sansFamily());
    font.setPixelSize(m.bodyPx);
    window->setFont(font);
    window->setStyleSheet(styleSheet(p, m));
}

QString Theme::styleSheet(const Palette& p, const Metrics& m)
{
    QString css;
    css += QStringLiteral("QWidget { color: %1; font-family: '%2'; font-size: %3px; }\n")
               .arg(rgb(p.text), sansFamily())
               .arg(m.bodyPx);
    css += QStringLiteral("#mainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: %1; }\n")
               .arg(rgb(p.background));
    css += QStringLiteral("QLabel[role=\"title\"] { font-family: '%1'; font-size: %2px; color: %3; }\n")
               .arg(serifFamily())
               .arg(m.titlePx)
               .arg(rgb(p.text));
    css += QStringLiteral("QLabel[role=\"heading\"] { font-family: '%1'; font-size: %2px; }\n")
               .arg(serifFamily())
               .arg(m.headingPx);
    css += QStringLiteral("QLabel[role=\"muted\"] { color: %1; font-size: %2px; }\n").arg(rgb(p.mutedText)).arg(m.smallPx);
    css += QStringLiteral("QLabel[role=\"sampleMark\"] { color: %1; background: %2; border: 1px solid %3;"
                          " font-size: %4px; padding: %5px %6px; }\n")
               .arg(rgb(p.text), rgb(p.surface), rgb(p.border))
               .arg(m.smallPx)
               .arg(m.spacing / 2)
               .arg(m.spacing);
    css += QStringLiteral("QPushButton, QToolButton { background: %1; color: %2; border: 2px solid %3;"
                          " border-radius: %4px; min-height: %5px; min-width: %6px; padding: 0 %7px; }\n")
               .arg(rgb(p.surfaceRaised), rgb(p.text), rgb(p.border))
               .arg(m.spacing / 2)
               .arg(m.buttonHeight - 4)
               .arg(m.minTarget)
               .arg(m.spacing);
    css += QStringLiteral("QPushButton:pressed, QToolButton:pressed { background: %1; }\n").arg(rgb(p.surface));
    css += QStringLiteral("QPushButton:checked, QToolButton:checked { background: %1; color: %2; border-color: %1; }\n")
               .arg(rgb(p.accent), rgb(p.accentText));
    css += QStringLiteral("QPushButton:disabled, QToolButton:disabled { color: %1; border-color: %2; }\n")
               .arg(rgb(p.mutedText), rgb(p.surfaceRaised));
    css += QStringLiteral("QPushButton:focus, QToolButton:focus { border: 3px solid %1; }\n").arg(rgb(p.accent));
    css += QStringLiteral("TileButton { font-family: '%1'; font-size: %2px; }\n")
               .arg(serifFamily())
               .arg(m.headingPx * 3 / 4);
    css += QStringLiteral("QListView, QListWidget { background: %1; border: none; font-size: %2px; }\n")
               .arg(rgb(p.background))
               .arg(m.bodyPx);
    css += QStringLiteral("QListView::item, QListWidget::item { min-height: %1px; border-bottom: 1px solid %2; }\n")
               .arg(m.minTarget)
               .arg(rgb(p.surfaceRaised));
    css += QStringLiteral("QListView::item:selected, QListWidget::item:selected { background: %1; color: %2; }\n")
               .arg(rgb(p.accent), rgb(p.accentText));
    css += QStringLiteral("QScrollBar:vertical { background: %1; width: %2px; }\n"
                          "QScrollBar::handle:vertical { background: %3; min-height: %4px; border-radius: %5px; }\n"
                          "QScrollBar::add-line, QScrollBar::sub-line { height: 0; }\n")
               .arg(rgb(p.background))
               .arg(m.spacing)
               .arg(rgb(p.border))
               .arg(m.minTarget)
               .arg(m.spacing / 2);
    css += QStringLiteral("#topBar, #navBar { background: %1; }\n").arg(rgb(p.surface));
    return css;
}
