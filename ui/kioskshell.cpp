#include "kioskshell.h"

#include "clock.h"
#include "fontsetup.h"
#include "inputfilter.h"
#include "kioskruntime.h"
#include "logfile.h"
#include "logging.h"
#include "mainwindow.h"
#include "mediaplugin.h"
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
#include <QGuiApplication>
#include <QScreen>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

KioskShell::KioskShell(const CommandLineOptions& options, const ProcessClock& sinceStart, QObject* parent)
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

// Where the files found faultless at start-up are kept for the next start (CheckedFiles).
QString KioskShell::checkedFilesPath() const
{
    return QDir(m_stateDir).filePath(QLatin1String(CheckedFiles::FileName));
}

bool KioskShell::useStartupContent(const StartupContent& start)
{
    m_store.setLastProblems(start.problems);
    for (const ContentProblem& problem : std::as_const(start.problems))
        qCWarning(lcContent).noquote() << problem.toString();
    if (!start.ok())
        return false;
    if (start.usedFallback()) {
        // Never a blank kiosk: the sample content is marked as such on screen.
        qCWarning(lcContent).noquote() << "the content in" << start.dir << "has errors; showing the sample content from"
                                       << start.shownDir << "until it is fixed";
    }
    m_store.setCurrent(start.content);
    if (start.checkedChanged) {
        // Off this thread (the file is synced to disk); written before the process exits.
        QThreadPool::globalInstance()->start([checked = start.checked, path = checkedFilesPath()] {
            if (QString error; !checked.write(path, &error))
                qCWarning(lcContent).noquote() << "cannot keep the checked files in" << path << "-" << error;
        });
    }
    return true;
}

bool KioskShell::start()
{
    // QT_LOGGING_RULES="alzhir.kiosk.debug=true" shows where start-up spends its time.
    const auto mark = [this](const char* step) {
        qCDebug(lcKiosk, "start-up: %s at %lld ms", step, static_cast<long long>(m_sinceStart.elapsedMs()));
    };
    mark("kiosk shell starts");
    QCoreApplication::instance()->installEventFilter(new InputFilter(this));
    m_config = KioskConfig::load(RuntimePaths::configPath(m_options));
    setUpLogging();
    // The content is read and checked on a worker thread while this one loads the fonts and builds
    // the window; the window shows once both are done, so its first frame shows the content.
    // The files found faultless at the last start are not checked again while they are unchanged.
    QFuture<StartupContent> reading =
        QtConcurrent::run(&StartupContent::load, contentDir(), CommandLine::defaultContentDir(), checkedFilesPath());
    // Before anything asks Qt for a font: Qt reads fontconfig's font list once, at its first use.
    FontSetup::useKioskConfiguration();
    Theme::installFonts();
    mark("fonts loaded");
    m_languages.setLanguage(RuntimePaths::startLanguage(m_options, m_config));
    m_window = std::make_unique<MainWindow>(&m_store, &m_languages);
    m_window->setWindowTitle(QStringLiteral("ALZHIR"));
    // Before the window is styled: changing a widget's flags re-parents it, which styles the whole
    // tree again (about a fifth of the start-up's main-thread time when it came after).
    if (!m_options.windowed)
        m_window->setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    // The first frame is seen by the first paint of any of its widgets (an overlay may cover it all).
    QCoreApplication::instance()->installEventFilter(this);
    m_window->prepareForSize(windowSize());
    mark("window built");
    const StartupContent startContent = reading.result();
    mark("content read");
    if (!useStartupContent(startContent)) {
        std::fprintf(stderr, "alzhir-kiosk: no usable content in %s; check it with: alzhir-kiosk --check-content %s\n",
            qPrintable(contentDir()), qPrintable(contentDir()));
        return false;
    }
    startContentWatcher(startContent.baseline);
    showWindow();
    mark("window shown");
    startRuntime();
    mark("runtime started");
    return true;
}

// Staff may swap the content while the kiosk runs (media/README.md): the watcher checks it in the
// background and leaves new valid content pending in the store for the next idle moment.
void KioskShell::startContentWatcher(const FolderFingerprint& baseline)
{
    m_contentWatcher = std::make_unique<ContentWatcher>(contentDir(), &m_store);
    m_contentWatcher->setQuietPeriod(static_cast<int>(m_config.contentQuietPeriod().count()));
    m_contentWatcher->start(baseline);
}

// The size the window will have: the screen's when fullscreen. A kiosk may start before its
// display is connected (no screen yet): then a common size; Qt lays the window out again when the
// screen arrives.
QSize KioskShell::windowSize() const
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (m_options.windowed || !screen)
        return WindowedSize;
    return screen->size();
}

void KioskShell::showWindow()
{
    if (m_options.windowed) {
        m_window->resize(WindowedSize);
        m_window->show();
    } else {
        m_window->showFullScreen(); // frameless and on top: set in start()
    }
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
}

// Once the first frame is on the screen: what the visitor does not see at once.
void KioskShell::afterFirstFrame()
{
    qCInfo(lcKiosk) << "first frame after" << m_sinceStart.elapsedMs() << "ms from process start";
    if (m_options.exitAfterFirstFrame) {
        std::fprintf(stdout, "first frame after %lld ms\n", static_cast<long long>(m_sinceStart.elapsedMs()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    m_window->prepareInBackground();
    startHealthChecks();
    // Qt Multimedia is loaded now, not at the first tap on a testimony (nor before this frame).
    QTimer::singleShot(0, this, [] { MediaPlugin::instance().load(); });
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
    if (event->type() == QEvent::Paint && !m_firstFrameReported && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window.get()) {
        m_firstFrameReported = true;
        qCDebug(lcKiosk, "start-up: first paint begins at %lld ms", static_cast<long long>(m_sinceStart.elapsedMs()));
        QCoreApplication::instance()->removeEventFilter(this);
        // Once the paint has finished and the frame has been flushed.
        QTimer::singleShot(0, this, &KioskShell::afterFirstFrame);
    }
    return QObject::eventFilter(watched, event);
}
