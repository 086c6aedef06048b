// The Wall of Memory screen as a visitor uses it: taps on the kiosk's own keyboard, the results
// as she types, a tap on a name, and the card.
#include "../core/namesfixture.h"
#include "jumpbar.h"
#include "kioskfixture.h"
#include "namecard.h"
#include "nameslistmodel.h"
#include "namessearchservice.h"
#include "onscreenkeyboard.h"
#include "theme.h"
#include "wallscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>

namespace {

// The kiosk on the sample content, with the test names list in place of the sample one.
struct WallFixture : KioskFixture
{
    explicit WallFixture(const QSize& size = QSize(1920, 1080))
        : KioskFixture(size)
    {
        auto content = std::make_shared<Content>(*store.current());
        content->names = NamesFixture::records();
        store.setCurrent(content);
        window->showScreen(QStringLiteral("wall"));
        wall = qobject_cast<WallScreen*>(window->screen(QStringLiteral("wall")));
        REQUIRE(wall);
        REQUIRE(TestSupport::waitFor([this] {
            return wall->searchService()->index() && wall->searchService()->index()->size() == 33;
        }, 20000));
        QApplication::processEvents();
    }

    void tap(QWidget* widget)
    {
        REQUIRE(widget);
        REQUIRE(widget->isVisible());
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
        QApplication::processEvents();
    }

    // Taps each letter of `text` on the keyboard ("_" is the space bar).
    void type(const QString& text)
    {
        for (const QChar c : text) {
            INFO("key " << QString(c).toStdString());
            tap(c == QLatin1Char('_') ? wall->keyboard()->key(QStringLiteral("key_space"))
                                      : wall->keyboard()->key(QString(c)));
        }
    }

    int numberAt(int row) const
    {
        return wall->namesModel()->index(row).data(NamesListModel::NumberRole).toInt();
    }

    int rowOf(int number) const
    {
        for (int row = 0; row < wall->namesModel()->rowCount(); ++row) {
            if (numberAt(row) == number)
                return row;
        }
        return -1;
    }

    void tapRow(int row)
    {
        QListView* view = wall->namesView();
        const QModelIndex index = wall->namesModel()->index(row);
        view->scrollTo(index);
        QApplication::processEvents();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QApplication::processEvents();
    }

    WallScreen* wall = nullptr;
};

} // namespace

TEST_CASE("Typing a Kazakh name on the kiosk's keyboard and tapping it opens her card", "[wall]")
{
    WallFixture f;
    REQUIRE(f.wall->keyboard()->keyLayout() == OnScreenKeyboard::Layout::Kazakh);
    f.type(QStringLiteral("жұмаб"));
    CHECK(f.wall->query() == QStringLiteral("Жұмаб"));
    REQUIRE(f.wall->namesModel()->rowCount() >= 1);
    CHECK(f.numberAt(0) == 1);
    f.type(QStringLiteral("_ай"));
    CHECK(f.wall->query() == QStringLiteral("Жұмаб Ай"));
    REQUIRE(f.wall->namesModel()->rowCount() >= 1);
    CHECK(f.numberAt(0) == 1);

    f.tapRow(0);
    REQUIRE(f.wall->isCardShown());
    CHECK(f.wall->card()->record().number == 1);
    CHECK(f.wall->card()->findChild<QLabel*>(QStringLiteral("cardName"))->text()
        == QStringLiteral("Жұмабаева Айгерім Серікқызы"));
    CHECK(f.wall->card()->findChild<QLabel*>(QStringLiteral("cardNumber"))->text().contains(QLatin1Char('1')));
    CHECK(f.window->canGoBack());

    // Back returns to the results, the query kept.
    f.window->goBack();
    CHECK_FALSE(f.wall->isCardShown());
    CHECK(f.window->currentScreenId() == QStringLiteral("wall"));
    CHECK(f.wall->query() == QStringLiteral("Жұмаб Ай"));
}

TEST_CASE("A Latin spelling typed on the Latin keyboard finds the Cyrillic name", "[wall]")
{
    WallFixture f;
    f.tap(f.wall->keyboard()->key(QStringLiteral("layout_en")));
    REQUIRE(f.wall->keyboard()->keyLayout() == OnScreenKeyboard::Layout::Latin);
    f.type(QStringLiteral("qasymova_asel"));
    CHECK(f.wall->query() == QStringLiteral("Qasymova Asel"));
    REQUIRE(f.wall->namesModel()->rowCount() == 1);
    f.tapRow(0);
    REQUIRE(f.wall->isCardShown());
    CHECK(f.wall->card()->record().surname == QStringLiteral("Қасымова"));

    f.wall->goBack();
    f.tap(f.wall->keyboard()->key(QStringLiteral("key_clear")));
    f.type(QStringLiteral("fyodorova"));
    const int row = f.rowOf(4);
    REQUIRE(row >= 0);
    f.tapRow(row);
    REQUIRE(f.wall->isCardShown());
    CHECK(f.wall->card()->record().number == 4);
}

