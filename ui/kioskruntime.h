#pragma once

#include "visitorsession.h"

#include <QObject>
#include <QPointer>

class AttractLoop;
class ClosedScreen;
class Clock;
class ContentStore;
class ContentWatcher;
class KioskConfig;
class LanguageManager;
class Lockdown;
class LogFile;
class MainWindow;
class PlaybackController;
class StaffAccess;
class StillHerePrompt;
class TestimoniesScreen;
class UsageStats;
class WallScreen;

// The kiosk left alone for months: the visitor session (attract loop, "are you still here?",
// reset for the next visitor, dark outside opening hours), the lockdown, staff access, usage
// counts, and restarts at idle moments. Wires the core's VisitorSession to the main window and the
// overlays; time comes from the injected clock.
class KioskRuntime : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        ContentStore* store = nullptr;
        LanguageManager* languages = nullptr;
        KioskConfig* config = nullptr;
        Clock* clock = nullptr;
        UsageStats* stats = nullptr;       // may be null
        LogFile* log = nullptr;            // may be null
        ContentWatcher* watcher = nullptr; // may be null
    };

    KioskRuntime(MainWindow* window, const Services& services, QObject* parent = nullptr);
    ~KioskRuntime() override;

    // Applies the configuration and starts the session (the attract loop, or dark when closed).
    // `lockdown`: install the lockdown (not in --windowed development runs).
    void start(bool lockdown = true);
    // Re-reads the settings the staff may change (idle timeout, volume limits, default language).
    void applySettings();
    // The language each new session starts in; `--lang` overrides kiosk.conf for one run.
    void setDefaultLanguageOverride(const QString& code) { m_languageOverride = code; }
    QString defaultLanguage() const;

    // Restart at the next moment nobody uses the kiosk (now, if nobody does): memory budget.
    void requestIdleRestart(const QString& reason);

    VisitorSession* session() { return &m_session; }
    MainWindow* window() const { return m_window; }
    AttractLoop* attractLoop() const { return m_attract; }
    // Made when first asked, not at start-up.
    StillHerePrompt* stillHerePrompt();
    ClosedScreen* closedScreen() const { return m_closed; }
    Lockdown* lockdown() const { return m_lockdown; }
    StaffAccess* staff() const { return m_staff; }

Q_SIGNALS:
    // The process should exit so that its service starts it again (code 75).
    void restartRequested(const QString& reason);
    // Staff chose "Exit the kiosk".
    void exitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onStateChanged(VisitorSession::State state);
    void hidePrompt();
    void resetForNewVisitor();
    void applyPendingWhenIdle();
    void hookScreen(const QString& id);
    void hookPlayer();
    void runDisplayCommand(const QString& command);
    bool isBusy();

    MainWindow* m_window = nullptr;
    Services m_services;
    VisitorSession m_session;
    AttractLoop* m_attract = nullptr;
    StillHerePrompt* m_prompt = nullptr;
    ClosedScreen* m_closed = nullptr;
    Lockdown* m_lockdown = nullptr;
    StaffAccess* m_staff = nullptr;
    QPointer<TestimoniesScreen> m_testimonies;
    QPointer<WallScreen> m_wall;
    QPointer<PlaybackController> m_player;
    QString m_playerTestimony;
    QString m_languageOverride;
    QString m_pendingRestart;
    bool m_resetting = false;
    bool m_searching = false;
    bool m_wasClosed = false;
};
