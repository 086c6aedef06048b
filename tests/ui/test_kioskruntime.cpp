// The kiosk runtime as visitors meet it, on a manual clock: the attract loop, a session, the
// "are you still here?" prompt, the reset that forgets the visitor, content swaps at idle moments,
// the dark screen outside opening hours, and the usage counts.
#include "runtimefixture.h"

#include "closedscreen.h"
#include "contentnotepage.h"
#include "photogallery.h"
#include "playbackcontroller.h"
#include "playerview.h"
#include "screen.h"
#include "sectionscreen.h"
#include "stillhereprompt.h"
#include "testimoniesscreen.h"
#include "wallscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using State = VisitorSession::State;

namespace {

// A media engine that "plays" at once and keeps playing until told otherwise: a visitor watching a
// long testimony, without real media.
class EndlessEngine final : public MediaEngine
{
    Q_OBJECT

public:
    void load(const QString&) override
    {
        setStatus(Status::Loading);
        setStatus(Status::Ready);
    }
    void unload() override
    {
        m_playing = false;
        setStatus(Status::Empty);
    }
    void play() override
    {
        m_playing = true;
        Q_EMIT playingChanged(true);
    }
    void pause() override
    {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
    void seek(qint64) override { }
    qint64 position() const override { return m_position; }
    qint64 duration() const override { return 600'000; }
    bool isPlaying() const override { return m_playing; }
    bool hasVideo() const override { return false; }
    void setVolume(float) override { }
    float volume() const override { return 1; }
    QWidget* videoWidget() override { return nullptr; }
    // The recording reaches its end.
    void finish()
    {
        m_position = duration();
        Q_EMIT positionChanged(m_position);
        m_playing = false;
        Q_EMIT playingChanged(false);
        setStatus(Status::Ended);
    }

private:
    bool m_playing = false;
    qint64 m_position = 0;
};

TestimoniesScreen* testimoniesOf(MainWindow* window)
{
    auto* screen = qobject_cast<TestimoniesScreen*>(window->screen(QStringLiteral("testimonies")));
    REQUIRE(screen);
    return screen;
}

// Opens a testimony with the endless engine and waits until it plays.
PlaybackController* playEndlessTestimony(RuntimeFixture& kiosk)
{
    kiosk.window->showScreen(QStringLiteral("testimonies"));
    TestimoniesScreen* screen = testimoniesOf(kiosk.window.get());
    PlaybackController* controller = screen->player()->controller();
    controller->setEngineFactory([] { return std::make_unique<EndlessEngine>(); });
    screen->openTestimony(QStringLiteral("sample-audio"));
    if (screen->currentPage() == QStringLiteral("note"))
        QTest::mouseClick(screen->notePage()->continueButton(), Qt::LeftButton);
    REQUIRE(TestSupport::waitFor([&] { return controller->state() == PlaybackController::State::Playing; }));
    REQUIRE(kiosk.window->isBusy());
    return controller;
}

} // namespace

TEST_CASE("The kiosk starts on the attract loop: photos of the content and touch-to-begin in three languages")
{
    RuntimeFixture kiosk;
    AttractLoop* attract = kiosk.runtime->attractLoop();
    CHECK(kiosk.runtime->session()->state() == State::Attract);
    CHECK(attract->isVisible());
    CHECK(attract->geometry() == kiosk.window->rect());
    REQUIRE(attract->slideCount() == kiosk.store.current()->allPhotos().size());
    REQUIRE(attract->slideCount() > 1);

    // The photos change slowly, one after another, and come round again.
    CHECK(attract->currentSlide() == 0);
    attract->showNextSlide();
    CHECK(attract->currentSlide() == 1);
    for (int i = 1; i < attract->slideCount(); ++i)
        attract->showNextSlide();
    CHECK(attract->currentSlide() == 0);

    // "Touch to begin" cycles through Kazakh, Russian and English, each in its own words.
    QStringList seen;
    for (int i = 0; i < 3; ++i) {
        seen.append(attract->currentLanguage());
        attract->showNextLanguage();
    }
    CHECK(seen == QStringList { QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en") });
    CHECK(attract->currentLanguage() == QStringLiteral("kk"));
    const QString kk = attract->touchText(QStringLiteral("kk"));
    const QString ru = attract->touchText(QStringLiteral("ru"));
    const QString en = attract->touchText(QStringLiteral("en"));
    CHECK(en == QStringLiteral("Touch the screen to begin"));
    CHECK(kk != en);
    CHECK(ru != en);
    CHECK(kk != ru);
    CHECK(kk.contains(QChar(u'ң')) == kk.contains(QChar(u'ң'))); // Kazakh text, checked for glyphs by test_glyphs

    // Not in front of a visitor: a screen grab of the window shows the slideshow, not Home.
    const QImage frame = kiosk.window->grab().toImage();
    CHECK_FALSE(frame.isNull());
}

TEST_CASE("A touch on the attract loop starts a fresh session on Home in the default language")
{
    RuntimeFixture kiosk("[visitor]\ndefaultLanguage = ru\n");
    CHECK(kiosk.languages.language() == QStringLiteral("ru"));
    kiosk.startSession();
    CHECK_FALSE(kiosk.runtime->attractLoop()->isVisible());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("home"));
    CHECK(kiosk.languages.language() == QStringLiteral("ru"));
    // The touch that woke the kiosk did not also press whatever was under it.
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("home"));
}

TEST_CASE("After the idle timeout the visitor is asked, in their language, with a visible countdown")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    kiosk.window->showScreen(QStringLiteral("arch"));
    REQUIRE(kiosk.languages.setLanguage(QStringLiteral("en")));
    kiosk.settle();

