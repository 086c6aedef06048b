#include "accessibilitybar.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>

namespace {

// Small drawn icons: no icon font or theme is needed, and they read at any size. Light strokes
// for the normal button, dark ones for the checked (accent-coloured) button.
void drawContrast(QPainter& p, const QColor& colour)
{
    p.setPen(QPen(colour, 5));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(6, 6, 52, 52));
    QPainterPath half;
    half.moveTo(32, 6);
    half.arcTo(QRectF(6, 6, 52, 52), 90, 180);
    half.closeSubpath();
    p.fillPath(half, colour);
}

void drawReach(QPainter& p, const QColor& colour)
{
    p.setPen(QPen(colour, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(32, 6, 32, 44);
    p.drawLine(16, 30, 32, 46);
    p.drawLine(48, 30, 32, 46);
    p.drawLine(10, 58, 54, 58);
}

QIcon drawnIcon(void (*draw)(QPainter&, const QColor&))
{
    QIcon icon;
    for (const auto& [colour, state] : { std::pair { QColor(0xec, 0xe7, 0xdf), QIcon::Off },
             std::pair { QColor(0x15, 0x16, 0x19), QIcon::On } }) {
        QPixmap pixmap(64, 64);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p, colour);
        p.end();
        icon.addPixmap(pixmap, QIcon::Normal, state);
    }
    return icon;
}

QIcon contrastIcon()
{
    return drawnIcon(&drawContrast);
}

QIcon reachIcon()
{
    return drawnIcon(&drawReach);
}

} // namespace

AccessibilityBar::AccessibilityBar(QWidget* parent)
    : QWidget(parent)
    , m_textSize(new QPushButton(this))
    , m_contrast(new QPushButton(contrastIcon(), QString(), this))
    , m_reach(new QPushButton(reachIcon(), QString(), this))
{
    m_textSize->setObjectName(QStringLiteral("textSizeButton"));
    m_contrast->setObjectName(QStringLiteral("contrastButton"));
    m_reach->setObjectName(QStringLiteral("reachButton"));
    m_contrast->setCheckable(true);
    m_reach->setCheckable(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_textSize);
    layout->addWidget(m_contrast);
    layout->addWidget(m_reach);
    connect(m_textSize, &QPushButton::clicked, this,
        [this] { Q_EMIT textStepRequested((m_textStep + 1) % (Theme::MaxTextStep + 1)); });
    connect(m_contrast, &QPushButton::clicked, this, &AccessibilityBar::highContrastRequested);
    connect(m_reach, &QPushButton::clicked, this, &AccessibilityBar::reachModeRequested);
    retranslate();
}

void AccessibilityBar::setState(int textStep, bool highContrast, bool reachMode)
{
    m_textStep = textStep;
    m_contrast->setChecked(highContrast);
    m_reach->setChecked(reachMode);
    // "A", "A+", "A++": the label shows the step in force.
    m_textSize->setText(QStringLiteral("A") + QString(textStep, QLatin1Char('+')));
    retranslate();
    const int icon = Theme::metricsFor(this).bodyPx;
    m_contrast->setIconSize(QSize(icon, icon));
    m_reach->setIconSize(QSize(icon, icon));
}

void AccessibilityBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccessibilityBar::retranslate()
{
    m_textSize->setAccessibleName(tr("Text size"));
    //: %1 is the step: 0 normal, 1 large, 2 largest.
    m_textSize->setAccessibleDescription(tr("Makes the text larger; now at step %1 of %2").arg(m_textStep).arg(Theme::MaxTextStep));
    m_contrast->setAccessibleName(tr("High contrast"));
    m_contrast->setAccessibleDescription(tr("Shows white text on black"));
    //: Reach mode moves every control into the lower part of the screen, within reach of a seated visitor.
    m_reach->setAccessibleName(tr("Reach mode"));
    m_reach->setAccessibleDescription(tr("Moves every control into the lower part of the screen"));
}
