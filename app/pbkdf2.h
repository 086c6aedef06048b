#pragma once

#include <QByteArray>

// PBKDF2 with HMAC-SHA256 (RFC 8018, section 5.2) on Qt Core's HMAC, for the staff PIN. Qt's own
// (QPasswordDigestor) is in Qt Network, a library the kiosk does not otherwise need and that costs
// its start-up about 2 ms (docs/benchmarks.md).
class Pbkdf2
{
public:
    // The first `keyBytes` bytes of the derived key; empty when an argument is out of range
    // (iterations or keyBytes below 1).
    static QByteArray sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyBytes);
};
