#include "screenshotter.h"

#include "contentloader.h"
#include "contentstore.h"
#include "fontsetup.h"
#include "language.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "namessearchservice.h"
#include "runtimescreenshots.h"
#include "screen.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

#include <cstdio>

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

bool save(QWidget* window, const QString& path)
{
    settle();
    const QPixmap shot = window->grab();
    if (shot.isNull() || !shot.save(path)) {
        std::fprintf(stderr, "alzhir-kiosk: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

// The accessibility modes, on the home screen and a section: "-reach", "-large", "-contrast".
bool shootAccessibility(MainWindow* window, const QString& dir, const QString& code)
{
    bool ok = true;
    for (const QString& id : { QStringLiteral("home"), QStringLiteral("arch") }) {
        window->resetForNewVisitor();
        window->showScreen(id);
        window->setReachMode(true);
        ok = save(window, QStringLiteral("%1/%2-reach_%3.png").arg(dir, id, code)) && ok;
        window->setReachMode(false);
        window->setTextStep(Theme::MaxTextStep);
        ok = save(window, QStringLiteral("%1/%2-large_%3.png").arg(dir, id, code)) && ok;
        window->setTextStep(0);
        window->setHighContrast(true);
        ok = save(window, QStringLiteral("%1/%2-contrast_%3.png").arg(dir, id, code)) && ok;
    }
    window->resetForNewVisitor();
    return ok;
}

// The offscreen platform warns on every window size hint; that says nothing about the kiosk.
QtMessageHandler previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

bool shootSize(const ContentPtr& content, const QSize& size, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return false;
    ContentStore store;
    store.setCurrent(content);
    LanguageManager languages;
    MainWindow window(&store, &languages);
    window.resize(size);
    window.show();
    // As in the kiosk, where the names index is built after the first frame: the Wall of Memory
    // shows its list, not "Preparing the list of names".
    window.prepareInBackground();
    window.namesSearch()->waitForIndex();
    bool ok = true;
    for (const QString& code : Language::all()) {
        languages.setLanguage(code);
        for (const QString& id : MainWindow::screenIds()) {
            window.resetForNewVisitor();
            window.showScreen(id);
            ok = save(&window, QStringLiteral("%1/%2_%3.png").arg(dir, id, code)) && ok;
            Screen* screen = window.screen(id);
            for (const QString& state : screen->screenshotStates()) {
                screen->enterScreenshotState(state);
                ok = save(&window, QStringLiteral("%1/%2-%3_%4.png").arg(dir, id, state, code)) && ok;
            }
        }
        ok = shootAccessibility(&window, dir, code) && ok;
        window.resetForNewVisitor();
        ok = RuntimeScreenshots::render(&window, &store, code, [&](const QString& name) {
            return save(&window, QStringLiteral("%1/%2_%3.png").arg(dir, name, code));
        }) && ok;
    }
    window.resetForNewVisitor();
    return ok;
}

} // namespace

void Screenshotter::preparePlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

QList<QSize> Screenshotter::standardSizes()
{
    return { QSize(1920, 1080), QSize(1080, 1920), QSize(1366, 768) };
}

int Screenshotter::run(const CommandLineOptions& options)
{
    previousHandler = qInstallMessageHandler(quietHandler);
    // The kiosk's fonts, so that the pictures show what its screen does.
    FontSetup::useKioskConfiguration();
    Theme::installFonts();
    const QString contentDir = options.contentDir.isEmpty() ? CommandLine::defaultContentDir() : options.contentDir;
    const ContentLoader::Result loaded = ContentLoader::load(contentDir);
    if (!loaded.ok()) {
        for (const ContentProblem& p : loaded.problems)
            std::fprintf(stderr, "%s\n", qPrintable(p.toString()));
        return 2;
    }
    const QList<QSize> sizes = options.screenshotSize.isValid() ? QList<QSize> { options.screenshotSize } : standardSizes();
    bool ok = true;
    for (const QSize& size : sizes) {
        const QString dir = QStringLiteral("%1/%2x%3").arg(options.screenshotsDir).arg(size.width()).arg(size.height());
        ok = shootSize(loaded.content, size, dir) && ok;
        std::fprintf(stdout, "screenshots written to %s\n", qPrintable(dir));
    }
    return ok ? 0 : 1;
}
