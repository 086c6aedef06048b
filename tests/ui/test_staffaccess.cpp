// Staff access on a manual clock: the hidden corner gesture, the PIN pad (no PIN, wrong PINs, the
// lock-out), and the staff panel in the staff's language with its pages, settings saved to
// kiosk.conf, and its idle close.
#include "runtimefixture.h"

#include "closedscreen.h"
#include "pingate.h"
#include "pinpad.h"
#include "soundtest.h"
#include "staffaccess.h"
#include "staffgesture.h"
#include "staffpanel.h"
#include "staffpin.h"
#include "staffsettingspage.h"
#include "staffstatuspage.h"
#include "staffstepper.h"
#include "stillhereprompt.h"
#include "usagechart.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using State = VisitorSession::State;

namespace {

QByteArray configWithPin(const QString& pin, const QByteArray& extra = {})
{
    const StaffPin::Credential credential = StaffPin::make(pin);
    return "[staff]\npinHash = " + credential.hash.toLatin1() + "\npinSalt = " + credential.salt.toLatin1() + "\n" + extra;
}

// Holds a finger (the mouse) on a point of the window for `ms` of kiosk time.
void hold(RuntimeFixture& kiosk, const QPoint& pos, qint64 ms)
{
    QWidget* target = kiosk.widgetAt(pos);
    const QPoint local = target->mapFrom(kiosk.window.get(), pos);
    QTest::mousePress(target, Qt::LeftButton, {}, local);
    kiosk.clock.advance(ms);
    kiosk.settle();
    QTest::mouseRelease(target, Qt::LeftButton, {}, local);
    kiosk.settle();
}

void typePin(RuntimeFixture& kiosk, const QString& pin)
{
    for (const QChar digit : pin)
        QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("pinKey") + digit), Qt::LeftButton);
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("pinKeyOk")), Qt::LeftButton);
    kiosk.settle();
}

StaffPanel* openPanel(RuntimeFixture& kiosk, const QString& pin)
{
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    REQUIRE(kiosk.runtime->staff()->pinPad()->isVisible());
    typePin(kiosk, pin);
    StaffPanel* panel = kiosk.runtime->staff()->panel();
    REQUIRE(panel->isVisible());
    return panel;
}

} // namespace

TEST_CASE("Holding the top-left corner for five seconds opens the PIN pad - shorter or elsewhere does not")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468")));
    PinPad* pad = kiosk.runtime->staff()->pinPad();
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs - 100);
    CHECK_FALSE(pad->isVisible());
    hold(kiosk, kiosk.window->rect().center(), StaffGesture::HoldMs * 2);
    CHECK_FALSE(pad->isVisible());
    hold(kiosk, QPoint(kiosk.window->width() - 10, 10), StaffGesture::HoldMs);
    CHECK_FALSE(pad->isVisible());
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    CHECK(pad->isVisible());
    CHECK(pad->geometry() == kiosk.window->rect());
}

TEST_CASE("The staff gesture works on the dark screen outside opening hours")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468")), QDateTime(QDate(2026, 6, 1), QTime(20, 0)));
    REQUIRE(kiosk.runtime->closedScreen()->isVisible());
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    PinPad* pad = kiosk.runtime->staff()->pinPad();
    CHECK(pad->isVisible());
    typePin(kiosk, QStringLiteral("2468"));
    CHECK(kiosk.runtime->staff()->panel()->isVisible());
    CHECK(kiosk.runtime->session()->state() == State::Closed);
}

TEST_CASE("With no PIN set the pad says how to set one and cannot be used")
{
    RuntimeFixture kiosk;
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    PinPad* pad = kiosk.runtime->staff()->pinPad();
    REQUIRE(pad->isVisible());
    CHECK_FALSE(pad->keysEnabled());
    CHECK_FALSE(kiosk.find<QPushButton>(QStringLiteral("pinKey1"))->isEnabled());
    CHECK(pad->message().contains(QStringLiteral("alzhir-kiosk --set-pin")));
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("pinPadCancel")), Qt::LeftButton);
    CHECK_FALSE(pad->isVisible());
    CHECK_FALSE(kiosk.runtime->staff()->panel()->isVisible());
}

