#include "staffaccess.h"

#include "clock.h"
#include "contentloader.h"
#include "contentstore.h"
#include "contentwatcher.h"
#include "kioskconfig.h"
#include "languagemanager.h"
#include "logfile.h"
#include "logging.h"
#include "mainwindow.h"
#include "pingate.h"
#include "pinpad.h"
#include "soundtest.h"
#include "staffgesture.h"
#include "staffpanel.h"
#include "usagestats.h"

StaffAccess::StaffAccess(const Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_gesture(new StaffGesture(context.window, *context.clock, this))
    , m_gate(new PinGate(*context.clock, this))
    , m_sound(new SoundTest(this))
{
    connect(m_gesture, &StaffGesture::triggered, this, &StaffAccess::openPinPad);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StaffAccess::checkPinPadIdle);
    connect(context.clock, &Clock::advanced, this, &StaffAccess::checkPinPadIdle);
}

PinPad* StaffAccess::pinPad()
{
    if (!m_pinPad) {
        m_pinPad = new PinPad(m_gate, m_context.window);
        connect(m_pinPad, &PinPad::accepted, this, &StaffAccess::openPanel);
        connect(m_pinPad, &PinPad::cancelled, this, &StaffAccess::finish);
    }
    return m_pinPad;
}

StaffPanel* StaffAccess::panel()
{
    if (!m_panel) {
        m_panel = new StaffPanel(m_context.config, *m_context.clock, m_context.window);
        connect(m_panel, &StaffPanel::closed, this, &StaffAccess::finish);
        connect(m_panel, &StaffPanel::reloadRequested, this, &StaffAccess::reloadContent);
        connect(m_panel, &StaffPanel::restartRequested, this, &StaffAccess::restartRequested);
        connect(m_panel, &StaffPanel::exitRequested, this, &StaffAccess::exitRequested);
        connect(m_panel, &StaffPanel::soundTestRequested, m_sound, &SoundTest::play);
        connect(m_panel, &StaffPanel::settingsApplied, this, [this] {
            refreshPanel();
            Q_EMIT settingsApplied();
        });
        connect(m_panel, &StaffPanel::staffLanguageChosen, this, &StaffAccess::chooseStaffLanguage);
        connect(m_panel, &StaffPanel::logRefreshRequested, this, &StaffAccess::refreshPanel);
    }
    return m_panel;
}

StaffAccess::~StaffAccess() = default;

bool StaffAccess::isOpen() const
{
    return (m_pinPad && m_pinPad->isVisible()) || (m_panel && m_panel->isVisible());
}

void StaffAccess::noteActivity()
{
    m_lastActivityMs = m_context.clock->monotonicMs();
    if (m_panel && m_panel->isVisible())
        m_panel->noteActivity();
}

void StaffAccess::openPinPad()
{
    if (isOpen())
        return;
    // Read the PIN again: `alzhir-kiosk --set-pin` may have changed it since the kiosk started.
    const KioskConfig fresh = KioskConfig::load(m_context.config->path());
    m_gate->setCredential({ fresh.staffPinHash(), fresh.staffPinSalt() });
    if (!m_gate->hasPin())
        qCWarning(lcKiosk) << "staff gesture: no staff PIN is set, so the staff panel cannot be opened; set one on the "
                              "kiosk computer with: sudo alzhir-kiosk --set-pin";
    m_visitorLanguage = m_context.languages->language();
    m_context.languages->setLanguage(m_context.config->staffLanguage());
    noteActivity();
    pinPad()->open();
    m_tick.start();
}

void StaffAccess::openPanel()
{
    refreshPanel();
    panel()->open();
    noteActivity();
}

void StaffAccess::finish()
{
    if (isOpen())
        return;
    m_tick.stop();
    if (!m_visitorLanguage.isEmpty())
        m_context.languages->setLanguage(m_visitorLanguage);
    Q_EMIT closed();
}

void StaffAccess::checkPinPadIdle()
{
    if (!m_pinPad || !m_pinPad->isVisible())
        return;
    if (m_context.clock->monotonicMs() - m_lastActivityMs >= m_context.config->staffPanelIdleClose().count()) {
        m_pinPad->hide();
        finish();
    }
}

void StaffAccess::chooseStaffLanguage(const QString& code)
{
    m_context.languages->setLanguage(code);
    m_context.config->setValue(KioskConfig::Key::StaffLanguage, code);
    const KioskConfig::SaveResult saved = m_context.config->save();
    if (!saved.ok)
        qCWarning(lcKiosk).noquote() << "cannot remember the staff language:" << saved.error;
}

void StaffAccess::refreshPanel()
{
    StaffStatusPage::Status status;
    if (const ContentPtr content = m_context.store->current()) {
        status.folder = content->rootDir;
        status.loadedAt = content->loadedAt;
        status.sample = content->sample;
    }
    if (m_context.watcher) {
        status.folder = m_context.watcher->contentPath();
        status.folderAvailable = m_context.watcher->isFolderAvailable();
    }
    status.pending = m_context.store->hasPending();
    status.problems = m_context.store->lastProblems();
    status.configPath = m_context.config->path();
    status.configWarnings = m_context.config->warnings();
    panel()->setStatus(status);
    if (m_context.stats) {
        const QDate today = m_context.clock->now().date();
        m_panel->setUsage(m_context.stats->totalsPerDay(today.addDays(-13), today));
    }
    if (m_context.log)
        m_panel->setLogLines(m_context.log->lastLines(200));
}

void StaffAccess::reloadContent()
{
    qCInfo(lcKiosk) << "staff asked to reload the content";
    if (m_context.watcher) {
        // Checked in the background; staff asked for it, so valid content is shown at once.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_context.watcher, &ContentWatcher::checkFinished, this, [this, connection](bool ok) {
            disconnect(*connection);
            if (ok)
                m_context.store->applyPending();
            refreshPanel();
        });
        m_context.watcher->checkNow();
        return;
    }
    const QString folder = m_context.store->current() ? m_context.store->current()->rootDir : m_context.config->contentFolder();
    const ContentLoader::Result result = ContentLoader::load(folder);
    m_context.store->setLastProblems(result.problems);
    if (result.ok())
        m_context.store->setCurrent(result.content);
    refreshPanel();
}
