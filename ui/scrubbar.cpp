#include "scrubbar.h"

#include "theme.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr qint64 LiveSeekIntervalMs = 250;
}

ScrubBar::ScrubBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("playerScrub"));
    setAttribute(Qt::WA_AcceptTouchEvents, false); // taps and drags arrive as mouse events
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScrubBar::setDuration(qint64 durationMs)
{
    m_duration = qMax<qint64>(0, durationMs);
    update();
}

void ScrubBar::setPosition(qint64 positionMs)
{
    if (m_scrubbing)
        return;
    m_position = qBound<qint64>(0, positionMs, qMax<qint64>(m_duration, 0));
    update();
}

QSize ScrubBar::sizeHint() const
{
    const int h = qMax(48, fontMetrics().height() * 2);
    return { 400, h };
}

QSize ScrubBar::minimumSizeHint() const
{
    return { 120, sizeHint().height() };
}

double ScrubBar::handleRadius() const
{
    return height() * 0.22;
}

QRectF ScrubBar::trackRect() const
{
    const double r = handleRadius();
    const double thickness = qMax(4.0, height() * 0.1);
    return { r, (height() - thickness) / 2.0, width() - 2 * r, thickness };
}

qint64 ScrubBar::positionAt(double x) const
{
    const QRectF track = trackRect();
    if (m_duration <= 0 || track.width() <= 0)
        return 0;
    const double fraction = qBound(0.0, (x - track.left()) / track.width(), 1.0);
    return qint64(fraction * m_duration);
}

void ScrubBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = trackRect();
    const Theme::Palette colours = Theme::palette(Theme::optionsOf(this));
    p.setPen(Qt::NoPen);
    p.setBrush(colours.surfaceRaised.lighter(150));
    p.drawRoundedRect(track, track.height() / 2, track.height() / 2);
    const double fraction = m_duration > 0 ? double(m_position) / m_duration : 0.0;
    QRectF done = track;
    done.setWidth(track.width() * fraction);
    p.setBrush(colours.accent);
    p.drawRoundedRect(done, track.height() / 2, track.height() / 2);
    const double r = m_scrubbing ? handleRadius() * 1.25 : handleRadius();
    p.setBrush(colours.text);
    p.drawEllipse(QPointF(done.right(), track.center().y()), r, r);
}

void ScrubBar::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_duration <= 0)
        return;
    m_scrubbing = true;
    Q_EMIT scrubbingChanged(true);
    m_position = positionAt(event->position().x());
    m_lastSeekAt = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT seekRequested(m_position);
    update();
}

void ScrubBar::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_scrubbing)
        return;
    m_position = positionAt(event->position().x());
    update();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastSeekAt >= LiveSeekIntervalMs) {
        m_lastSeekAt = now;
        Q_EMIT seekRequested(m_position);
    }
}

void ScrubBar::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_scrubbing)
        return;
    m_position = positionAt(event->position().x());
    m_scrubbing = false;
    Q_EMIT seekRequested(m_position);
    Q_EMIT scrubbingChanged(false);
    update();
}