TEST_CASE("A PIN set while the kiosk runs is used the next time the pad opens")
{
    RuntimeFixture kiosk;
    {
        QFile file(kiosk.configPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(configWithPin(QStringLiteral("135790")));
    }
    openPanel(kiosk, QStringLiteral("135790"));
}

TEST_CASE("Wrong PINs: the tries left are shown, five lock the pad for five minutes")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468"), "language = en\n"));
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    PinPad* pad = kiosk.runtime->staff()->pinPad();
    typePin(kiosk, QStringLiteral("1111"));
    CHECK(pad->message().contains(QStringLiteral("4 more tries")));
    CHECK(pad->enteredPin().isEmpty());
    for (int i = 0; i < 4; ++i)
        typePin(kiosk, QStringLiteral("1111"));
    CHECK(pad->message().contains(QStringLiteral("5 minutes")));
    CHECK_FALSE(pad->keysEnabled());
    pad->pressDigit(2); // even the right PIN cannot be typed now
    CHECK(pad->enteredPin().isEmpty());

    // Closed and opened again: still locked.
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("pinPadCancel")), Qt::LeftButton);
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    CHECK_FALSE(pad->keysEnabled());
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("pinPadCancel")), Qt::LeftButton);

    kiosk.advanceSeconds(5 * 60);
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    REQUIRE(pad->keysEnabled());
    typePin(kiosk, QStringLiteral("2468"));
    CHECK(kiosk.runtime->staff()->panel()->isVisible());
}

TEST_CASE("The staff panel opens in the staff's language and gives the visitor's language back")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468"), "language = ru\n"));
    kiosk.startSession();
    REQUIRE(kiosk.languages.setLanguage(QStringLiteral("en")));
    kiosk.settle();
    StaffPanel* panel = openPanel(kiosk, QStringLiteral("2468"));
    CHECK(kiosk.languages.language() == QStringLiteral("ru"));
    const QString russianTitle = kiosk.find<QLabel>(QStringLiteral("staffPanelTitle"))->text();
    CHECK(russianTitle != QStringLiteral("Staff panel"));

    // The staff switch the panel to Kazakh; it is remembered in kiosk.conf.
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffLanguage_kk")), Qt::LeftButton);
    kiosk.settle();
    CHECK(kiosk.languages.language() == QStringLiteral("kk"));
    CHECK(kiosk.find<QLabel>(QStringLiteral("staffPanelTitle"))->text() != russianTitle);
    CHECK(KioskConfig::load(kiosk.configPath).staffLanguage() == QStringLiteral("kk"));

    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffPanelClose")), Qt::LeftButton);
    kiosk.settle();
    CHECK_FALSE(panel->isVisible());
    CHECK(kiosk.languages.language() == QStringLiteral("en"));
    CHECK(kiosk.runtime->session()->state() == State::Active);
}

TEST_CASE("While the staff panel is open the visitor session waits - the panel closes itself when left alone")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468"), "panelIdleClose = 60\n"));
    kiosk.startSession();
    StaffPanel* panel = openPanel(kiosk, QStringLiteral("2468"));
    kiosk.advanceSeconds(50);
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffTab_settings")), Qt::LeftButton);
    kiosk.advanceSeconds(50);
    CHECK(panel->isVisible()); // the tap 50 s ago keeps it open
    CHECK_FALSE(kiosk.runtime->stillHerePrompt()->isVisible());
    CHECK(kiosk.runtime->session()->state() == State::Active);
    kiosk.advanceSeconds(10);
    CHECK_FALSE(panel->isVisible());
    // The pad, too, closes when left.
    hold(kiosk, QPoint(10, 10), StaffGesture::HoldMs);
    REQUIRE(kiosk.runtime->staff()->pinPad()->isVisible());
    kiosk.advanceSeconds(60);
    CHECK_FALSE(kiosk.runtime->staff()->pinPad()->isVisible());
}

