#include "visitorsession.h"

#include "clock.h"
#include "logging.h"

namespace {

constexpr int TickMs = 200;

} // namespace

VisitorSession::VisitorSession(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &VisitorSession::poll);
    connect(&m_clock, &Clock::advanced, this, &VisitorSession::poll);
}

void VisitorSession::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeoutMs = timeout.count();
}

void VisitorSession::setStillHereCountdown(std::chrono::milliseconds countdown)
{
    m_countdownMs = countdown.count();
}

void VisitorSession::setOpeningHours(const OpeningHours& hours)
{
    m_hours = hours;
    poll();
}

void VisitorSession::start()
{
    m_lastActivityMs = m_clock.monotonicMs();
    setState(isOpenNow() ? State::Attract : State::Closed);
    m_tick.start();
}

bool VisitorSession::isOpenNow() const
{
    return m_hours.isOpen(m_clock.now());
}

int VisitorSession::secondsLeft() const
{
    if (m_state != State::AskStillHere)
        return 0;
    const qint64 leftMs = std::max<qint64>(0, m_countdownEndMs - m_clock.monotonicMs());
    return static_cast<int>((leftMs + 999) / 1000);
}

void VisitorSession::userActivity()
{
    m_lastActivityMs = m_clock.monotonicMs();
    switch (m_state) {
    case State::Attract:
        qCInfo(lcKiosk) << "a visitor started a session";
        setState(State::Active);
        Q_EMIT sessionStarted();
        break;
    case State::AskStillHere:
        setState(State::Active);
        break;
    case State::Active:
    case State::Closed:
        break;
    }
}

void VisitorSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_lastActivityMs = m_clock.monotonicMs(); // the idle time counts from the end of a recording
    if (busy && m_state == State::AskStillHere)
        setState(State::Active);
}

void VisitorSession::endSession()
{
    if (m_state == State::Active || m_state == State::AskStillHere)
        finishSession();
}

void VisitorSession::finishSession()
{
    m_busy = false;
    m_closedSinceMs = -1;
    Q_EMIT resetForNewVisitor();
    setState(isOpenNow() ? State::Attract : State::Closed);
}

void VisitorSession::poll()
{
    if (!m_tick.isActive())
        return; // not started yet
    const qint64 nowMs = m_clock.monotonicMs();
    const bool open = isOpenNow();
    switch (m_state) {
    case State::Closed:
        if (open)
            setState(State::Attract);
        return;
    case State::Attract:
        if (!open)
            setState(State::Closed);
        return;
    case State::Active:
    case State::AskStillHere:
        break;
    }

    if (m_busyProbe)
        setBusy(m_busyProbe());
    if (!open) {
        if (m_closedSinceMs < 0)
            m_closedSinceMs = nowMs;
        if (nowMs - m_closedSinceMs >= ClosingGraceMs) {
            qCInfo(lcKiosk) << "closing time: ending the session that was still going";
            finishSession();
            return;
        }
    } else {
        m_closedSinceMs = -1;
    }

    if (m_busy)
        m_lastActivityMs = nowMs;
    if (m_state == State::Active) {
        if (nowMs - m_lastActivityMs >= m_idleTimeoutMs) {
            m_countdownEndMs = nowMs + m_countdownMs;
            setState(State::AskStillHere);
        }
        return;
    }
    if (nowMs >= m_countdownEndMs) {
        qCInfo(lcKiosk) << "no answer to \"are you still here?\": ready for the next visitor";
        finishSession();
        return;
    }
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT countdownChanged(left);
    }
}

void VisitorSession::setState(State state)
{
    if (state == m_state && m_tick.isActive())
        return;
    m_state = state;
    if (state == State::AskStillHere) {
        m_lastSecondsLeft = secondsLeft();
        Q_EMIT countdownChanged(m_lastSecondsLeft);
    }
    if (state == State::Closed)
        qCInfo(lcKiosk) << "outside opening hours: the screen goes dark";
    Q_EMIT stateChanged(state);
}