TEST_CASE("A Russian keyboard finds a Kazakh spelling, and a typo still finds her", "[wall]")
{
    WallFixture f;
    f.tap(f.wall->keyboard()->key(QStringLiteral("layout_ru")));
    REQUIRE(f.wall->keyboard()->key(QStringLiteral("ә")) == nullptr);
    f.type(QStringLiteral("отегенова"));
    REQUIRE(f.wall->namesModel()->rowCount() >= 1);
    CHECK(f.numberAt(0) == 13);
    f.tap(f.wall->keyboard()->key(QStringLiteral("key_clear")));
    f.type(QStringLiteral("щербвкова")); // one wrong letter
    REQUIRE(f.wall->namesModel()->rowCount() >= 1);
    CHECK(f.numberAt(0) == 8);
}

TEST_CASE("The keyboard follows the interface language and can be switched on its own", "[wall]")
{
    WallFixture f;
    CHECK(f.wall->keyboard()->key(QStringLiteral("ә")) != nullptr);
    f.switchLanguage(QStringLiteral("ru"));
    CHECK(f.wall->keyboard()->keyLayout() == OnScreenKeyboard::Layout::Russian);
    f.switchLanguage(QStringLiteral("en"));
    CHECK(f.wall->keyboard()->keyLayout() == OnScreenKeyboard::Layout::Latin);
    CHECK(f.wall->keyboard()->key(QStringLiteral("q")) != nullptr);
    f.tap(f.wall->keyboard()->key(QStringLiteral("layout_kk")));
    CHECK(f.wall->keyboard()->keyLayout() == OnScreenKeyboard::Layout::Kazakh);
    CHECK(f.wall->keyboard()->key(QStringLiteral("қ")) != nullptr);
    // Keys are big: at least the primary button height, and as wide.
    const QPushButton* key = f.wall->keyboard()->key(QStringLiteral("қ"));
    CHECK(key->height() >= 88);
    CHECK(key->width() >= 88);
}

TEST_CASE("Space, backspace and clear", "[wall]")
{
    WallFixture f;
    f.type(QStringLiteral("ким"));
    CHECK(f.wall->query() == QStringLiteral("Ким"));
    CHECK(f.wall->namesModel()->mode() == NamesListModel::Mode::Results);
    CHECK(f.numberAt(0) == 16);
    f.type(QStringLiteral("__")); // a second space is not typed
    CHECK(f.wall->query() == QStringLiteral("Ким "));
    f.tap(f.wall->keyboard()->key(QStringLiteral("key_backspace")));
    f.tap(f.wall->keyboard()->key(QStringLiteral("key_backspace")));
    CHECK(f.wall->query() == QStringLiteral("Ки"));
    f.tap(f.wall->keyboard()->key(QStringLiteral("key_clear")));
    CHECK(f.wall->query().isEmpty());
    CHECK(f.wall->namesModel()->mode() == NamesListModel::Mode::All);
    CHECK(f.wall->namesModel()->rowCount() == 33);
}

TEST_CASE("No match: a kind message and the closest names", "[wall]")
{
    WallFixture f;
    f.tap(f.wall->keyboard()->key(QStringLiteral("layout_en")));
    f.type(QStringLiteral("zhumabaeva_zoya"));
    CHECK(f.wall->namesModel()->mode() == NamesListModel::Mode::Closest);
    REQUIRE(f.wall->namesModel()->rowCount() >= 1);
    CHECK((f.numberAt(0) == 1 || f.numberAt(0) == 2));
    const QString status = f.wall->findChild<QLabel*>(QStringLiteral("searchStatus"))->text();
    CHECK(status.contains(QStringLiteral("Zhumabaeva Zoya")));
    f.tapRow(0); // a suggestion opens like a result
    CHECK(f.wall->isCardShown());
}