TEST_CASE("The content page shows the folder, since when, and the last check's problems in plain words")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468"), "[visitor]\nidleTimeout = soon\n"));
    kiosk.store.setLastProblems({ ContentProblem::error(QStringLiteral("content.json"), QStringLiteral("/sections/0/photos/1/file"),
        QStringLiteral("the file photos/arch-2.jpg is missing"), QStringLiteral("copy the photo into the folder or remove it from content.json")) });
    StaffPanel* panel = openPanel(kiosk, QStringLiteral("2468"));
    CHECK(panel->currentPage() == QStringLiteral("status"));
    const QString summary = panel->statusPage()->summaryText();
    CHECK(summary.contains(kiosk.store.current()->rootDir));
    CHECK(summary.contains(kiosk.store.current()->loadedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QStringList problems = panel->statusPage()->problemLines();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).contains(QStringLiteral("photos/arch-2.jpg is missing")));
    CHECK(problems.at(0).contains(QStringLiteral("copy the photo")));
    CHECK(problems.at(1).contains(QStringLiteral("visitor/idleTimeout"))); // the settings file's own problem
}

TEST_CASE("Reload content from the staff panel")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468")));
    const ContentPtr before = kiosk.store.current();
    StaffPanel* panel = openPanel(kiosk, QStringLiteral("2468"));
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffReload")), Qt::LeftButton);
    kiosk.settle();
    CHECK(kiosk.store.current() != before); // a new snapshot of the same folder
    CHECK(kiosk.store.current()->rootDir == before->rootDir);
    CHECK(panel->isVisible());
}

TEST_CASE("Settings: volume limits, default language, idle timeout - saved to kiosk.conf and applied")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468"), "language = en\n# the museum's own comment\n"));
    StaffPanel* panel = openPanel(kiosk, QStringLiteral("2468"));
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffTab_settings")), Qt::LeftButton);
    StaffSettingsPage* settings = panel->settingsPage();

    // The volume stays within its limits.
    for (int i = 0; i < 20; ++i)
        QTest::mouseClick(settings->volumeMax()->minusButton(), Qt::LeftButton);
    CHECK(settings->volumeMax()->value() == settings->volumeMin()->value());
    CHECK(settings->volume()->value() <= settings->volumeMax()->value());
    for (int i = 0; i < 10; ++i)
        QTest::mouseClick(settings->volumeMax()->plusButton(), Qt::LeftButton);
    QTest::mouseClick(settings->volume()->plusButton(), Qt::LeftButton);
    const int volume = settings->volume()->value();

    // Sound test at that volume.
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffSoundTest")), Qt::LeftButton);
    CHECK(kiosk.runtime->staff()->soundTest()->lastVolume() == volume);

    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffDefaultLanguage_en")), Qt::LeftButton);
    for (int i = 0; i < 6; ++i)
        QTest::mouseClick(settings->idleTimeout()->minusButton(), Qt::LeftButton); // 90 -> 30 s
    CHECK(settings->idleTimeout()->value() == 30);
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffSave")), Qt::LeftButton);
    CHECK(settings->message().startsWith(QStringLiteral("Saved")));

    const KioskConfig saved = KioskConfig::load(kiosk.configPath);
    CHECK(saved.warnings().isEmpty());
    CHECK(saved.volume() == volume);
    CHECK(saved.defaultLanguage() == QStringLiteral("en"));
    CHECK(saved.idleTimeout() == std::chrono::seconds(30));
    QFile file(kiosk.configPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("# the museum's own comment"));

    // Applied at once: the next idle timeout is 30 s, the next visitor starts in English. (The
    // gesture's touch started a session.)
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffPanelClose")), Qt::LeftButton);
    REQUIRE(kiosk.runtime->session()->state() == State::Active);
    kiosk.advanceSeconds(30);
    CHECK(kiosk.runtime->session()->state() == State::AskStillHere);
    kiosk.advanceSeconds(15);
    CHECK(kiosk.languages.language() == QStringLiteral("en"));
}

