#include "kioskshell.h"

#include "contentloader.h"
#include "logging.h"
#include "mainwindow.h"
#include "theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

KioskShell::KioskShell(const CommandLineOptions& options, const QElapsedTimer& sinceStart, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_sinceStart(sinceStart)
{
}

KioskShell::~KioskShell() = default;

bool KioskShell::displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString KioskShell::contentDir() const
{
    return m_options.contentDir.isEmpty() ? CommandLine::defaultContentDir() : m_options.contentDir;
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
    m_languages.setLanguage(m_options.language.isEmpty() ? QStringLiteral("kk") : m_options.language);
    if (!loadInitialContent()) {
        std::fprintf(stderr, "alzhir-kiosk: no usable content in %s; check it with: alzhir-kiosk --check-content %s\n",
            qPrintable(contentDir()), qPrintable(contentDir()));
        return false;
    }
    // Staff may swap the content while the kiosk runs (media/README.md): the watcher checks it in the
    // background and leaves new valid content pending in the store for the next idle moment.
    m_contentWatcher = std::make_unique<ContentWatcher>(contentDir(), &m_store);
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
    return true;
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
