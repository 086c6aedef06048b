#include "mainwindow.h"

#include "contentstore.h"
#include "accessibilitybar.h"
#include "homescreen.h"
#include "languagebar.h"
#include "languagemanager.h"
#include "logging.h"
#include "namessearchservice.h"
#include "navbar.h"
#include "sectionscreen.h"
#include "testimoniesscreen.h"
#include "theme.h"
#include "wallscreen.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(ContentStore* store, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_languages(languages)
    , m_header(new QWidget(this))
    , m_title(new QLabel(m_header))
    , m_sampleMark(new QLabel(m_header))
    , m_stack(new QStackedWidget(this))
    , m_navBar(new NavBar(this))
    , m_namesSearch(new NamesSearchService(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_title->setWordWrap(true);
    m_sampleMark->setObjectName(QStringLiteral("sampleMark"));
    m_sampleMark->setProperty("role", QStringLiteral("sampleMark"));

    m_header->setObjectName(QStringLiteral("header"));
    auto* header = new QHBoxLayout(m_header);
    header->addWidget(m_title, 1, Qt::AlignBottom);
    header->addWidget(m_sampleMark, 0, Qt::AlignTop | Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_navBar);

    connect(m_navBar, &NavBar::homeRequested, this, &MainWindow::goHome);
    connect(m_navBar, &NavBar::backRequested, this, &MainWindow::goBack);
    connect(m_navBar->languageBar(), &LanguageBar::languageChosen, m_languages, &LanguageManager::setLanguage);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::setLanguage);
    connect(m_store, &ContentStore::contentChanged, this, &MainWindow::setContent);
    AccessibilityBar* access = m_navBar->accessibilityBar();
    connect(access, &AccessibilityBar::textStepRequested, this, &MainWindow::setTextStep);
    connect(access, &AccessibilityBar::highContrastRequested, this, &MainWindow::setHighContrast);
    connect(access, &AccessibilityBar::reachModeRequested, this, &MainWindow::setReachMode);
    access->setState(0, false, false);

    setLanguage(m_languages->language().isEmpty() ? QStringLiteral("kk") : m_languages->language());
    setContent(m_store->current());
    showScreen(QStringLiteral("home"));
    m_history.clear();
    updateChrome();
}

MainWindow::~MainWindow()
{
    // The screens are destroyed after this body, as children; a screen whose pages change while it
    // is torn down must not call back into this half-destroyed window.
    for (Screen* s : std::as_const(m_screens))
        disconnect(s, nullptr, this, nullptr);
}

QStringList MainWindow::screenIds()
{
    return { QStringLiteral("home"), QStringLiteral("arch"), QStringLiteral("museum"), QStringLiteral("wall"),
        QStringLiteral("tear"), QStringLiteral("testimonies"), QStringLiteral("about") };
}

Screen* MainWindow::createScreen(const QString& id)
{
    if (id == QLatin1String("home")) {
        auto* home = new HomeScreen(this);
        connect(home, &HomeScreen::screenRequested, this, &MainWindow::showScreen);
        return home;
    }
    if (id == QLatin1String("wall"))
        return new WallScreen(m_namesSearch, this);
    if (id == QLatin1String("testimonies"))
        return new TestimoniesScreen(this);
    if (Section::requiredIds().contains(id))
        return new SectionScreen(id, this);
    return nullptr;
}

void MainWindow::addScreen(const QString& id, Screen* screen)
{
    screen->setObjectName(id + QStringLiteral("Screen"));
    m_screens.insert(id, screen);
    screen->setLanguage(m_language);
    screen->setContent(m_content);
    m_stack->addWidget(screen);
    connect(screen, &Screen::titleChanged, this, [this, screen] {
        if (screen == currentScreen())
            updateChrome();
    });
}

void MainWindow::showScreen(const QString& id)
{
    Screen* next = screen(id);
    if (!next) {
        qCWarning(lcUi) << "no screen" << id;
        return;
    }
    const QString current = currentScreenId();
    if (current == id)
        return;
    if (!current.isEmpty())
        m_history.append(current);
    m_stack->setCurrentWidget(next);
    updateChrome();
    Q_EMIT screenShown(id);
}

QString MainWindow::currentScreenId() const
{
    return m_screens.key(currentScreen());
}

