#include "pingate.h"

#include "clock.h"
#include "logging.h"

PinGate::PinGate(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void PinGate::setCredential(const StaffPin::Credential& credential)
{
    m_credential = credential;
}

bool PinGate::isLocked() const
{
    return m_lockedUntilMs >= 0 && m_clock.monotonicMs() < m_lockedUntilMs;
}

qint64 PinGate::lockRemainingMs() const
{
    return isLocked() ? m_lockedUntilMs - m_clock.monotonicMs() : 0;
}

int PinGate::triesLeft() const
{
    if (m_lockedUntilMs >= 0)
        return isLocked() ? 0 : MaxTries;
    return MaxTries - m_failures;
}

PinGate::Result PinGate::tryPin(const QString& pin)
{
    if (!hasPin()) {
        qCWarning(lcKiosk) << "staff panel requested, but no staff PIN is set; set one on the kiosk with: "
                              "sudo alzhir-kiosk --set-pin";
        return Result::NoPinSet;
    }
    if (isLocked())
        return Result::Locked;
    if (m_lockedUntilMs >= 0) { // the lock has run out: a fresh set of tries
        m_lockedUntilMs = -1;
        m_failures = 0;
        Q_EMIT lockedChanged(false);
    }
    if (StaffPin::verify(pin, m_credential)) {
        m_failures = 0;
        qCInfo(lcKiosk) << "staff panel opened";
        return Result::Accepted;
    }
    ++m_failures;
    qCInfo(lcKiosk) << "wrong staff PIN," << triesLeft() << "tries left";
    if (m_failures >= MaxTries) {
        m_lockedUntilMs = m_clock.monotonicMs() + LockMs;
        qCWarning(lcKiosk) << "staff PIN pad locked for 5 minutes after" << MaxTries << "wrong tries";
        Q_EMIT lockedChanged(true);
        return Result::Locked;
    }
    return Result::Rejected;
}
