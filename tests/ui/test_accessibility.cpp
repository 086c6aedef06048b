// Accessibility as a property of every screen: layouts hold at every size and text step, targets
// are large and apart, both palettes meet WCAG AA, reach mode keeps controls low, every control
// has an accessible name in each language, and Tab reaches every control.
#include "kioskfixture.h"
#include "widgetwalk.h"

#include "accessibilitybar.h"
#include "homescreen.h"
#include "inputfilter.h"
#include "language.h"
#include "navbar.h"
#include "screen.h"
#include "screenshotter.h"
#include "theme.h"
#include "tilebutton.h"

#include <QAccessible>
#include <QPushButton>
#include <QToolButton>

namespace {

QString sizeName(const QSize& s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

TEST_CASE("Sizes at 1920x1080: body text 28 px, primary buttons 88 px", "[accessibility]")
{
    const Theme::Metrics m = Theme::metrics(QSize(1920, 1080), {});
    CHECK(m.bodyPx >= 28);
    CHECK(m.buttonHeight >= 88);
    CHECK(m.minTarget >= 64);
    CHECK(m.spacing >= 16);
    const Theme::Metrics larger = Theme::metrics(QSize(1920, 1080), { false, 2 });
    CHECK(larger.bodyPx > m.bodyPx);
    CHECK(Theme::metrics(QSize(1080, 1920), {}).bodyPx == m.bodyPx);
}

TEST_CASE("Both palettes meet WCAG 2.1 AA contrast", "[accessibility][contrast]")
{
    for (const bool high : { false, true }) {
        const Theme::Palette p = Theme::palette({ high, 0 });
        INFO((high ? "high contrast" : "normal") << " palette");
        // Body text and small text: 4.5:1.
        CHECK(Theme::contrastRatio(p.text, p.background) >= 4.5);
        CHECK(Theme::contrastRatio(p.text, p.surface) >= 4.5);
        CHECK(Theme::contrastRatio(p.text, p.surfaceRaised) >= 4.5);
        CHECK(Theme::contrastRatio(p.mutedText, p.background) >= 4.5);
        CHECK(Theme::contrastRatio(p.mutedText, p.surface) >= 4.5);
        CHECK(Theme::contrastRatio(p.mutedText, p.surfaceRaised) >= 4.5);
        CHECK(Theme::contrastRatio(p.accentText, p.accent) >= 4.5);
        // Controls' outlines and the focus ring against what surrounds them: 3:1.
        CHECK(Theme::contrastRatio(p.border, p.background) >= 3.0);
        CHECK(Theme::contrastRatio(p.border, p.surface) >= 3.0);
        CHECK(Theme::contrastRatio(p.accent, p.background) >= 3.0);
        CHECK(Theme::contrastRatio(p.accent, p.surface) >= 3.0);
    }
    CHECK(Theme::contrastRatio(Theme::palette({ true, 0 }).text, Theme::palette({ true, 0 }).background) >= 7.0);
}

TEST_CASE("Every screen holds its layout at each size, language and text step", "[accessibility][layout]")
{
    for (const QSize& size : Screenshotter::standardSizes()) {
        KioskFixture kiosk(size);
        for (const QString& code : Language::all()) {
            kiosk.switchLanguage(code);
            for (int step = 0; step <= Theme::MaxTextStep; ++step) {
                kiosk.window->setTextStep(step);
                for (const QString& id : MainWindow::screenIds()) {
                    kiosk.window->showScreen(id);
                    settle();
                    INFO(sizeName(size).toStdString() << " " << code.toStdString() << " step " << step << " " << id.toStdString());
                    const QStringList faults = WidgetWalk::layoutFaults(kiosk.window.get());
                    for (const QString& f : faults)
                        UNSCOPED_INFO(f.toStdString());
                    CHECK(faults.isEmpty());
                }
                kiosk.window->goHome();
            }
        }
    }
}

TEST_CASE("Touch targets are large enough and far enough apart", "[accessibility][targets]")
{
    for (const QSize& size : Screenshotter::standardSizes()) {
        KioskFixture kiosk(size, QStringLiteral("ru"));
        const Theme::Metrics m = Theme::metrics(size, {});
        for (const QString& id : MainWindow::screenIds()) {
            kiosk.window->showScreen(id);
            settle();
            const QList<QWidget*> targets = WidgetWalk::interactiveWidgets(kiosk.window.get());
            REQUIRE_FALSE(targets.isEmpty());
            for (QWidget* w : targets) {
                INFO(sizeName(size).toStdString() << " " << id.toStdString() << ": " << WidgetWalk::describe(w).toStdString());
                CHECK(w->height() >= m.minTarget);
                CHECK(w->width() >= m.minTarget);
                if (qobject_cast<QAbstractButton*>(w))
                    CHECK(w->height() >= m.buttonHeight);
                const QRect grown = WidgetWalk::windowRect(w).adjusted(-m.spacing / 2 + 1, -m.spacing / 2 + 1,
                    m.spacing / 2 - 1, m.spacing / 2 - 1);
                for (QWidget* other : targets) {
                    if (other == w || w->isAncestorOf(other) || other->isAncestorOf(w))
                        continue;
                    const QRect otherGrown = WidgetWalk::windowRect(other).adjusted(-m.spacing / 2 + 1,
                        -m.spacing / 2 + 1, m.spacing / 2 - 1, m.spacing / 2 - 1);
                    INFO("too close to " << WidgetWalk::describe(other).toStdString());
                    CHECK_FALSE(grown.intersects(otherGrown));
                }
            }
            kiosk.window->goHome();
        }
    }
}

TEST_CASE("Reach mode puts every control in the lower 60 % of the screen", "[accessibility][reach]")
{
    for (const QSize& size : Screenshotter::standardSizes()) {
        KioskFixture kiosk(size);
        QTest::mouseClick(kiosk.window->navBar()->accessibilityBar()->reachButton(), Qt::LeftButton);
        settle();
        REQUIRE(kiosk.window->reachMode());
        const int top = int(size.height() * MainWindow::ReachTop);
        for (const QString& id : MainWindow::screenIds()) {
            kiosk.window->showScreen(id);
            settle();
            for (QWidget* w : WidgetWalk::interactiveWidgets(kiosk.window.get())) {
                INFO(sizeName(size).toStdString() << " " << id.toStdString() << ": " << WidgetWalk::describe(w).toStdString());
                CHECK(WidgetWalk::windowRect(w).top() >= top);
            }
            CHECK(WidgetWalk::layoutFaults(kiosk.window.get()).isEmpty());
        }
        kiosk.window->resetForNewVisitor();
        CHECK_FALSE(kiosk.window->reachMode());
    }
}

TEST_CASE("Every control has an accessible name in each language", "[accessibility][names]")
{
    KioskFixture kiosk;
    for (const QString& code : Language::all()) {
        kiosk.switchLanguage(code);
        for (const QString& id : MainWindow::screenIds()) {
            kiosk.window->showScreen(id);
            settle();
            for (QWidget* w : WidgetWalk::interactiveWidgets(kiosk.window.get())) {
                INFO(code.toStdString() << " " << id.toStdString() << ": " << WidgetWalk::describe(w).toStdString());
                CHECK_FALSE(accessibleName(w).isEmpty());
            }
        }
        kiosk.window->goHome();
    }
    // The names follow the language.
    kiosk.switchLanguage(QStringLiteral("kk"));
    CHECK(accessibleName(kiosk.window->navBar()->homeButton()) == QStringLiteral("Басты бет"));
    kiosk.switchLanguage(QStringLiteral("en"));
    CHECK(accessibleName(kiosk.window->navBar()->accessibilityBar()->reachButton()) == QStringLiteral("Reach mode"));
}

TEST_CASE("Tab reaches every control of each screen, and Enter presses it", "[accessibility][keyboard]")
{
    KioskFixture kiosk;
    InputFilter filter;
    qApp->installEventFilter(&filter);
    kiosk.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(kiosk.window.get()));
    for (const QString& id : MainWindow::screenIds()) {
        kiosk.window->showScreen(id);
        settle();
        QList<QWidget*> expected;
        for (QWidget* w : WidgetWalk::interactiveWidgets(kiosk.window.get())) {
            if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
                expected.append(w);
        }
        REQUIRE_FALSE(expected.isEmpty());
        kiosk.window->activateWindow();
        expected.constFirst()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        auto allReached = [&] { return std::all_of(expected.cbegin(), expected.cend(), [&](QWidget* w) { return reached.contains(w); }); };
        for (int i = 0; i < expected.size() * 3 && !allReached(); ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget* w : expected) {
            INFO(id.toStdString() << ": never focused: " << WidgetWalk::describe(w).toStdString());
            CHECK(reached.contains(w));
        }
    }
    kiosk.window->goHome();
    auto* home = qobject_cast<HomeScreen*>(kiosk.window->screen(QStringLiteral("home")));
    home->tile(QStringLiteral("tear"))->setFocus(Qt::TabFocusReason);
    QTest::keyClick(home->tile(QStringLiteral("tear")), Qt::Key_Return);
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("tear"));
    // The arrow keys move the focus like Tab.
    kiosk.window->navBar()->homeButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(kiosk.window->navBar()->homeButton(), Qt::Key_Right);
    CHECK(QApplication::focusWidget() != kiosk.window->navBar()->homeButton());
    qApp->removeEventFilter(&filter);
}

