#pragma once

#include <QString>

// The staff PIN, stored only as a salted PBKDF2-HMAC-SHA256 hash in kiosk.conf
// (staff/pinHash = "pbkdf2-sha256:<iterations>:<hex>", staff/pinSalt = 32 hex digits).
class StaffPin
{
public:
    static constexpr int Iterations = 100000;
    static constexpr int MinDigits = 4;
    static constexpr int MaxDigits = 12;

    struct Credential
    {
        QString hash;
        QString salt;
        bool isSet() const { return !hash.isEmpty() && !salt.isEmpty(); }
    };

    // 4 to 12 digits 0-9, nothing else.
    static bool isValidPin(const QString& pin);
    // A credential for `pin` with a fresh random salt. `pin` must be valid.
    static Credential make(const QString& pin);
    // True when `pin` matches; compares in constant time. False for an unset or malformed credential.
    static bool verify(const QString& pin, const Credential& credential);

    static bool isWellFormedHash(const QString& hash);
    static bool isWellFormedSalt(const QString& salt);

private:
    static QByteArray derive(const QString& pin, const QByteArray& salt, int iterations);
};
