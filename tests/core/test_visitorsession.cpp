// The visitor session on a manual clock: idle timeout, "are you still here?", attract loop, a
// testimony that keeps the session alive, opening hours. No real waiting.
#include <catch2/catch.hpp>

#include "clock.h"
#include "visitorsession.h"

#include <QSignalSpy>

using State = VisitorSession::State;
using namespace std::chrono_literals;

namespace {

// 2026-06-02 is a Tuesday: open 09:00-18:00 by default.
const QDateTime TuesdayNoon(QDate(2026, 6, 2), QTime(12, 0));

struct SessionFixture
{
    ManualClock clock { TuesdayNoon };
    VisitorSession session { clock };

    SessionFixture()
    {
        session.setIdleTimeout(90s);
        session.setStillHereCountdown(15s);
        session.setOpeningHours(OpeningHours::museumDefault());
        session.start();
    }
    void advanceSeconds(int seconds) { clock.advance(seconds * 1000LL); }
};

} // namespace

TEST_CASE_METHOD(SessionFixture, "The kiosk starts on the attract loop and a touch starts a session")
{
    QSignalSpy started(&session, &VisitorSession::sessionStarted);
    CHECK(session.state() == State::Attract);
    CHECK(session.isIdle());
    session.userActivity();
    CHECK(session.state() == State::Active);
    CHECK_FALSE(session.isIdle());
    CHECK(started.count() == 1);
    session.userActivity(); // further touches are the same session
    CHECK(started.count() == 1);
}

TEST_CASE_METHOD(SessionFixture, "Idle for the timeout asks whether the visitor is still there, with a countdown")
{
    QSignalSpy countdown(&session, &VisitorSession::countdownChanged);
    session.userActivity();
    advanceSeconds(89);
    CHECK(session.state() == State::Active);
    advanceSeconds(1);
    CHECK(session.state() == State::AskStillHere);
    CHECK(session.secondsLeft() == 15);
    REQUIRE(countdown.count() >= 1);
    CHECK(countdown.last().at(0).toInt() == 15);
    for (int second = 1; second < 15; ++second) {
        advanceSeconds(1);
        CHECK(session.secondsLeft() == 15 - second);
    }
    CHECK(countdown.last().at(0).toInt() == 1);
    CHECK(session.state() == State::AskStillHere);
}

TEST_CASE_METHOD(SessionFixture, "A touch during the countdown continues the session")
{
    QSignalSpy reset(&session, &VisitorSession::resetForNewVisitor);
    QSignalSpy started(&session, &VisitorSession::sessionStarted);
    session.userActivity();
    advanceSeconds(95);
    REQUIRE(session.state() == State::AskStillHere);
    session.userActivity();
    CHECK(session.state() == State::Active);
    CHECK(reset.isEmpty());
    CHECK(started.count() == 1);
    // The idle time starts again from that touch.
    advanceSeconds(89);
    CHECK(session.state() == State::Active);
}

TEST_CASE_METHOD(SessionFixture, "No answer: the kiosk resets for the next visitor and shows the attract loop")
{
    QSignalSpy reset(&session, &VisitorSession::resetForNewVisitor);
    QSignalSpy states(&session, &VisitorSession::stateChanged);
    session.userActivity();
    advanceSeconds(90);
    advanceSeconds(15);
    CHECK(session.state() == State::Attract);
    CHECK(reset.count() == 1);
    // Active, AskStillHere, Attract, in that order.
    REQUIRE(states.count() == 3);
    CHECK(states.at(0).at(0).value<State>() == State::Active);
    CHECK(states.at(1).at(0).value<State>() == State::AskStillHere);
    CHECK(states.at(2).at(0).value<State>() == State::Attract);
    // Nothing more happens while nobody is there.
    advanceSeconds(3600);
    CHECK(session.state() == State::Attract);
    CHECK(reset.count() == 1);
}

TEST_CASE_METHOD(SessionFixture, "A playing testimony keeps the session active")
{
    session.userActivity();
    session.setBusy(true);
    advanceSeconds(600); // a ten-minute recording, nobody touches
    CHECK(session.state() == State::Active);
    session.setBusy(false);
    advanceSeconds(89);
    CHECK(session.state() == State::Active);
    advanceSeconds(1);
    CHECK(session.state() == State::AskStillHere);
}