Screen* MainWindow::screen(const QString& id)
{
    if (Screen* existing = m_screens.value(id))
        return existing;
    Screen* made = screenIds().contains(id) ? createScreen(id) : nullptr;
    if (made)
        addScreen(id, made);
    return made;
}

Screen* MainWindow::currentScreen() const
{
    return qobject_cast<Screen*>(m_stack->currentWidget());
}

void MainWindow::goHome()
{
    if (currentScreenId() == QLatin1String("home"))
        return;
    showScreen(QStringLiteral("home"));
    m_history.clear();
    updateChrome();
}

void MainWindow::goBack()
{
    if (Screen* s = currentScreen(); s && s->goBack()) {
        updateChrome();
        return;
    }
    if (m_history.isEmpty())
        return;
    const QString previous = m_history.takeLast();
    m_stack->setCurrentWidget(screen(previous));
    updateChrome();
    Q_EMIT screenShown(previous);
}

void MainWindow::resetForNewVisitor()
{
    for (Screen* s : std::as_const(m_screens))
        s->resetForNewVisitor();
    m_stack->setCurrentWidget(m_screens.value(QStringLiteral("home")));
    m_history.clear();
    setAccessibility({}, false);
    updateChrome();
}

void MainWindow::setTextStep(int step)
{
    setAccessibility({ m_themeOptions.highContrast, std::clamp(step, 0, int(Theme::MaxTextStep)) }, m_reachMode);
}

void MainWindow::setHighContrast(bool on)
{
    setAccessibility({ on, m_themeOptions.textStep }, m_reachMode);
}

void MainWindow::setReachMode(bool on)
{
    setAccessibility(m_themeOptions, on);
}

void MainWindow::setAccessibility(const Theme::Options& options, bool reachMode)
{
    // Re-styling the window re-polishes every widget: only when something changed (the idle reset
    // calls this for every visitor).
    if (options.highContrast == m_themeOptions.highContrast && options.textStep == m_themeOptions.textStep
        && reachMode == m_reachMode)
        return;
    m_themeOptions = options;
    m_reachMode = reachMode;
    applyTheme(true);
    updateChrome();
}

bool MainWindow::isBusy() const
{
    const Screen* s = currentScreen();
    return s && s->isBusy();
}

void MainWindow::prepareForSize(const QSize& size)
{
    resize(size);
    applyTheme();
    ensurePolished();
    layout()->activate();
}

void MainWindow::prepareInBackground()
{
    m_preparing = true;
    m_namesSearch->setContent(m_content);
}

void MainWindow::setContent(ContentPtr content)
{
    m_content = content;
    if (m_preparing)
        m_namesSearch->setContent(content);
    for (Screen* s : std::as_const(m_screens))
        s->setContent(content);
    updateChrome();
}

void MainWindow::setLanguage(const QString& code)
{
    m_language = code;
    m_navBar->languageBar()->setCurrentLanguage(code);
    for (Screen* s : std::as_const(m_screens))
        s->setLanguage(code);
    updateChrome();
}

void MainWindow::updateChrome()
{
    const Screen* s = currentScreen();
    m_title->setText(s ? s->title() : QString());
    m_title->setVisible(m_reachMode || (s && currentScreenId() != QLatin1String("home")));
    m_navBar->setBackEnabled(canGoBack() || (s && s->hasInnerPage()));
    m_sampleMark->setVisible(m_content && m_content->sample);
    //: A discreet mark shown while the kiosk shows placeholder (sample) content.
    m_sampleMark->setText(tr("Sample content"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateChrome();
    QWidget::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyTheme();
}

void MainWindow::applyTheme(bool force)
{
    if (size() == m_themedSize && !force)
        return;
    m_themedSize = size();
    Theme::apply(this, size(), m_themeOptions);
    const Theme::Metrics m = Theme::metrics(size(), m_themeOptions);
    m_header->layout()->setContentsMargins(m.margin, m.margin / 2, m.margin, m.spacing);
    m_navBar->accessibilityBar()->setState(m_themeOptions.textStep, m_themeOptions.highContrast, m_reachMode);
    updateReachLayout();
}

void MainWindow::updateReachLayout()
{
    // In reach mode the header grows to fill the upper part, with the title at its foot, so that
    // the screens and the navigation bar - everything to touch - sit in the lower part.
    m_header->setMinimumHeight(m_reachMode ? int(height() * ReachTop) : 0);
}
