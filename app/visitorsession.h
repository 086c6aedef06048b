#pragma once

#include "openinghours.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class Clock;

// One visitor's use of the kiosk, from the first touch to the moment the kiosk is ready for the
// next one:
//
//   Attract --touch--> Active --idle timeout--> AskStillHere --countdown--> Attract
//                        ^                          |
//                        +---------touch------------+
//
// A testimony that is playing keeps the session Active (setBusy). Outside opening hours the kiosk
// is Closed (dark); a visitor still using it at closing time finishes first (at most
// ClosingGraceMs). Whenever a session ends, resetForNewVisitor() is emitted: the screens forget
// the visitor and waiting content swaps are applied. Time comes only from the injected clock.
class VisitorSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Attract, Active, AskStillHere, Closed };
    Q_ENUM(State)

    static constexpr qint64 ClosingGraceMs = 15 * 60 * 1000;

    explicit VisitorSession(const Clock& clock, QObject* parent = nullptr);

    void setIdleTimeout(std::chrono::milliseconds timeout);
    void setStillHereCountdown(std::chrono::milliseconds countdown);
    void setOpeningHours(const OpeningHours& hours);
    const OpeningHours& openingHours() const { return m_hours; }

    // Enters Attract, or Closed outside opening hours, and starts watching the clock.
    void start();

    State state() const { return m_state; }
    // Nobody is using the kiosk: the moment for content swaps and restarts.
    bool isIdle() const { return m_state == State::Attract || m_state == State::Closed; }
    bool isBusy() const { return m_busy; }
    // Whole seconds left on the "Are you still here?" countdown (0 outside that state).
    int secondsLeft() const;

    // A visitor touched the screen. Ignored while Closed (the staff gesture is handled elsewhere).
    void userActivity();
    // A testimony is playing: the visitor is watching, not idle.
    void setBusy(bool busy);
    // Asked on every poll instead of waiting for setBusy() (e.g. "is the main window busy?").
    void setBusyProbe(std::function<bool()> probe) { m_busyProbe = std::move(probe); }
    // Ends the session now, as the countdown would (staff "reset", tests).
    void endSession();
    // Re-evaluates the state against the clock; the timer and the clock's advanced() call it.
    // Does nothing before start().
    void poll();

Q_SIGNALS:
    void stateChanged(VisitorSession::State state);
    // A touch on the attract loop started a new visitor's session.
    void sessionStarted();
    // The session ended: forget the visitor, apply waiting content. Emitted before stateChanged().
    void resetForNewVisitor();
    void countdownChanged(int secondsLeft);

private:
    void setState(State state);
    void finishSession();
    bool isOpenNow() const;

    const Clock& m_clock;
    QTimer m_tick;
    OpeningHours m_hours;
    qint64 m_idleTimeoutMs = 90'000;
    qint64 m_countdownMs = 15'000;
    State m_state = State::Attract;
    bool m_busy = false;
    std::function<bool()> m_busyProbe;
    qint64 m_lastActivityMs = 0;
    qint64 m_countdownEndMs = 0;
    qint64 m_closedSinceMs = -1; // while a visitor finishes after closing time
    int m_lastSecondsLeft = -1;
};