TEST_CASE_METHOD(SessionFixture, "A busy probe is asked on every poll")
{
    bool playing = true;
    session.setBusyProbe([&playing] { return playing; });
    session.userActivity();
    advanceSeconds(300);
    CHECK(session.state() == State::Active);
    playing = false;
    advanceSeconds(1);
    advanceSeconds(89);
    CHECK(session.state() == State::Active);
    advanceSeconds(1);
    CHECK(session.state() == State::AskStillHere);
}

TEST_CASE_METHOD(SessionFixture, "Playback that starts during the countdown continues the session")
{
    session.userActivity();
    advanceSeconds(91);
    REQUIRE(session.state() == State::AskStillHere);
    session.setBusy(true);
    CHECK(session.state() == State::Active);
}

TEST_CASE("Outside opening hours the kiosk is closed and ignores touches")
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0))); // Monday: closed
    VisitorSession session(clock);
    session.setOpeningHours(OpeningHours::museumDefault());
    session.start();
    CHECK(session.state() == State::Closed);
    CHECK(session.isIdle());
    QSignalSpy started(&session, &VisitorSession::sessionStarted);
    session.userActivity();
    CHECK(session.state() == State::Closed);
    CHECK(started.isEmpty());

    // Tuesday 09:00: open, on the attract loop.
    clock.setNow(QDateTime(QDate(2026, 6, 2), QTime(9, 0)));
    CHECK(session.state() == State::Attract);
    // 18:00 with nobody there: closed at once.
    clock.setNow(QDateTime(QDate(2026, 6, 2), QTime(18, 0)));
    CHECK(session.state() == State::Closed);
}

TEST_CASE_METHOD(SessionFixture, "At closing time a visitor finishes before the screen goes dark")
{
    clock.setNow(QDateTime(QDate(2026, 6, 2), QTime(17, 59)));
    session.userActivity();
    session.setBusy(true);
    advanceSeconds(120); // 18:01, still watching
    CHECK(session.state() == State::Active);
    session.setBusy(false);
    QSignalSpy reset(&session, &VisitorSession::resetForNewVisitor);
    advanceSeconds(90);
    CHECK(session.state() == State::AskStillHere); // the visitor still gets the question
    advanceSeconds(15);
    CHECK(reset.count() == 1);
    CHECK(session.state() == State::Closed);
}

TEST_CASE_METHOD(SessionFixture, "A session that goes on long after closing time is ended")
{
    clock.setNow(QDateTime(QDate(2026, 6, 2), QTime(17, 59)));
    session.userActivity();
    session.setBusy(true); // a player that never ends
    advanceSeconds(60);
    for (int minute = 0; minute < 14; ++minute) {
        advanceSeconds(60);
        REQUIRE(session.state() == State::Active);
    }
    advanceSeconds(61);
    CHECK(session.state() == State::Closed);
    CHECK_FALSE(session.isBusy());
}

TEST_CASE_METHOD(SessionFixture, "The question is always shown for its whole countdown, even after a long stall")
{
    session.userActivity();
    advanceSeconds(300); // e.g. the machine was busy; the visitor still gets 15 s to answer
    CHECK(session.state() == State::AskStillHere);
    CHECK(session.secondsLeft() == 15);
}

TEST_CASE_METHOD(SessionFixture, "The staff can end a session at once")
{
    QSignalSpy reset(&session, &VisitorSession::resetForNewVisitor);
    session.endSession(); // nothing to end on the attract loop
    CHECK(reset.isEmpty());
    session.userActivity();
    session.endSession();
    CHECK(reset.count() == 1);
    CHECK(session.state() == State::Attract);
}

TEST_CASE_METHOD(SessionFixture, "The reset is announced before the attract loop is shown")
{
    QList<QString> order;
    QObject::connect(&session, &VisitorSession::resetForNewVisitor, [&] { order.append(QStringLiteral("reset")); });
    QObject::connect(&session, &VisitorSession::stateChanged, [&](State state) {
        if (state == State::Attract)
            order.append(QStringLiteral("attract"));
    });
    session.userActivity();
    advanceSeconds(90);
    advanceSeconds(15);
    CHECK(order == QList<QString> { QStringLiteral("reset"), QStringLiteral("attract") });
}
