#include "staffgesture.h"

#include "clock.h"
#include "logging.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWidget>

StaffGesture::StaffGesture(QWidget* window, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_clock(clock)
{
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &StaffGesture::check);
    connect(&m_clock, &Clock::advanced, this, &StaffGesture::check);
    qApp->installEventFilter(this);
}

StaffGesture::~StaffGesture()
{
    qApp->removeEventFilter(this);
}

void StaffGesture::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        release();
}

int StaffGesture::cornerSize() const
{
    if (!m_window)
        return 0;
    const int shortSide = std::min(m_window->width(), m_window->height());
    return std::max(80, shortSide * 8 / 100);
}

bool StaffGesture::inCorner(const QPointF& globalPos) const
{
    if (!m_window || !m_window->isVisible())
        return false;
    const QPoint local = m_window->mapFromGlobal(globalPos.toPoint());
    return local.x() >= 0 && local.y() >= 0 && local.x() < cornerSize() && local.y() < cornerSize();
}

void StaffGesture::press(const QPointF& globalPos)
{
    if (!m_enabled || !inCorner(globalPos)) {
        release();
        return;
    }
    m_pressedAtMs = m_clock.monotonicMs();
    m_tick.start();
}

void StaffGesture::move(const QPointF& globalPos)
{
    if (isHolding() && !inCorner(globalPos))
        release();
}

void StaffGesture::release()
{
    m_pressedAtMs = -1;
    m_tick.stop();
}

void StaffGesture::check()
{
    if (!isHolding() || m_clock.monotonicMs() - m_pressedAtMs < HoldMs)
        return;
    release();
    qCInfo(lcKiosk) << "staff gesture recognised";
    Q_EMIT triggered();
}

bool StaffGesture::eventFilter(QObject* watched, QEvent* event)
{
    // Only events for widgets of the kiosk window (a touch arrives for the window and its widget).
    const bool ours = watched->isWidgetType() && m_window
        && (watched == m_window || m_window->isAncestorOf(static_cast<QWidget*>(watched)));
    if (!ours)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        auto* touch = static_cast<QTouchEvent*>(event);
        if (event->type() == QEvent::TouchEnd || event->type() == QEvent::TouchCancel || touch->pointCount() != 1)
            release();
        else if (event->type() == QEvent::TouchBegin)
            press(touch->point(0).globalPosition());
        else
            move(touch->point(0).globalPosition());
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->source() == Qt::MouseEventSynthesizedByQt)
            break; // the touch itself was seen
        if (event->type() == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton)
            press(mouse->globalPosition());
        else if (event->type() == QEvent::MouseMove)
            move(mouse->globalPosition());
        else
            release();
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
