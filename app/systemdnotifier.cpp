#include "systemdnotifier.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

SystemdNotifier::SystemdNotifier()
    : m_socket(qgetenv("NOTIFY_SOCKET"))
{
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    const bool forUs = pid.isEmpty() || pid.toLongLong() == static_cast<long long>(::getpid());
    bool ok = false;
    const qint64 usec = qgetenv("WATCHDOG_USEC").toLongLong(&ok);
    if (forUs && ok && usec > 0)
        m_watchdog = std::chrono::microseconds(usec);
    // Only "/path" and "@abstract" sockets are understood (as libsystemd does).
    if (!m_socket.startsWith('/') && !m_socket.startsWith('@'))
        m_socket.clear();
}

bool SystemdNotifier::notify(const QByteArray& state) const
{
    if (m_socket.isEmpty())
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (static_cast<size_t>(m_socket.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socket.constData(), static_cast<size_t>(m_socket.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // an abstract socket
    const socklen_t length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + static_cast<size_t>(m_socket.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.constData(), static_cast<size_t>(state.size()), MSG_NOSIGNAL,
        reinterpret_cast<const sockaddr*>(&address), length);
    ::close(fd);
    return sent == state.size();
}