TEST_CASE("A settings file that cannot be written: the panel says so")
{
    ManualClock clock(TuesdayNoon);
    KioskConfig config(QStringLiteral("/proc/alzhir-no-such-folder/kiosk.conf"));
    StaffSettingsPage page(&config);
    QSignalSpy applied(&page, &StaffSettingsPage::applied);
    QTest::mouseClick(page.idleTimeout()->plusButton(), Qt::LeftButton);
    CHECK_FALSE(page.save());
    CHECK(page.message().contains(QStringLiteral("/proc/alzhir-no-such-folder/kiosk.conf")));
    CHECK(page.message().contains(QStringLiteral("until the kiosk restarts")));
    CHECK(applied.count() == 1); // still applied for this run
    CHECK(config.idleTimeout() == std::chrono::seconds(100));
}

TEST_CASE("Usage counts per day as a chart, and the last 200 log lines")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468")));
    for (int i = 0; i < 250; ++i)
        kiosk.log->write(QStringLiteral("line %1\n").arg(i).toUtf8());
    kiosk.stats.record(UsageStats::Event::Session);
    kiosk.stats.record(UsageStats::Event::Session);

    StaffPanel* panel = openPanel(kiosk, QStringLiteral("2468"));
    UsageChart* chart = panel->usageChart();
    REQUIRE(chart->days().size() == 14);
    CHECK(chart->days().constLast().day == TuesdayNoon.date());
    CHECK(chart->days().constLast().sessions == 3); // two recorded here, one from the gesture's touch
    CHECK(chart->maximum() == 3);
    CHECK(panel->usageSummary().contains(QStringLiteral("14")));
    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffTab_usage")), Qt::LeftButton);
    const QImage drawn = chart->grab().toImage();
    CHECK_FALSE(drawn.isNull());

    QTest::mouseClick(kiosk.find<QPushButton>(QStringLiteral("staffTab_log")), Qt::LeftButton);
    CHECK(panel->currentPage() == QStringLiteral("log"));
    const QStringList lines = panel->logText().split(QLatin1Char('\n'));
    CHECK(lines.size() == 200);
    CHECK(lines.constFirst() == QStringLiteral("line 50"));
    CHECK(lines.constLast() == QStringLiteral("line 249"));
}

TEST_CASE("Restart and exit ask for a second tap")
{
    RuntimeFixture kiosk(configWithPin(QStringLiteral("2468")));
    QSignalSpy restart(kiosk.runtime.get(), &KioskRuntime::restartRequested);
    QSignalSpy exit(kiosk.runtime.get(), &KioskRuntime::exitRequested);
    openPanel(kiosk, QStringLiteral("2468"));
    auto* restartButton = kiosk.find<QPushButton>(QStringLiteral("staffRestart"));
    auto* exitButton = kiosk.find<QPushButton>(QStringLiteral("staffExit"));
    QTest::mouseClick(restartButton, Qt::LeftButton);
    CHECK(restart.isEmpty());
    QTest::mouseClick(exitButton, Qt::LeftButton); // a different button: the first is forgotten
    CHECK(exit.isEmpty());
    QTest::mouseClick(restartButton, Qt::LeftButton);
    CHECK(restart.isEmpty());
    QTest::mouseClick(restartButton, Qt::LeftButton);
    CHECK(restart.count() == 1);
    QTest::mouseClick(exitButton, Qt::LeftButton);
    QTest::mouseClick(exitButton, Qt::LeftButton);
    CHECK(exit.count() == 1);
}
