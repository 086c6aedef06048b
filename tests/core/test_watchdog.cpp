// The watchdog: a frozen UI thread in a child process gets the process aborted (and logged); a
// healthy one does not. systemd's notification socket gets READY=1 and WATCHDOG=1 datagrams, the
// latter only while the heartbeat is fresh.
#include <catch2/catch.hpp>

#include "systemdnotifier.h"
#include "testsupport.h"
#include "watchdog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

using namespace std::chrono_literals;

namespace {

// A datagram socket standing in for systemd's notification socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QString& path)
        : m_path(path.toLocal8Bit())
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_path.constData(), sizeof(address.sun_path) - 1);
        ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address));
    }
    ~NotifySocket() { ::close(m_fd); }

    QList<QByteArray> receive()
    {
        QList<QByteArray> messages;
        char buffer[512];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            messages.append(QByteArray(buffer, static_cast<int>(n)));
        }
        return messages;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
};

struct Environment
{
    Environment(const char* name, const QByteArray& value)
        : m_name(name)
    {
        qputenv(name, value);
    }
    ~Environment() { qunsetenv(m_name); }
    const char* m_name;
};

QProcess* runHelper(QProcess& process, const QString& mode, const QString& stateDir)
{
    process.start(QStringLiteral(ALZHIR_WATCHDOG_HELPER), { mode, stateDir });
    REQUIRE(process.waitForStarted(5000));
    return &process;
}

} // namespace

TEST_CASE("A frozen UI thread gets the process aborted, and the log says why")
{
    QTemporaryDir state;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    runHelper(process, QStringLiteral("freeze"), state.path());
    REQUIRE(process.waitForFinished(15000));
    const qint64 elapsed = timer.elapsed();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(out.toStdString() << err.toStdString());
    CHECK(process.exitStatus() == QProcess::CrashExit);
    CHECK(out.contains(QStringLiteral("freezing")));
    CHECK_FALSE(out.contains(QStringLiteral("still alive")));
    CHECK(err.contains(QStringLiteral("has not responded")));
    // Frozen at 0.5 s with a 1 s limit: aborted well before the 30 s freeze would end.
    CHECK(elapsed < 10000);

    QFile log(state.filePath(QStringLiteral("kiosk.log")));
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK(log.readAll().contains("watchdog: the user interface has not responded"));
}

TEST_CASE("A healthy UI thread is left alone")
{
    QTemporaryDir state;
    QProcess process;
    runHelper(process, QStringLiteral("healthy"), state.path());
    REQUIRE(process.waitForFinished(15000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardOutput().contains("exited normally"));
}

TEST_CASE("The stale handler gets the reason when the heartbeat stops")
{
    std::atomic<bool> fired { false };
    QString reason;
    Watchdog watchdog(1000ms, [&](const QString& why) {
        reason = why;
        fired = true;
    });
    watchdog.start();
    CHECK(watchdog.isRunning());
    TestSupport::waitFor([] { return false; }, 2000); // events processed: heartbeats go on
    CHECK_FALSE(fired.load());
    QThread::msleep(2000); // the UI thread blocked
    CHECK(fired.load());
    watchdog.stop();
    CHECK(reason.contains(QStringLiteral("limit 1 s")));
}

TEST_CASE("A zero timeout leaves the watchdog off")
{
    Watchdog watchdog(0ms, [](const QString&) { FAIL("must not fire"); });
    watchdog.start();
    CHECK_FALSE(watchdog.isRunning());
}

TEST_CASE("systemd gets READY=1 and, while the heartbeat is fresh, WATCHDOG=1")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notify"));
    NotifySocket socket(path);
    Environment notify("NOTIFY_SOCKET", path.toLocal8Bit());
    Environment usec("WATCHDOG_USEC", "200000"); // 0.2 s: a ping every 0.1 s

    CHECK(SystemdNotifier().ready());
    CHECK(socket.receive() == QList<QByteArray> { "READY=1" });

    std::atomic<bool> fired { false };
    Watchdog watchdog(1000ms, [&](const QString&) { fired = true; });
    watchdog.start();
    TestSupport::waitFor([] { return false; }, 800);
    const QList<QByteArray> pings = socket.receive();
    CHECK(pings.size() >= 3);
    CHECK(pings.count("WATCHDOG=1") == pings.size());

    // Frozen past the limit: the handler fires, and no WATCHDOG=1 follows it, so that systemd's
    // own watchdog would fire too.
    QThread::msleep(1700);
    CHECK(fired.load());
    const int before = watchdog.systemdPings();
    QThread::msleep(300);
    CHECK(watchdog.systemdPings() == before);
    watchdog.stop();
}

TEST_CASE("A watchdog meant for another process is ignored")
{
    Environment usec("WATCHDOG_USEC", "200000");
    Environment pid("WATCHDOG_PID", QByteArray::number(static_cast<qint64>(::getpid()) + 1));
    CHECK(SystemdNotifier().watchdogInterval().count() == 0);
}

TEST_CASE("Without NOTIFY_SOCKET nothing is sent")
{
    qunsetenv("NOTIFY_SOCKET");
    const SystemdNotifier notifier;
    CHECK_FALSE(notifier.isAvailable());
    CHECK_FALSE(notifier.ready());
}

TEST_CASE("An abstract notification socket (@name) works")
{
    const QByteArray name = "alzhir-test-" + QByteArray::number(static_cast<qint64>(::getpid()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name.constData(), static_cast<size_t>(name.size()));
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address),
                static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + static_cast<size_t>(name.size())))
        == 0);
    Environment notify("NOTIFY_SOCKET", "@" + name);
    CHECK(SystemdNotifier().status(QStringLiteral("showing content")));
    char buffer[128];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    ::close(fd);
    REQUIRE(n > 0);
    CHECK(QByteArray(buffer, static_cast<int>(n)) == "STATUS=showing content");
}
