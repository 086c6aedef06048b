#include "wallmarker.h"

#include "theme.h"

#include <QPainter>

WallMarker::WallMarker(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wallMarker"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WallMarker::setPlace(const QString& panel, const QString& row, int panelCount, int rowCount)
{
    m_panel = panel;
    m_row = row;
    m_panelCount = std::max(1, panelCount);
    m_rowCount = std::max(1, rowCount);
    update();
}

QSize WallMarker::sizeHint() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    return { m.buttonHeight * 8, m.buttonHeight * 5 / 2 };
}

void WallMarker::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const Theme::Metrics m = Theme::metricsFor(this);
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    bool numeric = false;
    const int panelNumber = m_panel.toInt(&numeric);
    bool rowNumeric = false;
    const int rowNumber = m_row.toInt(&rowNumeric);
    const int panels = numeric ? std::max(m_panelCount, panelNumber) : 1;
    const int rows = rowNumeric ? std::max(m_rowCount, rowNumber) : 1;
    const int target = numeric ? panelNumber - 1 : 0;

    // The wall: a long low band of panels with a narrow gap between them, on a ground line.
    const QRectF wall = QRectF(rect()).adjusted(2, 2, -2, -m.smallPx - m.spacing / 2);
    const double gap = std::max(1.0, wall.width() / panels * 0.12);
    const double panelWidth = (wall.width() - gap * (panels - 1)) / panels;
    QPointF spot;
    for (int i = 0; i < panels; ++i) {
        const QRectF r(wall.left() + i * (panelWidth + gap), wall.top(), panelWidth, wall.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(i == target ? p.surfaceRaised : p.surface);
        painter.drawRect(r);
        if (i != target)
            continue;
        // Rows of names as faint lines; the name's row as a bright bar with a dot.
        const double rowHeight = r.height() / (rows + 1);
        painter.setPen(QPen(p.border, 1));
        for (int k = 1; k <= rows && rowHeight >= 3; ++k)
            painter.drawLine(QPointF(r.left() + 3, r.top() + k * rowHeight), QPointF(r.right() - 3, r.top() + k * rowHeight));
        const double y = r.top() + (rowNumeric ? rowNumber : (rows + 1) / 2.0) * rowHeight;
        painter.setPen(QPen(p.accent, std::max(3.0, rowHeight * 0.6), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(r.left() + 4, y), QPointF(r.right() - 4, y));
        painter.setPen(QPen(p.accent, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
        spot = QPointF(r.center().x(), y);
    }
    // A dot on the row, bigger than a thin panel, so the eye finds it at once.
    const double radius = std::max(double(m.spacing) * 0.6, std::min(panelWidth * 0.45, double(m.spacing)));
    painter.setPen(QPen(p.background, 2));
    painter.setBrush(p.accent);
    painter.drawEllipse(spot, radius, radius);
    // Ground line and the panel's number under it.
    painter.setPen(QPen(p.mutedText, 2));
    painter.drawLine(QPointF(wall.left(), wall.bottom() + 1), QPointF(wall.right(), wall.bottom() + 1));
    QFont font(Theme::sansFamily());
    font.setPixelSize(m.smallPx);
    painter.setFont(font);
    painter.setPen(p.accent);
    const double centre = wall.left() + target * (panelWidth + gap) + panelWidth / 2;
    const QRectF label(centre - m.minTarget * 2, wall.bottom() + 3, m.minTarget * 4, m.smallPx + m.spacing / 2);
    painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, m_panel);
}
