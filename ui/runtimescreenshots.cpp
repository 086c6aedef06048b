#include "runtimescreenshots.h"

#include "attractloop.h"
#include "clock.h"
#include "contentstore.h"
#include "kioskconfig.h"
#include "language.h"
#include "mainwindow.h"
#include "pingate.h"
#include "pinpad.h"
#include "staffpanel.h"
#include "stillhereprompt.h"

#include <QApplication>

QStringList RuntimeScreenshots::names()
{
    return { QStringLiteral("attract"), QStringLiteral("stillhere"), QStringLiteral("pinpad"), QStringLiteral("staff-status"),
        QStringLiteral("staff-settings"), QStringLiteral("staff-usage"), QStringLiteral("staff-log") };
}

bool RuntimeScreenshots::render(MainWindow* window, ContentStore* store, const QString& language, const Save& save)
{
    bool ok = true;
    const QDateTime noon(QDate(2026, 6, 2), QTime(12, 0));
    ManualClock clock(noon);

    AttractLoop attract(window);
    attract.setContent(store->current());
    attract.present();
    attract.start();
    attract.finishTransition(); // the first photo fades in after the first frame; show it whole
    while (attract.currentLanguage() != language && attract.currentLanguage() != Language::all().constLast())
        attract.showNextLanguage();
    ok = save(QStringLiteral("attract")) && ok;
    attract.stop();
    attract.hide();

    StillHerePrompt prompt(window);
    prompt.setSecondsLeft(12);
    prompt.present();
    ok = save(QStringLiteral("stillhere")) && ok;
    prompt.hide();

    PinGate gate(clock);
    gate.setCredential(StaffPin::make(QStringLiteral("0000")));
    PinPad pad(&gate, window);
    pad.open();
    pad.pressDigit(1);
    pad.pressDigit(2);
    ok = save(QStringLiteral("pinpad")) && ok;
    pad.hide();

    // Placeholder figures, plainly: these screenshots show the layout, not a museum's numbers.
    KioskConfig config(QStringLiteral("/etc/alzhir-kiosk/kiosk.conf"));
    config.setValue(KioskConfig::Key::StaffLanguage, language); // the panel in the language being shot
    StaffPanel panel(&config, clock, window);
    StaffStatusPage::Status status;
    if (const ContentPtr content = store->current()) {
        status.folder = content->rootDir;
        status.loadedAt = noon.addSecs(-3 * 3600);
        status.sample = content->sample;
    }
    status.configPath = config.path();
    status.problems.append(ContentProblem::warning(QStringLiteral("content.json"), QStringLiteral("/sections/1/title"),
        QStringLiteral("no English title (example)"), QStringLiteral("add \"en\" to the title")));
    panel.setStatus(status);
    QList<UsageStats::DayTotals> days;
    for (int i = 13; i >= 0; --i) {
        UsageStats::DayTotals day { noon.date().addDays(-i) };
        day.sessions = (i * 7) % 23 + (noon.date().addDays(-i).dayOfWeek() == Qt::Monday ? 0 : 5);
        day.testimoniesStarted = day.sessions / 3;
        days.append(day);
    }
    panel.setUsage(days);
    panel.setLogLines({ QStringLiteral("2026-06-02 09:00:00.000 info alzhir.kiosk: alzhir-kiosk starting (example line)"),
        QStringLiteral("2026-06-02 09:00:01.000 info alzhir.content: showing content (example line)") });
    panel.open();
    for (const QString& page : panel.pageIds()) {
        panel.showPage(page);
        ok = save(QStringLiteral("staff-") + page) && ok;
    }
    panel.hide();
    return ok;
}
