#include "kioskshell.h"

#include "clock.h"
#include "contentloader.h"
#include "inputfilter.h"
#include "kioskruntime.h"
#include "logfile.h"
#include "logging.h"
#include "mainwindow.h"
#include "memorybudget.h"
#include "runtimepaths.h"
#include "systemdnotifier.h"
#include "usagestats.h"
#include "watchdog.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

KioskShell::KioskShell(const CommandLineOptions& options, const QElapsedTimer& sinceStart, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_sinceStart(sinceStart)
{
}

KioskShell::~KioskShell()
{
    m_runtime.reset(); // its layers live in the window
    // Back on Home before the window goes: a screen showing the player tidies itself up when
    // hidden, and must not do so while the window is half destroyed.
    if (m_window)
        m_window->resetForNewVisitor();
    if (m_log)
        LogFile::install(nullptr);
}

bool KioskShell::displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString KioskShell::contentDir() const
{
    return RuntimePaths::contentDir(m_options, m_config);
}

bool KioskShell::loadInitialContent()
{
    const QString dir = contentDir();
    ContentLoader::Result result = ContentLoader::load(dir);
    m_store.setLastProblems(result.problems);
    for (const ContentProblem& problem : std::as_const(result.problems))
        qCWarning(lcContent).noquote() << problem.toString();
    if (result.ok()) {
        m_store.setCurrent(result.content);
        return true;
    }
    // Never a blank kiosk: fall back to the sample content, which is marked as such on screen.
    const QString fallback = CommandLine::defaultContentDir();
    if (fallback == dir)
        return false;
    qCWarning(lcContent).noquote() << "the content in" << dir << "has errors; showing the sample content from"
                                   << fallback << "until it is fixed";
    result = ContentLoader::load(fallback);
    if (!result.ok())
        return false;
    m_store.setCurrent(result.content);
    return true;
}

bool KioskShell::start()
{
    Theme::installFonts();
    QCoreApplication::instance()->installEventFilter(new InputFilter(this));
    m_config = KioskConfig::load(RuntimePaths::configPath(m_options));
    setUpLogging();
    m_languages.setLanguage(RuntimePaths::startLanguage(m_options, m_config));
    if (!loadInitialContent()) {
        std::fprintf(stderr, "alzhir-kiosk: no usable content in %s; check it with: alzhir-kiosk --check-content %s\n",
            qPrintable(contentDir()), qPrintable(contentDir()));
        return false;
    }
    // Staff may swap the content while the kiosk runs (media/README.md): the watcher checks it in the
    // background and leaves new valid content pending in the store for the next idle moment.
    m_contentWatcher = std::make_unique<ContentWatcher>(contentDir(), &m_store);
    m_contentWatcher->setQuietPeriod(static_cast<int>(m_config.contentQuietPeriod().count()));
    m_contentWatcher->start();
    m_window = std::make_unique<MainWindow>(&m_store, &m_languages);
    m_window->setWindowTitle(QStringLiteral("ALZHIR"));
    if (m_options.exitAfterFirstFrame)
        m_window->installEventFilter(this);
    if (m_options.windowed) {
        m_window->resize(1366, 768);
        m_window->show();
    } else {
        m_window->setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        m_window->showFullScreen();
    }
    startRuntime();
    return true;
}

void KioskShell::setUpLogging()
{
    m_stateDir = RuntimePaths::stateDir(m_options, m_config);
    m_log = std::make_unique<LogFile>(m_stateDir, m_config.logFileMaxBytes(), m_config.logFileCount());
    QString error;
    if (m_log->open(&error)) {
        LogFile::install(m_log.get());
        // The configuration's warnings came before the file was open: repeat them for the staff.
        for (const QString& warning : m_config.warnings())
            qCWarning(lcKiosk).noquote() << "configuration" << m_config.path() << "-" << warning;
    } else {
        qCWarning(lcKiosk).noquote() << error << "- logging to stderr only (set state/folder or --state)";
    }
    qCInfo(lcKiosk).noquote() << "alzhir-kiosk" << QCoreApplication::applicationVersion() << "starting; configuration"
                              << m_config.path() << (m_config.fileFound() ? "" : "(not found: defaults)") << "; state"
                              << m_stateDir;
}

void KioskShell::startRuntime()
{
    QElapsedTimer timer;
    timer.start();
    m_clock = std::make_unique<SystemClock>();
    m_stats = std::make_unique<UsageStats>(*m_clock);
    KioskRuntime::Services services;
    services.store = &m_store;
    services.languages = &m_languages;
    services.config = &m_config;
    services.clock = m_clock.get();
    services.stats = m_stats.get();
    services.log = m_log.get();
    services.watcher = m_contentWatcher.get();
    m_runtime = std::make_unique<KioskRuntime>(m_window.get(), services);
    m_runtime->setDefaultLanguageOverride(m_options.language);
    connect(m_runtime.get(), &KioskRuntime::restartRequested, this,
        [this](const QString& reason) { quit(RestartExitCode, reason); });
    connect(m_runtime.get(), &KioskRuntime::exitRequested, this, [this] {
        QFile marker(QDir(m_stateDir).filePath(QStringLiteral("staff-exit")));
        if (marker.open(QIODevice::WriteOnly))
            marker.write(QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8() + '\n');
        quit(0, QStringLiteral("staff chose \"Exit the kiosk\""));
    });
    m_runtime->start(!m_options.windowed);
    qCInfo(lcKiosk) << "kiosk runtime started in" << timer.elapsed() << "ms";
    // After the first frame: nothing here may delay it.
    QTimer::singleShot(0, this, &KioskShell::startHealthChecks);
}

void KioskShell::startHealthChecks()
{
    if (const QString error = m_stats->open(m_stateDir); !error.isEmpty())
        qCWarning(lcKiosk).noquote() << "usage counts are off:" << error;
    m_watchdog = std::make_unique<Watchdog>(m_config.watchdogTimeout());
    m_watchdog->start();
    m_memory = std::make_unique<MemoryBudget>(m_config.memoryBudgetBytes());
    connect(m_memory.get(), &MemoryBudget::overBudget, this, [this] {
        m_runtime->requestIdleRestart(QStringLiteral("memory over health/memoryBudget"));
    });
    m_memory->start();
    SystemdNotifier().ready();
}

void KioskShell::quit(int code, const QString& reason)
{
    qCWarning(lcKiosk).noquote() << "exiting with code" << code << "-" << reason
                                 << (code == RestartExitCode ? "(the service starts the kiosk again)" : "");
    if (m_watchdog)
        m_watchdog->stop();
    QCoreApplication::exit(code);
}

bool KioskShell::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window.get() && event->type() == QEvent::Paint && !m_firstFrameReported) {
        m_firstFrameReported = true;
        // Report once the paint has finished and the frame has been flushed.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stdout, "first frame after %lld ms\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
