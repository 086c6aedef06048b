#include "staffpin.h"

#include "pbkdf2.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
const QString Scheme = QStringLiteral("pbkdf2-sha256");

// Every byte is looked at whatever the first difference, so the time taken does not tell how
// much of a guess was right.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

bool StaffPin::isValidPin(const QString& pin)
{
    if (pin.size() < MinDigits || pin.size() > MaxDigits)
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QByteArray StaffPin::derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return Pbkdf2::sha256(pin.toUtf8(), salt, iterations, KeyBytes);
}

StaffPin::Credential StaffPin::make(const QString& pin)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derive(pin, salt, Iterations);
    return { Scheme + QLatin1Char(':') + QString::number(Iterations) + QLatin1Char(':') + QString::fromLatin1(key.toHex()),
        QString::fromLatin1(salt.toHex()) };
}

bool StaffPin::verify(const QString& pin, const Credential& credential)
{
    if (!credential.isSet() || !isWellFormedHash(credential.hash) || !isWellFormedSalt(credential.salt))
        return false;
    const QStringList parts = credential.hash.split(QLatin1Char(':'));
    const int iterations = parts.at(1).toInt();
    const QByteArray expected = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray actual = derive(pin, QByteArray::fromHex(credential.salt.toLatin1()), iterations);
    return constantTimeEquals(actual, expected);
}

bool StaffPin::isWellFormedHash(const QString& hash)
{
    static const QRegularExpression pattern(QStringLiteral("^pbkdf2-sha256:(\\d{4,7}):[0-9a-f]{64}$"));
    const QRegularExpressionMatch match = pattern.match(hash);
    return match.hasMatch() && match.captured(1).toInt() >= 1000;
}

bool StaffPin::isWellFormedSalt(const QString& salt)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(salt).hasMatch();
}
