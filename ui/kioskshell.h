#pragma once

#include "commandline.h"
#include "contentstore.h"
#include "contentwatcher.h"
#include "kioskconfig.h"
#include "languagemanager.h"
#include "processclock.h"
#include "startupcontent.h"

#include <QObject>
#include <QSize>

#include <memory>

class KioskRuntime;
class LogFile;
class MainWindow;
class MemoryBudget;
class SystemClock;
class UsageStats;
class Watchdog;

// Owns the kiosk's services and its window, and wires them together: the one place where the
// core and the widgets meet at run time.
class KioskShell : public QObject
{
    Q_OBJECT

public:
    KioskShell(const CommandLineOptions& options, const ProcessClock& sinceStart, QObject* parent = nullptr);
    ~KioskShell() override;

    // Loads the content and shows the window. False when there is nothing to show. What the first
    // frame does not need (usage counts, watchdog, memory checks, the names index) starts after it.
    bool start();

    MainWindow* window() const { return m_window.get(); }
    ContentStore* store() { return &m_store; }
    // Watches the content folder; new valid content waits in the store until the kiosk is idle.
    ContentWatcher* contentWatcher() const { return m_contentWatcher.get(); }
    LanguageManager* languages() { return &m_languages; }
    // The visitor session, overlays, lockdown and staff access (kiosk runtime issue).
    KioskRuntime* runtime() const { return m_runtime.get(); }
    const KioskConfig& config() const { return m_config; }

    // Exit codes: 75 asks the service for a restart (memory budget, staff "restart").
    static constexpr int RestartExitCode = 75;
    // --windowed: a resizable window of this size (development).
    static constexpr QSize WindowedSize { 1366, 768 };

    // True when a display (Wayland, X11, or a platform chosen with QT_QPA_PLATFORM) is there.
    static bool displayAvailable();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString contentDir() const;
    QString checkedFilesPath() const;
    bool useStartupContent(const StartupContent& start);
    void setUpLogging();
    void startContentWatcher(const FolderFingerprint& baseline);
    void showWindow();
    QSize windowSize() const;
    void startRuntime();
    void afterFirstFrame();
    void startHealthChecks();
    void quit(int code, const QString& reason);

    CommandLineOptions m_options;
    ProcessClock m_sinceStart;
    ContentStore m_store;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ContentWatcher> m_contentWatcher;
    KioskConfig m_config;
    QString m_stateDir;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<LogFile> m_log;
    std::unique_ptr<UsageStats> m_stats;
    std::unique_ptr<KioskRuntime> m_runtime; // after m_window: goes first
    std::unique_ptr<Watchdog> m_watchdog;
    std::unique_ptr<MemoryBudget> m_memory;
    bool m_firstFrameReported = false;
};
