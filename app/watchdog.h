#pragma once

#include "systemdnotifier.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

// A frozen kiosk must not stay frozen. The UI thread beats a heartbeat from its event loop; a
// separate thread checks it and, when the beat is older than the timeout, logs why and aborts the
// process so that its service starts it again. Where systemd gave the process a watchdog
// (WATCHDOG_USEC, NOTIFY_SOCKET), the same thread passes WATCHDOG=1 on, but only while the
// heartbeat is fresh. Real time (a steady clock), not the injected clock: a hang is real.
class Watchdog : public QObject
{
    Q_OBJECT

public:
    using StaleHandler = std::function<void(const QString& reason)>;

    // `onStale` replaces the abort (for tests); by default the process aborts.
    explicit Watchdog(std::chrono::milliseconds timeout, StaleHandler onStale = {}, QObject* parent = nullptr);
    ~Watchdog() override;

    // Starts the heartbeat timer on the calling (UI) thread and the checking thread. A zero timeout
    // leaves the watchdog off.
    void start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Marks the UI thread as alive now (the heartbeat timer calls it).
    void beat();
    // How many systemd WATCHDOG=1 notifications were sent (tests).
    int systemdPings() const { return m_pings.load(); }

private:
    void run();
    static qint64 steadyNowMs();

    const std::chrono::milliseconds m_timeout;
    StaleHandler m_onStale;
    SystemdNotifier m_systemd;
    QTimer m_heartbeat;
    std::atomic<qint64> m_lastBeatMs { 0 };
    std::atomic<int> m_pings { 0 };
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};