TEST_CASE("Without a query: every name in the language's order and a jump bar of letters", "[wall]")
{
    WallFixture f;
    JumpBar* bar = f.wall->jumpBar();
    REQUIRE(bar->isVisible());
    int letter = -1;
    for (int i = 0; i < bar->initials().size(); ++i) {
        if (bar->initials().at(i).letter == QStringLiteral("Ы"))
            letter = i;
    }
    REQUIRE(letter >= 0);
    // Kazakh order: Ы comes before І.
    CHECK(bar->initials().at(letter + 1).letter == QStringLiteral("І"));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->letterRect(letter).center());
    QApplication::processEvents();
    QListView* view = f.wall->namesView();
    const int first = bar->initials().at(letter).row;
    CHECK(f.wall->namesModel()->index(first).data().toString().startsWith(QStringLiteral("Ы")));
    CHECK(view->verticalScrollBar()->value() > 0);
    CHECK(view->viewport()->rect().intersects(view->visualRect(f.wall->namesModel()->index(first))));
    // Typing hides the jump bar.
    f.type(QStringLiteral("ы"));
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("On a small screen the jump bar writes every few letters, readable, and a finger still reaches each", "[wall]")
{
    KioskFixture f(QSize(1366, 768));
    f.window->prepareInBackground();
    f.window->namesSearch()->waitForIndex();
    f.window->showScreen(QStringLiteral("wall"));
    auto* wall = qobject_cast<WallScreen*>(f.window->screen(QStringLiteral("wall")));
    REQUIRE(wall);
    QApplication::processEvents();
    JumpBar* bar = wall->jumpBar();
    REQUIRE(bar->isVisible());
    const int letters = int(bar->initials().size());
    REQUIRE(letters > 30); // the sample list's Kazakh initials
    const int smallPx = Theme::metricsFor(bar).smallPx;
    INFO("bar " << bar->height() << " px for " << letters << " letters");
    CHECK(bar->height() / letters < smallPx); // too short to write them all
    CHECK(bar->labelEvery() > 1);
    CHECK(bar->labelPixelSize() >= smallPx);
    // Sliding a finger down the bar passes every letter, written or not.
    QSet<QString> shown;
    QObject::connect(bar, &JumpBar::letterShown, bar, [&shown](const QString& letter) { shown.insert(letter); });
    QTest::mousePress(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, 0));
    for (int y = 0; y < bar->height(); ++y) {
        QMouseEvent move(QEvent::MouseMove, QPointF(bar->width() / 2, y), bar->mapToGlobal(QPointF(bar->width() / 2, y)),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(bar, &move);
    }
    QTest::mouseRelease(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, bar->height() - 1));
    CHECK(shown.size() == letters + 1); // every letter, and "" when the finger lifts
}

TEST_CASE("Leaving the screen and the idle reset forget the search and the card", "[wall]")
{
    WallFixture f;
    f.type(QStringLiteral("ким"));
    f.tapRow(0);
    REQUIRE(f.wall->isCardShown());
    f.window->goHome();
    f.window->showScreen(QStringLiteral("wall"));
    QApplication::processEvents();
    CHECK_FALSE(f.wall->isCardShown());
    CHECK(f.wall->query().isEmpty());

    f.type(QStringLiteral("ким"));
    f.tapRow(0);
    f.window->resetForNewVisitor();
    QApplication::processEvents();
    CHECK_FALSE(f.wall->isCardShown());
    CHECK(f.wall->query().isEmpty());
    CHECK(f.wall->namesView()->verticalScrollBar()->value() == 0);
}

TEST_CASE("The card shows where the name stands on the wall when the list says", "[wall]")
{
    WallFixture f;
    auto content = std::make_shared<Content>(*f.store.current());
    NameRecord placed = NamesFixture::name(40, "Сынақова", "Сәуле", "Жұмабайқызы");
    placed.panel = QStringLiteral("12");
    placed.row = QStringLiteral("7");
    placed.birthYear = QStringLiteral("1910");
    content->names.append(placed);
    f.store.setCurrent(content);
    REQUIRE(TestSupport::waitFor([&] { return f.wall->searchService()->index()
                                           && f.wall->searchService()->index()->size() == 34; }, 20000));
    QApplication::processEvents();
    f.type(QStringLiteral("сынақ"));
    REQUIRE(f.wall->namesModel()->rowCount() == 1);
    f.tapRow(0);
    REQUIRE(f.wall->isCardShown());
    QWidget* marker = f.wall->card()->findChild<QWidget*>(QStringLiteral("wallMarker"));
    REQUIRE(marker);
    CHECK(marker->isVisible());
    CHECK(f.wall->card()->findChild<QLabel*>(QStringLiteral("cardPlace"))->text().contains(QStringLiteral("12")));
    // A name without a place has no drawing.
    f.wall->goBack();
    f.tap(f.wall->keyboard()->key(QStringLiteral("key_clear")));
    f.type(QStringLiteral("ким"));
    f.tapRow(0);
    CHECK_FALSE(marker->isVisible());
}

TEST_CASE("Prepared after the first frame, the Wall of Memory opens on its list at once", "[wall]")
{
    KioskFixture f;
    NamesSearchService* names = f.window->namesSearch();
    REQUIRE(names);
    CHECK(names->index() == nullptr); // nothing built before the kiosk asks
    f.window->prepareInBackground();
    CHECK(names->isBuilding());
    names->waitForIndex();
    REQUIRE(names->index());
    CHECK(names->index()->size() == f.store.current()->names.size());

    f.window->showScreen(QStringLiteral("wall"));
    auto* wall = qobject_cast<WallScreen*>(f.window->screen(QStringLiteral("wall")));
    REQUIRE(wall);
    CHECK(wall->searchService() == names); // one index for the window, not one per screen
    CHECK(wall->namesModel()->rowCount() == f.store.current()->names.size());
    CHECK(wall->jumpBar()->isVisible());

    // New content after that: the index follows it without the screen asking.
    auto content = std::make_shared<Content>(*f.store.current());
    content->names = NamesFixture::records();
    f.store.setCurrent(content);
    REQUIRE(TestSupport::waitFor([&] { return names->index() && names->index()->size() == 33; }, 20000));
    QApplication::processEvents();
    CHECK(wall->namesModel()->rowCount() == 33);
}
