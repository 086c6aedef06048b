#pragma once

#include <QElapsedTimer>

#include <ctime>

// The time since the process started, for start-up measurements (--exit-after-first-frame and the
// bare-window reference in tests/bench, which includes this header and links nothing else).
//
// A process cannot read its own start with the precision needed (/proc's start time counts in
// 10 ms ticks), so the time before main() - the dynamic loader mapping and relocating the
// libraries, static initialisers - is taken as the CPU time the process had used when main()
// began: one thread, nothing to wait for on a warm start, so CPU time is wall time there
// (checked against a stopwatch outside the process: within 2 ms, docs/benchmarks.md). From main()
// on it is wall time. Construct it first thing in main().
class ProcessClock
{
public:
    ProcessClock()
    {
        timespec cpu {};
        if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) == 0)
            m_beforeMainNs = qint64(cpu.tv_sec) * 1'000'000'000 + cpu.tv_nsec;
        m_sinceMain.start();
    }

    qint64 beforeMainMs() const { return m_beforeMainNs / 1'000'000; }
    qint64 sinceMainMs() const { return m_sinceMain.elapsed(); }
    // Milliseconds since the process started.
    qint64 elapsedMs() const { return (m_beforeMainNs + m_sinceMain.nsecsElapsed()) / 1'000'000; }

private:
    qint64 m_beforeMainNs = 0;
    QElapsedTimer m_sinceMain;
};