    kiosk.advanceSeconds(89);
    StillHerePrompt* prompt = kiosk.runtime->stillHerePrompt();
    CHECK_FALSE(prompt->isVisible());
    kiosk.advanceSeconds(1);
    REQUIRE(prompt->isVisible());
    CHECK(prompt->geometry() == kiosk.window->rect());
    CHECK(prompt->questionText() == QStringLiteral("Are you still here?"));
    CHECK(kiosk.find<QLabel>(QStringLiteral("stillHereCountdown"))->text() == QStringLiteral("15"));
    CHECK(prompt->countdownText().contains(QStringLiteral("15 seconds")));
    kiosk.advanceSeconds(1);
    CHECK(kiosk.find<QLabel>(QStringLiteral("stillHereCountdown"))->text() == QStringLiteral("14"));

    // The same question in Russian and Kazakh for visitors who chose those.
    REQUIRE(kiosk.languages.setLanguage(QStringLiteral("ru")));
    kiosk.settle();
    const QString russian = prompt->questionText();
    REQUIRE(kiosk.languages.setLanguage(QStringLiteral("kk")));
    kiosk.settle();
    const QString kazakh = prompt->questionText();
    CHECK(russian != QStringLiteral("Are you still here?"));
    CHECK(kazakh != QStringLiteral("Are you still here?"));
    CHECK(kazakh != russian);

    // A touch anywhere continues where the visitor was.
    kiosk.tapWindow();
    CHECK(kiosk.runtime->session()->state() == State::Active);
    CHECK_FALSE(prompt->isVisible());
    CHECK(kiosk.window->currentScreenId() == QStringLiteral("arch"));
}

TEST_CASE("A fresh session forgets the last visitor")
{
    // A small window, so that the sample's short texts scroll.
    RuntimeFixture kiosk({}, TuesdayNoon, QSize(800, 480));
    kiosk.startSession();
    MainWindow* window = kiosk.window.get();

    // Playback: a testimony is playing (and keeps the session alive while it plays).
    PlaybackController* controller = playEndlessTestimony(kiosk);
    kiosk.advanceSeconds(600);
    CHECK(kiosk.runtime->session()->state() == State::Active);
    controller->pause();

    // The scroll position of a long text (About) and the gallery of a section with several photos.
    window->showScreen(QStringLiteral("about"));
    kiosk.settle();
    auto* about = qobject_cast<SectionScreen*>(window->screen(QStringLiteral("about")));
    REQUIRE(about);
    QScrollBar* scroll = about->scrollArea()->verticalScrollBar();
    REQUIRE(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum());
    window->showScreen(QStringLiteral("arch"));
    kiosk.settle();
    auto* arch = qobject_cast<SectionScreen*>(window->screen(QStringLiteral("arch")));
    REQUIRE(arch);
    REQUIRE(arch->gallery()->count() > 1);
    arch->gallery()->setCurrentIndex(1);

    // The names list scrolled down, and a search typed.
    window->showScreen(QStringLiteral("wall"));
    auto* wall = qobject_cast<WallScreen*>(window->screen(QStringLiteral("wall")));
    REQUIRE(wall);
    kiosk.settle();
    QScrollBar* names = wall->namesView()->verticalScrollBar();
    if (names->maximum() > 0)
        names->setValue(names->maximum());
    QLineEdit* search = wall->searchField();
    REQUIRE(search);
    search->setText(QStringLiteral("Ива"));

    // Another language.
    REQUIRE(kiosk.languages.setLanguage(QStringLiteral("en")));
    kiosk.settle();

    kiosk.idleOut();

    CHECK(controller->state() == PlaybackController::State::Idle);
    CHECK(testimoniesOf(window)->currentPage() == QStringLiteral("list"));
    CHECK_FALSE(window->isBusy());
    CHECK(scroll->value() == 0);
    CHECK(arch->gallery()->currentIndex() == 0);
    CHECK(names->value() == 0);
    CHECK(search->text().isEmpty());
    CHECK(wall->query().isEmpty());
    CHECK(kiosk.languages.language() == QStringLiteral("kk"));
    CHECK(window->currentScreenId() == QStringLiteral("home"));
    CHECK_FALSE(window->canGoBack());
}

TEST_CASE("A playing testimony keeps the prompt away - its end starts the idle time")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    PlaybackController* controller = playEndlessTestimony(kiosk);
    kiosk.advanceSeconds(30 * 60);
    CHECK(kiosk.runtime->session()->state() == State::Active);
    CHECK_FALSE(kiosk.runtime->stillHerePrompt()->isVisible());
    controller->stop(); // the idle time starts now
    kiosk.advanceSeconds(89);
    CHECK(kiosk.runtime->session()->state() == State::Active);
    kiosk.advanceSeconds(1);
    CHECK(kiosk.runtime->stillHerePrompt()->isVisible());
}

