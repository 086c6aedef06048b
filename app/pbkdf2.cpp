#include "pbkdf2.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

QByteArray Pbkdf2::sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyBytes)
{
    if (iterations < 1 || keyBytes < 1)
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray key;
    key.reserve(keyBytes);
    // Block i of the key is U1 ^ U2 ^ ... ^ Uc, where U1 = HMAC(salt || i as 32-bit big-endian)
    // and each next U is the HMAC of the one before.
    for (quint32 block = 1; key.size() < keyBytes; ++block) {
        char index[4];
        qToBigEndian(block, index);
        mac.reset();
        mac.addData(salt);
        mac.addData(index, sizeof index);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype b = 0; b < t.size(); ++b)
                t[b] = static_cast<char>(t.at(b) ^ u.at(b));
        }
        key.append(t.left(keyBytes - key.size()));
    }
    return key;
}
