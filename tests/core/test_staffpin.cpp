// The staff PIN: salted PBKDF2 hashes, and the lock-out after five wrong tries (on a manual clock).
#include <catch2/catch.hpp>

#include "clock.h"
#include "pbkdf2.h"
#include "pingate.h"
#include "staffpin.h"

#include <QSignalSpy>

namespace {

const QDateTime Noon(QDate(2026, 6, 2), QTime(12, 0));

} // namespace

TEST_CASE("Only 4 to 12 digits make a PIN")
{
    CHECK(StaffPin::isValidPin(QStringLiteral("0000")));
    CHECK(StaffPin::isValidPin(QStringLiteral("123456789012")));
    CHECK_FALSE(StaffPin::isValidPin(QStringLiteral("123")));
    CHECK_FALSE(StaffPin::isValidPin(QStringLiteral("1234567890123")));
    CHECK_FALSE(StaffPin::isValidPin(QStringLiteral("12a4")));
    CHECK_FALSE(StaffPin::isValidPin(QStringLiteral("12 34")));
    CHECK_FALSE(StaffPin::isValidPin(QStringLiteral("١٢٣٤"))); // Arabic-Indic digits are not 0-9
    CHECK_FALSE(StaffPin::isValidPin(QString()));
}

TEST_CASE("A PIN is stored as a salted hash that verifies only that PIN")
{
    const StaffPin::Credential credential = StaffPin::make(QStringLiteral("482916"));
    CHECK(credential.isSet());
    CHECK(StaffPin::isWellFormedHash(credential.hash));
    CHECK(StaffPin::isWellFormedSalt(credential.salt));
    CHECK_FALSE(credential.hash.contains(QStringLiteral("482916")));
    CHECK(StaffPin::verify(QStringLiteral("482916"), credential));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("482917"), credential));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("48291"), credential));
    CHECK_FALSE(StaffPin::verify(QString(), credential));

    // The same PIN gets a different salt and hash each time.
    const StaffPin::Credential again = StaffPin::make(QStringLiteral("482916"));
    CHECK(again.salt != credential.salt);
    CHECK(again.hash != credential.hash);
    CHECK(StaffPin::verify(QStringLiteral("482916"), again));
    // A hash with another salt does not verify.
    CHECK_FALSE(StaffPin::verify(QStringLiteral("482916"), { credential.hash, again.salt }));
}

TEST_CASE("The key derivation is PBKDF2-HMAC-SHA256 (RFC 7914 test vectors)")
{
    // RFC 7914, section 11: 64-byte results, two blocks of HMAC-SHA256 each.
    CHECK(Pbkdf2::sha256("passwd", "salt", 1, 64).toHex()
        == QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    CHECK(Pbkdf2::sha256("Password", "NaCl", 80000, 64).toHex()
        == QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                      "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    // The PIN's key is the first 32 bytes; a shorter key is a prefix of a longer one.
    CHECK(Pbkdf2::sha256("Password", "NaCl", 80000, 32) == Pbkdf2::sha256("Password", "NaCl", 80000, 64).left(32));
    CHECK(Pbkdf2::sha256("passwd", "salt", 0, 32).isEmpty());
    CHECK(Pbkdf2::sha256("passwd", "salt", 1, 0).isEmpty());
}

TEST_CASE("A PIN stored before the kiosk derived keys itself still verifies")
{
    // Made with Qt Network's QPasswordDigestor::deriveKeyPbkdf2 (Sha256, 100,000 iterations, 32 bytes).
    const StaffPin::Credential stored { QStringLiteral("pbkdf2-sha256:100000:c2a934dc849052cf89af8d042f8e44e3b1d6fe3131e4dc7d4b3ace598bcc6056"), QStringLiteral("9f3c2a1b7d6e5f4031a2b3c4d5e6f708") };
    CHECK(StaffPin::verify(QStringLiteral("482916"), stored));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("482917"), stored));
}

TEST_CASE("Malformed or missing credentials never verify")
{
    CHECK_FALSE(StaffPin::verify(QStringLiteral("1234"), {}));
    const StaffPin::Credential good = StaffPin::make(QStringLiteral("1234"));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("1234"), { good.hash.left(good.hash.size() - 1), good.salt }));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("1234"), { good.hash, QStringLiteral("xyz") }));
    CHECK_FALSE(StaffPin::verify(QStringLiteral("1234"), { QStringLiteral("1234"), good.salt }));
}

TEST_CASE("With no PIN set the gate never opens")
{
    ManualClock clock(Noon);
    PinGate gate(clock);
    CHECK_FALSE(gate.hasPin());
    CHECK(gate.tryPin(QStringLiteral("0000")) == PinGate::Result::NoPinSet);
    CHECK(gate.tryPin(QString()) == PinGate::Result::NoPinSet);
}

TEST_CASE("The right PIN opens the gate")
{
    ManualClock clock(Noon);
    PinGate gate(clock);
    gate.setCredential(StaffPin::make(QStringLiteral("7391")));
    CHECK(gate.tryPin(QStringLiteral("7391")) == PinGate::Result::Accepted);
}

TEST_CASE("Five wrong tries lock the pad for five minutes")
{
    ManualClock clock(Noon);
    PinGate gate(clock);
    gate.setCredential(StaffPin::make(QStringLiteral("7391")));
    QSignalSpy locked(&gate, &PinGate::lockedChanged);

    for (int attempt = 1; attempt <= 4; ++attempt) {
        CHECK(gate.tryPin(QStringLiteral("0000")) == PinGate::Result::Rejected);
        CHECK(gate.triesLeft() == 5 - attempt);
    }
    CHECK(gate.tryPin(QStringLiteral("0000")) == PinGate::Result::Locked);
    CHECK(gate.isLocked());
    CHECK(locked.count() == 1);
    CHECK(gate.lockRemainingMs() == 5 * 60 * 1000);

    // Even the right PIN is refused while locked.
    CHECK(gate.tryPin(QStringLiteral("7391")) == PinGate::Result::Locked);
    clock.advance(5 * 60 * 1000 - 1);
    CHECK(gate.isLocked());
    CHECK(gate.tryPin(QStringLiteral("7391")) == PinGate::Result::Locked);
    clock.advance(1);
    CHECK_FALSE(gate.isLocked());
    CHECK(gate.triesLeft() == 5);
    CHECK(gate.tryPin(QStringLiteral("7391")) == PinGate::Result::Accepted);
}

TEST_CASE("A lock that ran out gives five fresh tries, and a success resets the count")
{
    ManualClock clock(Noon);
    PinGate gate(clock);
    gate.setCredential(StaffPin::make(QStringLiteral("7391")));
    for (int i = 0; i < 5; ++i)
        gate.tryPin(QStringLiteral("1111"));
    REQUIRE(gate.isLocked());
    clock.advance(PinGate::LockMs);
    for (int i = 0; i < 4; ++i)
        CHECK(gate.tryPin(QStringLiteral("1111")) == PinGate::Result::Rejected);
    CHECK(gate.tryPin(QStringLiteral("7391")) == PinGate::Result::Accepted);
    CHECK(gate.triesLeft() == 5);
    for (int i = 0; i < 4; ++i)
        CHECK(gate.tryPin(QStringLiteral("1111")) == PinGate::Result::Rejected);
    CHECK_FALSE(gate.isLocked());
}
