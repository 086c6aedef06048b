#include "clock.h"

SystemClock::SystemClock(QObject* parent)
    : Clock(parent)
{
    m_elapsed.start();
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

qint64 SystemClock::monotonicMs() const
{
    return m_elapsed.elapsed();
}

ManualClock::ManualClock(const QDateTime& start, QObject* parent)
    : Clock(parent)
    , m_now(start)
{
}

void ManualClock::advance(qint64 ms)
{
    if (ms < 0)
        return;
    m_now = m_now.addMSecs(ms);
    m_monotonicMs += ms;
    Q_EMIT advanced();
}

void ManualClock::setNow(const QDateTime& now)
{
    const qint64 delta = m_now.msecsTo(now);
    m_now = now;
    if (delta > 0)
        m_monotonicMs += delta;
    Q_EMIT advanced();
}