TEST_CASE("Forgiving touch: a double tap fires once, a sliding tap and a long press are taps", "[accessibility][touch]")
{
    KioskFixture kiosk;
    InputFilter filter;
    qApp->installEventFilter(&filter);
    auto* home = qobject_cast<HomeScreen*>(kiosk.window->screen(QStringLiteral("home")));
    TileButton* tile = home->tile(QStringLiteral("museum"));
    int clicks = 0;
    QObject::connect(tile, &TileButton::clicked, [&clicks] { ++clicks; });

    // Double tap: press, release, double-click press, release.
    const QPoint c = tile->rect().center();
    QTest::mouseClick(tile, Qt::LeftButton, {}, c);
    QTest::mouseDClick(tile, Qt::LeftButton, {}, c);
    QTest::mouseRelease(tile, Qt::LeftButton, {}, c);
    settle();
    CHECK(clicks == 1);
    kiosk.window->goHome();

    // A tap that slides a little.
    clicks = 0;
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mousePress(tile, Qt::LeftButton, {}, c);
    QTest::mouseMove(tile, c + QPoint(12, 8));
    QTest::mouseRelease(tile, Qt::LeftButton, {}, c + QPoint(12, 8));
    settle();
    CHECK(clicks == 1);
    kiosk.window->goHome();

    // A long press is the same as a tap.
    clicks = 0;
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mousePress(tile, Qt::LeftButton, {}, c);
    QTest::qWait(1200);
    QTest::mouseRelease(tile, Qt::LeftButton, {}, c);
    settle();
    CHECK(clicks == 1);
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("museum"));
    qApp->removeEventFilter(&filter);
}

TEST_CASE("Larger text and high contrast apply at once and reset for the next visitor", "[accessibility]")
{
    KioskFixture kiosk;
    AccessibilityBar* bar = kiosk.window->navBar()->accessibilityBar();
    const int before = kiosk.window->font().pixelSize();
    QTest::mouseClick(bar->textSizeButton(), Qt::LeftButton);
    settle();
    CHECK(kiosk.window->textStep() == 1);
    CHECK(kiosk.window->font().pixelSize() > before);
    CHECK(bar->textSizeButton()->text() == QStringLiteral("A+"));
    QTest::mouseClick(bar->contrastButton(), Qt::LeftButton);
    settle();
    CHECK(kiosk.window->highContrast());
    CHECK(kiosk.window->palette().color(QPalette::Window) == Theme::palette({ true, 0 }).background);
    kiosk.window->resetForNewVisitor();
    CHECK(kiosk.window->textStep() == 0);
    CHECK_FALSE(kiosk.window->highContrast());
    CHECK(kiosk.window->font().pixelSize() == before);
}
