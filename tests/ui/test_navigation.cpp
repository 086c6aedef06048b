// A visitor taps from Home into each section and back, in each language, and switches language
// on a section screen.
#include "kioskfixture.h"

#include "homescreen.h"
#include "language.h"
#include "languagebar.h"
#include "navbar.h"
#include "sectionscreen.h"
#include "testimoniesscreen.h"
#include "tilebutton.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace {

void tap(QWidget* widget)
{
    REQUIRE(widget != nullptr);
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Tap from Home into each section and back, in each language", "[navigation]")
{
    for (const QString& code : Language::all()) {
        KioskFixture kiosk(QSize(1920, 1080), code);
        auto* home = qobject_cast<HomeScreen*>(kiosk.window->screen(QStringLiteral("home")));
        REQUIRE(home != nullptr);
        for (const QString& id : MainWindow::screenIds()) {
            if (id == QLatin1String("home"))
                continue;
            INFO("language " << code.toStdString() << ", screen " << id.toStdString());
            tap(home->tile(id));
            CHECK(kiosk.window->currentScreenId() == id);
            auto* title = kiosk.window->findChild<QLabel*>(QStringLiteral("screenTitle"));
            CHECK(title->isVisible());
            CHECK_FALSE(title->text().isEmpty());
            CHECK(title->text() == home->tile(id)->text());
            tap(kiosk.window->navBar()->backButton());
            CHECK(kiosk.window->currentScreenId() == QStringLiteral("home"));
        }
    }
}

TEST_CASE("Home returns to the start from anywhere, and Back retraces the way", "[navigation]")
{
    KioskFixture kiosk;
    auto* home = qobject_cast<HomeScreen*>(kiosk.window->screen(QStringLiteral("home")));
    CHECK_FALSE(kiosk.window->navBar()->backButton()->isEnabled());
    tap(home->tile(QStringLiteral("museum")));
    kiosk.window->showScreen(QStringLiteral("wall"));
    tap(kiosk.window->navBar()->backButton());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("museum"));
    kiosk.window->showScreen(QStringLiteral("about"));
    tap(kiosk.window->navBar()->homeButton());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("home"));
    CHECK_FALSE(kiosk.window->navBar()->backButton()->isEnabled());
}

TEST_CASE("Switching language on a section screen changes every text and stays there", "[navigation][language]")
{
    KioskFixture kiosk(QSize(1920, 1080), QStringLiteral("kk"));
    auto* home = qobject_cast<HomeScreen*>(kiosk.window->screen(QStringLiteral("home")));
    tap(home->tile(QStringLiteral("arch")));
    auto* screen = qobject_cast<SectionScreen*>(kiosk.window->currentScreen());
    REQUIRE(screen != nullptr);
    auto* title = kiosk.window->findChild<QLabel*>(QStringLiteral("screenTitle"));
    const Section* arch = kiosk.store.current()->section(QStringLiteral("arch"));

    CHECK(title->text() == QStringLiteral("Қасірет аркасы"));
    CHECK(screen->bodyLabel()->text() == arch->text.value(QStringLiteral("kk")));
    CHECK(kiosk.window->navBar()->homeButton()->text() == QStringLiteral("Басты бет"));

    tap(kiosk.window->navBar()->languageBar()->button(QStringLiteral("ru")));
    CHECK(kiosk.languages.language() == QStringLiteral("ru"));
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("arch"));
    CHECK(title->text() == QStringLiteral("Арка скорби"));
    CHECK(screen->bodyLabel()->text() == arch->text.value(QStringLiteral("ru")));
    CHECK(kiosk.window->navBar()->homeButton()->text() == QStringLiteral("Главная"));
    CHECK(kiosk.window->navBar()->backButton()->text() == QStringLiteral("Назад"));

    tap(kiosk.window->navBar()->languageBar()->button(QStringLiteral("en")));
    CHECK(title->text() == QStringLiteral("Arch of Sorrow"));
    CHECK(screen->bodyLabel()->text() == arch->text.value(QStringLiteral("en")));
    CHECK(kiosk.window->navBar()->homeButton()->text() == QStringLiteral("Home"));
    CHECK(kiosk.window->navBar()->languageBar()->button(QStringLiteral("en"))->isChecked());
}

TEST_CASE("Sample content carries a visible sample mark", "[navigation]")
{
    KioskFixture kiosk(QSize(1920, 1080), QStringLiteral("en"));
    auto* mark = kiosk.window->findChild<QLabel*>(QStringLiteral("sampleMark"));
    REQUIRE(mark != nullptr);
    CHECK(mark->isVisible());
    CHECK(mark->text() == QStringLiteral("Sample content"));
}

TEST_CASE("Back inside the testimonies leaves the player for the list, then the screen", "[navigation]")
{
    KioskFixture kiosk(QSize(1920, 1080), QStringLiteral("en"));
    kiosk.window->showScreen(QStringLiteral("testimonies"));
    auto* testimonies = kiosk.window->currentScreen();
    REQUIRE(testimonies->goBack() == false);
    const QString id = kiosk.store.current()->testimonies.constFirst().id;
    static_cast<TestimoniesScreen*>(testimonies)->openTestimony(id);
    QApplication::processEvents();
    CHECK(testimonies->hasInnerPage());
    CHECK(kiosk.window->navBar()->backButton()->isEnabled());
    tap(kiosk.window->navBar()->backButton());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("testimonies"));
    CHECK_FALSE(testimonies->hasInnerPage());
    tap(kiosk.window->navBar()->backButton());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("home"));
}
