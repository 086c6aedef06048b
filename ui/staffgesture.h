#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class QWidget;

// The hidden way in for staff: a finger (or the mouse) held still in the top-left corner of the
// kiosk window for five seconds. Watched at the application level, so it works over every screen
// and overlay, the dark closed screen included; the touches themselves go on to the widgets as
// usual. Time comes from the injected clock.
class StaffGesture : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 HoldMs = 5000;

    StaffGesture(QWidget* window, const Clock& clock, QObject* parent = nullptr);
    ~StaffGesture() override;

    // The corner's side in pixels (about 8% of the window's short side, at least 80).
    int cornerSize() const;
    bool isHolding() const { return m_pressedAtMs >= 0; }
    void setEnabled(bool enabled);

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void press(const QPointF& globalPos);
    void move(const QPointF& globalPos);
    void release();
    void check();
    bool inCorner(const QPointF& globalPos) const;

    QPointer<QWidget> m_window;
    const Clock& m_clock;
    QTimer m_tick;
    qint64 m_pressedAtMs = -1;
    bool m_enabled = true;
};