TEST_CASE("New content waits while a visitor is there and is shown at the reset")
{
    RuntimeFixture kiosk;
    const ContentPtr first = kiosk.store.current();
    const ContentLoader::Result again = ContentLoader::load(TestSupport::sampleContentDir());
    REQUIRE(again.ok());

    kiosk.startSession();
    kiosk.window->showScreen(QStringLiteral("arch"));
    kiosk.store.setPending(again.content);
    kiosk.advanceSeconds(30);
    CHECK(kiosk.store.current() == first); // never in front of a visitor
    CHECK(kiosk.store.hasPending());
    kiosk.idleOut();
    CHECK(kiosk.store.current() == again.content);
    CHECK_FALSE(kiosk.store.hasPending());

    // With nobody there, new content is shown at once.
    const ContentLoader::Result third = ContentLoader::load(TestSupport::sampleContentDir());
    REQUIRE(third.ok());
    kiosk.store.setPending(third.content);
    CHECK(kiosk.store.current() == third.content);
}

TEST_CASE("Outside opening hours the screen is dark and touches show nothing - opening time brings the attract loop")
{
    RuntimeFixture kiosk({}, QDateTime(QDate(2026, 6, 1), QTime(12, 0))); // a Monday: closed
    ClosedScreen* closed = kiosk.runtime->closedScreen();
    CHECK(kiosk.runtime->session()->state() == State::Closed);
    REQUIRE(closed->isVisible());
    CHECK(closed->geometry() == kiosk.window->rect());
    const QImage frame = kiosk.window->grab().toImage();
    CHECK(frame.pixelColor(frame.width() / 2, frame.height() / 2) == QColor(Qt::black));
    CHECK(frame.pixelColor(10, frame.height() - 10) == QColor(Qt::black));

    kiosk.tapWindow();
    kiosk.tapWindow(QPoint(kiosk.window->width() - 20, kiosk.window->height() - 20));
    CHECK(closed->touchesIgnored() == 2);
    CHECK(kiosk.runtime->session()->state() == State::Closed);
    CHECK(closed->isVisible());

    kiosk.clock.setNow(QDateTime(QDate(2026, 6, 2), QTime(9, 0)));
    kiosk.settle();
    CHECK(kiosk.runtime->session()->state() == State::Attract);
    CHECK_FALSE(closed->isVisible());
    CHECK(kiosk.runtime->attractLoop()->isVisible());
}

TEST_CASE("Closing time: playback stops and the screen goes dark once the visitor is done")
{
    RuntimeFixture kiosk({}, QDateTime(QDate(2026, 6, 2), QTime(17, 58)));
    kiosk.startSession();
    PlaybackController* controller = playEndlessTestimony(kiosk);
    kiosk.advanceSeconds(180); // 18:01
    CHECK(kiosk.runtime->session()->state() == State::Active);
    controller->stop();
    kiosk.advanceSeconds(1);
    kiosk.idleOut(State::Closed);
    CHECK(kiosk.runtime->closedScreen()->isVisible());
    CHECK(testimoniesOf(kiosk.window.get())->currentPage() == QStringLiteral("list"));
}

