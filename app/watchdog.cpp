#include "watchdog.h"

#include "logfile.h"
#include "logging.h"

#include <cstdio>
#include <cstdlib>

namespace {

void abortProcess(const QString& reason)
{
    // Not through qCCritical: the frozen thread may hold the log's lock. Straight to stderr, and to
    // the log file only if its lock comes free.
    const QByteArray line = LogFile::formatLine(QtCriticalMsg, "alzhir.kiosk", reason);
    std::fprintf(stderr, "critical alzhir.kiosk: %s\n", reason.toUtf8().constData());
    std::fflush(stderr);
    if (LogFile* log = LogFile::installed())
        log->writeEmergency(line);
    std::abort();
}

} // namespace

Watchdog::Watchdog(std::chrono::milliseconds timeout, StaleHandler onStale, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
    , m_onStale(onStale ? std::move(onStale) : StaleHandler(abortProcess))
{
    const auto beatInterval = std::clamp<qint64>(m_timeout.count() / 4, 50, 1000);
    m_heartbeat.setInterval(static_cast<int>(beatInterval));
    connect(&m_heartbeat, &QTimer::timeout, this, &Watchdog::beat);
}

Watchdog::~Watchdog()
{
    stop();
}

qint64 Watchdog::steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void Watchdog::beat()
{
    m_lastBeatMs.store(steadyNowMs());
}

void Watchdog::start()
{
    if (m_timeout.count() <= 0) {
        qCInfo(lcKiosk) << "watchdog off (health/watchdogTimeout = 0)";
        return;
    }
    if (isRunning())
        return;
    beat();
    m_heartbeat.start();
    m_stopping = false;
    m_thread = std::thread(&Watchdog::run, this);
    qCInfo(lcKiosk).noquote() << "watchdog on: restarts the kiosk when the interface stops responding for"
                              << m_timeout.count() / 1000.0 << "s"
                              << (m_systemd.watchdogInterval().count() > 0 ? "(and notifies systemd)" : "");
}

void Watchdog::stop()
{
    m_heartbeat.stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Watchdog::run()
{
    using namespace std::chrono;
    const qint64 timeoutMs = m_timeout.count();
    const qint64 systemdMs = duration_cast<milliseconds>(m_systemd.watchdogInterval()).count();
    qint64 checkMs = std::clamp<qint64>(timeoutMs / 4, 20, 500);
    if (systemdMs > 0)
        checkMs = std::min(checkMs, std::max<qint64>(systemdMs / 4, 20));
    qint64 lastPingMs = 0;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, milliseconds(checkMs), [this] { return m_stopping; })) {
        const qint64 now = steadyNowMs();
        const qint64 staleMs = now - m_lastBeatMs.load();
        if (staleMs > timeoutMs) {
            m_onStale(QStringLiteral("watchdog: the user interface has not responded for %1 s (limit %2 s); "
                                     "aborting so that the service restarts the kiosk")
                          .arg(staleMs / 1000.0, 0, 'f', 1)
                          .arg(timeoutMs / 1000.0));
            return;
        }
        if (systemdMs > 0 && now - lastPingMs >= systemdMs / 2) {
            if (m_systemd.watchdog())
                m_pings.fetch_add(1);
            lastPingMs = now;
        }
    }
}
