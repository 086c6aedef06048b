#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

// The time as the kiosk's rules see it: the wall clock (opening hours, usage counts per day) and a
// monotonic millisecond counter (idle timeouts, lock-outs). Injected so that tests control time.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Local wall-clock time.
    virtual QDateTime now() const = 0;
    // Milliseconds from an arbitrary start; never goes back.
    virtual qint64 monotonicMs() const = 0;

Q_SIGNALS:
    // The clock jumped (a manual clock was advanced): users re-evaluate at once instead of waiting
    // for their next timer tick. The system clock never emits it.
    void advanced();
};

// The real clock.
class SystemClock final : public Clock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject* parent = nullptr);

    QDateTime now() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer m_elapsed;
};

// A clock that moves only when told to: tests run hours of kiosk time without waiting.
class ManualClock final : public Clock
{
    Q_OBJECT

public:
    explicit ManualClock(const QDateTime& start, QObject* parent = nullptr);

    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    // Moves both clocks forward by `ms` and emits advanced().
    void advance(qint64 ms);
    // Sets the wall clock (both forward and back, as NTP or a staff member might); the monotonic
    // clock moves forward by the difference if it is positive.
    void setNow(const QDateTime& now);

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};
