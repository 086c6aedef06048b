#include "playericons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

void drawArrowCircle(QPainter& p, const QRectF& r, bool forward)
{
    // Three quarters of a circle with an arrow head, like a "skip" sign.
    const QRectF arc = r.adjusted(r.width() * 0.12, r.height() * 0.12, -r.width() * 0.12, -r.height() * 0.12);
    const int start = forward ? 90 * 16 + 30 * 16 : 90 * 16 - 30 * 16;
    const int span = forward ? -300 * 16 : 300 * 16;
    p.drawArc(arc, start, span);
    const QPointF top(arc.center().x(), arc.top());
    const double head = r.width() * 0.16;
    const double dir = forward ? 1.0 : -1.0;
    QPainterPath arrow;
    arrow.moveTo(top + QPointF(dir * head, 0));
    arrow.lineTo(top + QPointF(-dir * head * 0.3, -head * 0.8));
    arrow.lineTo(top + QPointF(-dir * head * 0.3, head * 0.8));
    arrow.closeSubpath();
    p.fillPath(arrow, p.pen().color());
}

void drawSpeaker(QPainter& p, const QRectF& r, bool up)
{
    const double w = r.width();
    QPainterPath body;
    body.moveTo(r.left() + w * 0.10, r.top() + w * 0.38);
    body.lineTo(r.left() + w * 0.28, r.top() + w * 0.38);
    body.lineTo(r.left() + w * 0.50, r.top() + w * 0.18);
    body.lineTo(r.left() + w * 0.50, r.top() + w * 0.82);
    body.lineTo(r.left() + w * 0.28, r.top() + w * 0.62);
    body.lineTo(r.left() + w * 0.10, r.top() + w * 0.62);
    body.closeSubpath();
    p.fillPath(body, p.pen().color());
    const QPointF c(r.left() + w * 0.78, r.center().y());
    p.drawLine(c - QPointF(w * 0.14, 0), c + QPointF(w * 0.14, 0));
    if (up)
        p.drawLine(c - QPointF(0, w * 0.14), c + QPointF(0, w * 0.14));
}

} // namespace

QIcon PlayerIcons::icon(Kind kind, const QColor& color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax(2.0, size / 12.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    const QRectF r(0, 0, size, size);
    const double s = size;
    switch (kind) {
    case Kind::Play: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.28, s * 0.18);
        triangle.lineTo(s * 0.82, s * 0.50);
        triangle.lineTo(s * 0.28, s * 0.82);
        triangle.closeSubpath();
        p.fillPath(triangle, color);
        break;
    }
    case Kind::Pause:
        p.fillRect(QRectF(s * 0.24, s * 0.18, s * 0.18, s * 0.64), color);
        p.fillRect(QRectF(s * 0.58, s * 0.18, s * 0.18, s * 0.64), color);
        break;
    case Kind::Back15:
        drawArrowCircle(p, r, false);
        break;
    case Kind::Forward15:
        drawArrowCircle(p, r, true);
        break;
    case Kind::Replay:
        drawArrowCircle(p, r, false);
        break;
    case Kind::Close:
        p.drawLine(QPointF(s * 0.25, s * 0.25), QPointF(s * 0.75, s * 0.75));
        p.drawLine(QPointF(s * 0.75, s * 0.25), QPointF(s * 0.25, s * 0.75));
        break;
    case Kind::VolumeDown:
        drawSpeaker(p, r, false);
        break;
    case Kind::VolumeUp:
        drawSpeaker(p, r, true);
        break;
    }
    p.end();
    return QIcon(pixmap);
}
