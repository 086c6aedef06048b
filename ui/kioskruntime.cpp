#include "kioskruntime.h"

#include "attractloop.h"
#include "clock.h"
#include "closedscreen.h"
#include "contentstore.h"
#include "kioskconfig.h"
#include "languagemanager.h"
#include "lockdown.h"
#include "logging.h"
#include "mainwindow.h"
#include "pinpad.h"
#include "playerview.h"
#include "staffpanel.h"
#include "staffaccess.h"
#include "stillhereprompt.h"
#include "testimoniesscreen.h"
#include "usagestats.h"
#include "wallscreen.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>

KioskRuntime::KioskRuntime(MainWindow* window, const Services& services, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
    , m_session(*services.clock)
    , m_attract(new AttractLoop(window))
    , m_closed(new ClosedScreen(window))
    , m_lockdown(new Lockdown(this))
{
    StaffAccess::Context staff;
    staff.window = window;
    staff.store = services.store;
    staff.languages = services.languages;
    staff.config = services.config;
    staff.clock = services.clock;
    staff.stats = services.stats;
    staff.log = services.log;
    staff.watcher = services.watcher;
    m_staff = new StaffAccess(staff, this);

    m_session.setBusyProbe([this] { return isBusy(); });
    connect(&m_session, &VisitorSession::stateChanged, this, &KioskRuntime::onStateChanged);
    connect(&m_session, &VisitorSession::resetForNewVisitor, this, &KioskRuntime::resetForNewVisitor);
    connect(&m_session, &VisitorSession::countdownChanged, this, [this](int seconds) {
        if (m_prompt)
            m_prompt->setSecondsLeft(seconds);
    });
    connect(m_attract, &AttractLoop::touched, &m_session, &VisitorSession::userActivity);
    connect(services.store, &ContentStore::pendingChanged, this, &KioskRuntime::applyPendingWhenIdle);
    connect(services.store, &ContentStore::contentChanged, m_attract, &AttractLoop::setContent);
    connect(m_staff, &StaffAccess::settingsApplied, this, [this] {
        m_languageOverride.clear(); // the staff's choice wins over --lang from now on
        applySettings();
    });
    connect(m_staff, &StaffAccess::restartRequested, this, [this] { Q_EMIT restartRequested(QStringLiteral("staff")); });
    connect(m_staff, &StaffAccess::exitRequested, this, &KioskRuntime::exitRequested);
    // The visitor's idle time starts again the moment the staff are done.
    connect(m_staff, &StaffAccess::closed, &m_session, &VisitorSession::poll);

    if (services.stats) {
        connect(&m_session, &VisitorSession::sessionStarted, this,
            [this] { m_services.stats->record(UsageStats::Event::Session); });
        connect(window, &MainWindow::screenShown, this, [this](const QString& id) {
            if (m_session.state() == VisitorSession::State::Active && !m_resetting)
                m_services.stats->record(UsageStats::Event::ScreenOpened, id);
        });
        connect(services.languages, &LanguageManager::languageChanged, this, [this](const QString& code) {
            if (m_session.state() == VisitorSession::State::Active && !m_resetting && !m_staff->isOpen())
                m_services.stats->record(UsageStats::Event::LanguageChosen, code);
        });
    }
    // The screens are made when first shown (start-up builds only Home): hook them then.
    connect(window, &MainWindow::screenShown, this, &KioskRuntime::hookScreen);
}

KioskRuntime::~KioskRuntime()
{
    qApp->removeEventFilter(this);
}

StillHerePrompt* KioskRuntime::stillHerePrompt()
{
    if (!m_prompt) {
        m_prompt = new StillHerePrompt(m_window);
        connect(m_prompt, &StillHerePrompt::continueRequested, &m_session, &VisitorSession::userActivity);
    }
    return m_prompt;
}

QString KioskRuntime::defaultLanguage() const
{
    return m_languageOverride.isEmpty() ? m_services.config->defaultLanguage() : m_languageOverride;
}

void KioskRuntime::applySettings()
{
    const KioskConfig& config = *m_services.config;
    m_session.setIdleTimeout(config.idleTimeout());
    m_session.setStillHereCountdown(config.stillHereCountdown());
    m_session.setOpeningHours(config.openingHours());
    m_attract->setSlideInterval(static_cast<int>(config.attractSlideInterval().count()));
    if (m_testimonies)
        m_testimonies->setVolumeLimits(config.volumeMin(), config.volumeMax(), config.volume());
}

void KioskRuntime::hookScreen(const QString& id)
{
    if (id == QLatin1String("testimonies") && !m_testimonies) {
        m_testimonies = qobject_cast<TestimoniesScreen*>(m_window->screen(id));
        applySettings();
    } else if (id == QLatin1String("wall") && !m_wall && m_services.stats) {
        m_wall = qobject_cast<WallScreen*>(m_window->screen(id));
        if (!m_wall)
            return;
        // A search is counted when the visitor starts typing into an empty field; what they type
        // is never looked at beyond "empty or not".
        connect(m_wall->searchField(), &QLineEdit::textChanged, this, [this](const QString& text) {
            const bool searching = !text.isEmpty();
            if (searching && !m_searching && m_session.state() == VisitorSession::State::Active)
                m_services.stats->record(UsageStats::Event::Search);
            m_searching = searching;
        });
    }
}

void KioskRuntime::start(bool lockdown)
{
    applySettings();
    if (lockdown) {
        m_lockdown->install();
        m_lockdown->setCursorHidden(m_services.config->hideCursor());
    }
    qApp->installEventFilter(this);
    m_attract->setContent(m_services.store->current());
    m_session.start();
}

bool KioskRuntime::isBusy()
{
    hookPlayer();
    return m_window->isBusy() || m_staff->isOpen();
}

void KioskRuntime::onStateChanged(VisitorSession::State state)
{
    using State = VisitorSession::State;
    if (state != State::Closed && m_wasClosed)
        runDisplayCommand(m_services.config->displayOnCommand());
    switch (state) {
    case State::Attract:
        hidePrompt();
        m_closed->hide();
        m_attract->present();
        m_attract->start();
        break;
    case State::Active:
        m_attract->stop();
        m_attract->hide();
        hidePrompt();
        m_closed->hide();
        break;
    case State::AskStillHere:
        stillHerePrompt()->setSecondsLeft(m_session.secondsLeft());
        m_prompt->present();
        break;
    case State::Closed:
        m_attract->stop();
        m_attract->hide();
        hidePrompt();
        m_closed->present();
        runDisplayCommand(m_services.config->displayOffCommand());
        break;
    }
    // The staff's layers stay on top of whatever the session shows.
    if (m_staff->isOpen()) {
        for (QWidget* layer : { static_cast<QWidget*>(m_staff->pinPad()), static_cast<QWidget*>(m_staff->panel()) }) {
            if (layer->isVisible())
                layer->raise();
        }
    }
    m_wasClosed = state == State::Closed;
    if (m_session.isIdle())
        applyPendingWhenIdle();
    if (m_session.isIdle() && !m_pendingRestart.isEmpty())
        Q_EMIT restartRequested(m_pendingRestart);
}

void KioskRuntime::hidePrompt()
{
    if (m_prompt)
        m_prompt->hide();
}

void KioskRuntime::resetForNewVisitor()
{
    m_resetting = true;
    m_window->resetForNewVisitor();
    m_services.languages->setLanguage(defaultLanguage());
    m_services.store->applyPending();
    m_resetting = false;
    qCInfo(lcKiosk) << "reset for the next visitor";
}

void KioskRuntime::applyPendingWhenIdle()
{
    if (m_session.isIdle() && m_services.store->hasPending()) {
        qCInfo(lcKiosk) << "nobody is using the kiosk: showing the new content";
        m_services.store->applyPending();
    }
}

void KioskRuntime::requestIdleRestart(const QString& reason)
{
    m_pendingRestart = reason;
    if (m_session.isIdle() && !m_staff->isOpen())
        Q_EMIT restartRequested(reason);
}

void KioskRuntime::hookPlayer()
{
    if (m_player)
        return;
    if (!m_testimonies || !m_testimonies->hasPlayer())
        return;
    // The player is made when the first testimony opens; this looks for it on every poll, so a
    // recording already playing when it is found counts as started.
    PlayerView* view = m_testimonies->player();
    m_player = view->controller();
    const auto track = [this, view](PlaybackController::State state) {
        if (!m_services.stats)
            return;
        const QString id = view->testimonyId();
        if (state == PlaybackController::State::Playing && id != m_playerTestimony) {
            m_playerTestimony = id;
            m_services.stats->record(UsageStats::Event::TestimonyStarted, id);
        } else if (state == PlaybackController::State::Ended && !m_playerTestimony.isEmpty()) {
            m_services.stats->record(UsageStats::Event::TestimonyFinished, id);
            m_playerTestimony.clear();
        } else if (state == PlaybackController::State::Idle) {
            m_playerTestimony.clear();
        }
    };
    connect(m_player, &PlaybackController::stateChanged, this, track);
    // The idle time starts the moment a recording stops, not at the next poll.
    connect(m_player, &PlaybackController::stateChanged, &m_session, &VisitorSession::poll);
    track(m_player->state());
}

void KioskRuntime::runDisplayCommand(const QString& command)
{
    if (command.isEmpty())
        return;
    QStringList parts = QProcess::splitCommand(command);
    if (parts.isEmpty())
        return;
    const QString program = parts.takeFirst();
    if (!QProcess::startDetached(program, parts))
        qCWarning(lcKiosk).noquote() << "cannot run the display command" << command;
    else
        qCInfo(lcKiosk).noquote() << "display command:" << command;
}

bool KioskRuntime::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    const bool input = type == QEvent::MouseButtonPress || type == QEvent::TouchBegin || type == QEvent::KeyPress;
    if (input && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->window() == m_window) {
            if (m_staff->isOpen())
                m_staff->noteActivity();
            else
                m_session.userActivity();
        }
    }
    return QObject::eventFilter(watched, event);
}
