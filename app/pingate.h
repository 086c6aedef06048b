#pragma once

#include "staffpin.h"

#include <QObject>

class Clock;

// The door in front of the staff panel: checks PINs against the stored credential and locks
// itself for five minutes after five wrong tries in a row, so that a curious visitor cannot try
// the PINs one by one. Time comes from the injected clock.
class PinGate : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxTries = 5;
    static constexpr qint64 LockMs = 5 * 60 * 1000;

    enum class Result { Accepted, Rejected, Locked, NoPinSet };

    explicit PinGate(const Clock& clock, QObject* parent = nullptr);

    void setCredential(const StaffPin::Credential& credential);
    bool hasPin() const { return m_credential.isSet(); }

    Result tryPin(const QString& pin);
    bool isLocked() const;
    qint64 lockRemainingMs() const;
    int triesLeft() const;

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    const Clock& m_clock;
    StaffPin::Credential m_credential;
    int m_failures = 0;
    qint64 m_lockedUntilMs = -1;
};