TEST_CASE("Usage counts: sessions, screens, language chosen - never what was searched")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    kiosk.window->showScreen(QStringLiteral("arch"));
    kiosk.window->showScreen(QStringLiteral("wall"));
    REQUIRE(kiosk.languages.setLanguage(QStringLiteral("en")));
    kiosk.settle();
    kiosk.idleOut(); // the reset's own switch back to kk is not a visitor's choice
    kiosk.startSession();
    kiosk.idleOut();

    const QDate today = TuesdayNoon.date();
    const QList<UsageStats::DayTotals> days = kiosk.stats.totalsPerDay(today, today);
    REQUIRE(days.size() == 1);
    CHECK(days.at(0).sessions == 2);
    CHECK(days.at(0).screens == 2);
    QStringList languages;
    for (const UsageStats::Count& count : kiosk.stats.counts(today, today)) {
        if (count.event == QStringLiteral("language"))
            languages.append(count.detail + QLatin1Char('=') + QString::number(count.count));
    }
    CHECK(languages == QStringList { QStringLiteral("en=1") });
}

TEST_CASE("Searches are counted, what was searched is not")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    kiosk.window->showScreen(QStringLiteral("wall"));
    auto* wall = qobject_cast<WallScreen*>(kiosk.window->screen(QStringLiteral("wall")));
    REQUIRE(wall);
    wall->setQuery(QStringLiteral("И"));
    wall->setQuery(QStringLiteral("Ив"));
    wall->setQuery(QStringLiteral("Ива")); // one search, typed letter by letter
    wall->setQuery(QString());
    wall->setQuery(QStringLiteral("Пе")); // a second one
    kiosk.settle();
    const QDate today = TuesdayNoon.date();
    CHECK(kiosk.stats.totalsPerDay(today, today).at(0).searches == 2);
    const QString csv = kiosk.dir.filePath(QStringLiteral("usage.csv"));
    REQUIRE(kiosk.stats.exportCsv(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    CHECK_FALSE(exported.contains(QStringLiteral("Ива")));
    CHECK_FALSE(exported.contains(QStringLiteral("Пе")));
    CHECK(exported.contains(QStringLiteral(",search,,2")));
}

TEST_CASE("A testimony started and played to its end is counted")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    PlaybackController* controller = playEndlessTestimony(kiosk);
    kiosk.advanceSeconds(1);
    const QDate today = TuesdayNoon.date();
    CHECK(kiosk.stats.totalsPerDay(today, today).at(0).testimoniesStarted == 1);
    CHECK(kiosk.stats.totalsPerDay(today, today).at(0).testimoniesFinished == 0);
    kiosk.advanceSeconds(1);
    CHECK(kiosk.stats.totalsPerDay(today, today).at(0).testimoniesStarted == 1); // once per play

    auto* engine = qobject_cast<EndlessEngine*>(controller->engine());
    REQUIRE(engine);
    engine->finish();
    REQUIRE(TestSupport::waitFor([&] { return controller->state() == PlaybackController::State::Ended; }));
    CHECK(kiosk.stats.totalsPerDay(today, today).at(0).testimoniesFinished == 1);
    const QList<UsageStats::Count> counts = kiosk.stats.counts(today, today);
    const bool byId = std::any_of(counts.cbegin(), counts.cend(), [](const UsageStats::Count& c) {
        return c.event == QStringLiteral("testimony_finished") && c.detail == QStringLiteral("sample-audio");
    });
    CHECK(byId);
}

TEST_CASE("The memory budget restarts the kiosk only when nobody is using it")
{
    RuntimeFixture kiosk;
    QStringList restarts;
    QObject::connect(kiosk.runtime.get(), &KioskRuntime::restartRequested,
        [&restarts](const QString& reason) { restarts.append(reason); });
    kiosk.startSession();
    kiosk.runtime->requestIdleRestart(QStringLiteral("memory"));
    kiosk.advanceSeconds(60);
    CHECK(restarts.isEmpty()); // never in front of a visitor
    kiosk.idleOut();
    CHECK(restarts == QStringList { QStringLiteral("memory") });

    RuntimeFixture idle;
    QStringList now;
    QObject::connect(idle.runtime.get(), &KioskRuntime::restartRequested, [&now](const QString& r) { now.append(r); });
    idle.runtime->requestIdleRestart(QStringLiteral("memory"));
    CHECK(now == QStringList { QStringLiteral("memory") });
}

#include "test_kioskruntime.moc"
