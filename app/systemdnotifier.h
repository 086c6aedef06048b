#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// The sd_notify(3) protocol without libsystemd: one datagram to the Unix socket named in
// NOTIFY_SOCKET ("READY=1", "WATCHDOG=1", "STATUS=..."). Does nothing where systemd did not give
// the process a socket (e.g. when the kiosk runs as cage's child in a login session).
class SystemdNotifier
{
public:
    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID from the environment.
    SystemdNotifier();

    bool isAvailable() const { return !m_socket.isEmpty(); }
    // The interval at which systemd wants WATCHDOG=1 (zero: no systemd watchdog for this process).
    std::chrono::microseconds watchdogInterval() const { return m_watchdog; }

    bool notify(const QByteArray& state) const;
    bool ready() const { return notify("READY=1"); }
    bool watchdog() const { return notify("WATCHDOG=1"); }
    bool status(const QString& text) const { return notify("STATUS=" + text.toUtf8()); }

private:
    QByteArray m_socket;
    std::chrono::microseconds m_watchdog { 0 };
};
