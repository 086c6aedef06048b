// A visitor plays the sample testimonies by touch, with real playback through Qt Multimedia on
// GStreamer (offscreen, no sound card), and bad recordings end calmly in the unavailable card.
#include "kioskfixture.h"

#include "contentnotepage.h"
#include "mediaplugin.h"
#include "navbar.h"
#include "playbackcontroller.h"
#include "playercontrols.h"
#include "playerview.h"
#include "playersidepanel.h"
#include "scrubbar.h"
#include "subtitleparser.h"
#include "testimoniesscreen.h"
#include "testimonycard.h"
#include "transcriptview.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QWindow>

namespace {

using State = PlaybackController::State;

// Warnings of alzhir.media are what staff read; tests collect them instead of printing them.
QStringList& mediaLog()
{
    static QStringList lines;
    return lines;
}

// What the offscreen platform, a machine with no sound server and the content loader say on
// every run: expected here, so kept off stderr (which then shows only what is new).
bool isExpectedNoise(const QByteArray& category, QtMsgType type, const QString& message)
{
    static const QStringList platform { QStringLiteral("This plugin does not support propagateSizeHints()"),
        QStringLiteral("This plugin does not support raise()"),
        QStringLiteral("PulseAudioService: pa_context_connect() failed"),
        QStringLiteral("QRhi* initializeRHI(QRhi*) : No RHI backend. Using CPU conversion.") };
    return platform.contains(message) || (category == "alzhir.content" && type == QtInfoMsg);
}

void captureMediaLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray category(context.category ? context.category : "");
    if (category == "alzhir.media" || category.startsWith("qt.multimedia")) {
        mediaLog().append(message);
        if (type != QtDebugMsg)
            return;
    }
    if (isExpectedNoise(category, type, message))
        return;
    const QByteArray text = qFormatLogMessage(type, context, message).toLocal8Bit();
    std::fprintf(stderr, "%s\n", text.constData());
}

struct LogCapture
{
    LogCapture()
    {
        mediaLog().clear();
        previous = qInstallMessageHandler(captureMediaLog);
    }
    ~LogCapture() { qInstallMessageHandler(previous); }
    QtMessageHandler previous = nullptr;
};

void tap(QWidget* widget)
{
    REQUIRE(widget != nullptr);
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    QApplication::processEvents();
}

template<typename T>
T* find(QWidget* root, const QString& name)
{
    T* child = root->findChild<T*>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(child != nullptr);
    return child;
}

bool visible(QWidget* root, const QString& name)
{
    QWidget* child = root->findChild<QWidget*>(name);
    return child && child->isVisible();
}

struct PlayerFixture : KioskFixture
{
    explicit PlayerFixture(const QString& language = QStringLiteral("kk"))
        : KioskFixture(QSize(1366, 768), language)
    {
        window->showScreen(QStringLiteral("testimonies"));
        screen = qobject_cast<TestimoniesScreen*>(window->screen(QStringLiteral("testimonies")));
        REQUIRE(screen != nullptr);
        screen->setPrewarmDelay(-1);
    }

    // Taps the card, then "Continue" on the content note.
    void start(const QString& id)
    {
        tap(screen->card(id));
        if (screen->currentPage() == QLatin1String("note"))
            tap(screen->notePage()->continueButton());
        REQUIRE(screen->currentPage() == QStringLiteral("player"));
        player = screen->player();
        controller = player->controller();
    }

    bool waitForState(State state, int ms = 8000)
    {
        return TestSupport::waitFor([&] { return controller->state() == state; }, ms);
    }

    // Replaces the first testimony's recording by `path` (a bad file, a missing one, ...).
    void setFirstMedia(const QString& path)
    {
        auto changed = std::make_shared<Content>(*store.current());
        changed->testimonies[0].mediaPath = path;
        store.setCurrent(changed);
        QApplication::processEvents();
    }

    TestimoniesScreen* screen = nullptr;
    PlayerView* player = nullptr;
    PlaybackController* controller = nullptr;
};

SubtitleTrack sampleTrack(const QString& id, const QString& language, const char* format)
{
    const QString path = QStringLiteral("%1/testimonies/%2.%3.%4")
                             .arg(TestSupport::sampleContentDir(), id, language, QLatin1String(format));
    const auto parsed = SubtitleParser::parseFile(path);
    REQUIRE(parsed.ok());
    return parsed.track;
}

// A media engine whose loading never finishes (like a file on a network share that hangs).
class HangingEngine final : public MediaEngine
{
    Q_OBJECT

public:
    void load(const QString&) override { setStatus(Status::Loading); }
    void unload() override { setStatus(Status::Empty); }
    void play() override { }
    void pause() override { }
    void seek(qint64) override { }
    qint64 position() const override { return 0; }
    qint64 duration() const override { return 0; }
    bool isPlaying() const override { return false; }
    bool hasVideo() const override { return false; }
    void setVolume(float) override { }
    float volume() const override { return 0; }
    QWidget* videoWidget() override { return nullptr; }
};

} // namespace

TEST_CASE("A video testimony plays from a tap: duration, progress, skips, scrubbing, end card", "[player][media]")
{
    LogCapture log;
    PlayerFixture kiosk;
    CHECK_FALSE(kiosk.screen->hasPlayer()); // nothing of the player exists before it is needed

    tap(kiosk.screen->card(QStringLiteral("sample-video")));
    REQUIRE(kiosk.screen->currentPage() == QStringLiteral("note"));
    CHECK(kiosk.screen->notePage()->noteText().startsWith(QStringLiteral("Ескерту үлгісі")));
    tap(kiosk.screen->notePage()->continueButton());
    kiosk.player = kiosk.screen->player();
    kiosk.controller = kiosk.player->controller();
    QSignalSpy firstFrame(kiosk.controller, &PlaybackController::firstFrame);
    kiosk.player->setEndCardDelay(1000);
    QSignalSpy started(kiosk.screen, &TestimoniesScreen::testimonyStarted);
    QSignalSpy finished(kiosk.screen, &TestimoniesScreen::testimonyFinished);

    REQUIRE(kiosk.waitForState(State::Playing));
    CHECK(kiosk.screen->isBusy());
    REQUIRE(TestSupport::waitFor([&] { return kiosk.controller->duration() > 0; }));
    CHECK(qAbs(kiosk.controller->duration() - 22740) < 500);
    REQUIRE(TestSupport::waitFor([&] { return kiosk.controller->position() > 1000; }));
    CHECK(TestSupport::waitFor([&] { return firstFrame.count() > 0; }));
    CHECK(kiosk.controller->hasVideo());
    CHECK(visible(kiosk.player, QStringLiteral("videoPage")));

    const qint64 before = kiosk.controller->position();
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerForward15")));
    CHECK(TestSupport::waitFor([&] { return kiosk.controller->position() >= before + 14000; }));
    const qint64 ahead = kiosk.controller->position();
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerBack15")));
    CHECK(TestSupport::waitFor([&] { return kiosk.controller->position() <= ahead - 13000; }));

    // While the video plays the controls fade away; the first touch only brings them back.
    kiosk.player->setControlsFadeDelay(300);
    QTest::mouseClick(kiosk.player, Qt::LeftButton, {}, QPoint(kiosk.player->width() / 2, 40));
    CHECK(kiosk.player->controlsVisible());
    REQUIRE(TestSupport::waitFor([&] { return !kiosk.player->controlsVisible(); }, 3000));
    QToolButton* play = find<QToolButton>(kiosk.player, QStringLiteral("playerPlayPause"));
    QWindow* window = kiosk.window->windowHandle();
    QTest::mouseClick(window, Qt::LeftButton, {}, play->mapTo(kiosk.window.get(), play->rect().center()));
    QApplication::processEvents();
    CHECK(kiosk.player->controlsVisible());
    CHECK(kiosk.controller->state() == State::Playing);
    kiosk.player->setControlsFadeDelay(PlayerView::DefaultControlsFadeMs);
    kiosk.player->setSubtitlesOn(true); // any intent restarts the fade timer with the long delay

    // A finger lands in the middle of the bar: the recording goes there.
    ScrubBar* scrub = find<ScrubBar>(kiosk.player, QStringLiteral("playerScrub"));
    QTest::mouseClick(scrub, Qt::LeftButton, {}, QPoint(scrub->width() / 2, scrub->height() / 2));
    const qint64 middle = kiosk.controller->duration() / 2;
    CHECK(TestSupport::waitFor([&] { return qAbs(kiosk.controller->position() - middle) < 1500; }));

    // Drag the handle to 90 % and let go: playback runs to the end and the end card appears.
    QTest::mousePress(scrub, Qt::LeftButton, {}, QPoint(scrub->width() / 4, scrub->height() / 2));
    QTest::mouseMove(scrub, QPoint(scrub->width() * 6 / 10, scrub->height() / 2));
    QTest::mouseRelease(scrub, Qt::LeftButton, {}, QPoint(scrub->width() * 9 / 10, scrub->height() / 2));
    REQUIRE(TestSupport::waitFor([&] { return kiosk.controller->position() > kiosk.controller->duration() * 8 / 10; }));
    REQUIRE(kiosk.waitForState(State::Ended, 10000));
    CHECK(visible(kiosk.player, QStringLiteral("endCard")));
    CHECK_FALSE(kiosk.screen->isBusy());
    CHECK(started.count() == 1); // once per opening, however often it seeks
    CHECK(finished.count() == 1);
    CHECK(finished.first().first().toString() == QStringLiteral("sample-video"));
    // ... and after a few seconds, back to the list.
    CHECK(TestSupport::waitFor([&] { return kiosk.screen->currentPage() == QLatin1String("list"); }, 4000));
    CHECK(kiosk.controller->state() == State::Idle);
    CHECK(mediaLog().filter(QStringLiteral("unavailable")).isEmpty());
}

TEST_CASE("Subtitles follow the interface language at once, and the transcript and chapters seek", "[player][media]")
{
    LogCapture log;
    PlayerFixture kiosk;
    kiosk.start(QStringLiteral("sample-audio"));
    REQUIRE(kiosk.waitForState(State::Playing));
    CHECK(visible(kiosk.player, QStringLiteral("audioStage")));
    CHECK(visible(kiosk.player, QStringLiteral("subtitleBand")));
    CHECK(kiosk.player->subtitleLanguage() == QStringLiteral("kk"));

    // Paused inside the second line, every language shows its own words for that moment.
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerPlayPause")));
    REQUIRE(kiosk.controller->state() == State::Paused);
    CHECK_FALSE(kiosk.screen->isBusy());
    kiosk.controller->seek(6000);
    REQUIRE(TestSupport::waitFor([&] { return qAbs(kiosk.controller->position() - 6000) < 300; }));
    for (const QString& code : { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk") }) {
        INFO("language " << code.toStdString());
        kiosk.switchLanguage(code);
        const SubtitleTrack expected = sampleTrack(QStringLiteral("sample-audio"), code, "vtt");
        CHECK(kiosk.player->subtitleLanguage() == code);
        CHECK(kiosk.player->subtitles().cues() == expected.cues());
        CHECK_FALSE(kiosk.player->subtitleText().isEmpty());
        CHECK(kiosk.player->subtitleText() == expected.textAt(kiosk.controller->position()));
    }

    // And while it plays.
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerPlayPause")));
    REQUIRE(kiosk.waitForState(State::Playing));
    kiosk.switchLanguage(QStringLiteral("ru"));
    CHECK(kiosk.player->subtitleLanguage() == QStringLiteral("ru"));
    const SubtitleTrack russian = sampleTrack(QStringLiteral("sample-audio"), QStringLiteral("ru"), "vtt");
    CHECK(TestSupport::waitFor([&] { return kiosk.player->subtitleText() == russian.textAt(kiosk.controller->position()); }, 2000));

    // The CC button hides and shows the band.
    QToolButton* cc = find<QToolButton>(kiosk.player, QStringLiteral("playerSubtitles"));
    CHECK(cc->isChecked());
    tap(cc);
    CHECK_FALSE(visible(kiosk.player, QStringLiteral("subtitleBand")));
    tap(cc);
    CHECK(visible(kiosk.player, QStringLiteral("subtitleBand")));

    // A tap on the fifth line of the transcript plays from there.
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerTranscript")));
    auto* transcript = find<TranscriptView>(kiosk.player, QStringLiteral("transcriptList"));
    REQUIRE(transcript->isVisible());
    REQUIRE(transcript->count() == russian.size());
    const int row = 4;
    transcript->scrollToItem(transcript->item(row));
    QTest::mouseClick(transcript->viewport(), Qt::LeftButton, {}, transcript->visualItemRect(transcript->item(row)).center());
    const qint64 lineStart = russian.cues().at(row).startMs;
    CHECK(TestSupport::waitFor([&] {
        const qint64 p = kiosk.controller->position();
        return p >= lineStart - 100 && p < lineStart + 1500;
    }));
    CHECK(TestSupport::waitFor([&] { return transcript->currentRow() == row; }, 2000));

    // A chapter: the last one starts at 0:25.
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerChapters")));
    auto* chapters = find<QListWidget>(kiosk.player, QStringLiteral("chapterList"));
    REQUIRE(chapters->isVisible());
    REQUIRE(chapters->count() == 3);
    QTest::mouseClick(chapters->viewport(), Qt::LeftButton, {}, chapters->visualItemRect(chapters->item(2)).center());
    CHECK(TestSupport::waitFor([&] { return kiosk.controller->position() >= 25000; }));
    CHECK(kiosk.controller->state() != State::Unavailable);
}

TEST_CASE("The volume stays within the staff limits and every recording starts at the default", "[player][media]")
{
    LogCapture log;
    PlayerFixture kiosk;
    kiosk.screen->setVolumeLimits(20, 60, 40);
    kiosk.start(QStringLiteral("sample-audio"));
    REQUIRE(kiosk.waitForState(State::Playing));
    CHECK(kiosk.controller->volume() == 40);
    QToolButton* louder = find<QToolButton>(kiosk.player, QStringLiteral("playerVolumeUp"));
    for (int i = 0; i < 5 && louder->isEnabled(); ++i)
        tap(louder);
    CHECK(kiosk.controller->volume() == 60);
    CHECK_FALSE(louder->isEnabled());
    CHECK(kiosk.controller->engine()->volume() == Approx(0.6f)); // the engine gets the loudness heard
    QToolButton* quieter = find<QToolButton>(kiosk.player, QStringLiteral("playerVolumeDown"));
    for (int i = 0; i < 10 && quieter->isEnabled(); ++i)
        tap(quieter);
    CHECK(kiosk.controller->volume() == 20);

    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerVolumeUp")));
    tap(find<QToolButton>(kiosk.player, QStringLiteral("playerClose")));
    CHECK(kiosk.screen->currentPage() == QStringLiteral("list"));
    kiosk.start(QStringLiteral("sample-video"));
    CHECK(kiosk.controller->volume() == 40);
}

TEST_CASE("Bad recordings end in the unavailable card within seconds, and the next one plays", "[player][media]")
{
    LogCapture log;
    PlayerFixture kiosk;
    const QString good = kiosk.store.current()->testimonies.at(0).mediaPath;
    const QString data = TestSupport::dataDir() + QStringLiteral("/media/");
    const QStringList bad { data + QStringLiteral("corrupt.opus"), data + QStringLiteral("truncated.webm"),
        data + QStringLiteral("truncated.opus"), data + QStringLiteral("not-media.ogg"), data + QStringLiteral("empty.ogg"),
        data + QStringLiteral("unsupported.webm"), data + QStringLiteral("does-not-exist.opus") };
    for (const QString& path : bad) {
        INFO(path.toStdString());
        mediaLog().clear();
        kiosk.setFirstMedia(path);
        QElapsedTimer clock;
        clock.start();
        kiosk.start(kiosk.store.current()->testimonies.at(0).id);
        REQUIRE(kiosk.waitForState(State::Unavailable, 10000));
        CHECK(clock.elapsed() < 8000);
        CHECK(visible(kiosk.player, QStringLiteral("unavailableCard")));
        CHECK_FALSE(kiosk.screen->isBusy());
        CHECK(mediaLog().filter(QStringLiteral("recording unavailable")).size() == 1);
        CHECK(mediaLog().join(QLatin1Char('\n')).contains(QFileInfo(path).fileName()));
        tap(find<QPushButton>(kiosk.player, QStringLiteral("playerBackToList")));
        CHECK(kiosk.screen->currentPage() == QStringLiteral("list"));
    }

    // The player recovers: the good recording plays right after.
    kiosk.setFirstMedia(good);
    kiosk.start(kiosk.store.current()->testimonies.at(0).id);
    REQUIRE(kiosk.waitForState(State::Playing));
    CHECK(TestSupport::waitFor([&] { return kiosk.controller->position() > 500; }));
}

TEST_CASE("Leaving the screen or the idle reset stops playback and returns to the list", "[player][media]")
{
    LogCapture log;
    PlayerFixture kiosk;
    kiosk.start(QStringLiteral("sample-audio"));
    REQUIRE(kiosk.waitForState(State::Playing));
    CHECK(kiosk.window->isBusy());
    kiosk.window->resetForNewVisitor();
    CHECK(kiosk.controller->state() == State::Idle);
    CHECK_FALSE(kiosk.window->isBusy());

    kiosk.window->showScreen(QStringLiteral("testimonies"));
    CHECK(kiosk.screen->currentPage() == QStringLiteral("list"));
    kiosk.start(QStringLiteral("sample-video"));
    REQUIRE(kiosk.waitForState(State::Playing));
    tap(kiosk.window->navBar()->homeButton());
    CHECK(kiosk.controller->state() == State::Idle);
    CHECK(kiosk.screen->currentPage() == QStringLiteral("list"));
}

TEST_CASE("The list filters by the language of the recording", "[player]")
{
    LogCapture log;
    PlayerFixture kiosk(QStringLiteral("en"));
    TestimonyCard* audio = kiosk.screen->card(QStringLiteral("sample-audio"));
    TestimonyCard* video = kiosk.screen->card(QStringLiteral("sample-video"));
    REQUIRE(audio);
    REQUIRE(video);
    CHECK(audio->metaText().contains(QStringLiteral("Recorded in Kazakh")));
    CHECK(audio->metaText().contains(QStringLiteral("0:28")));
    tap(find<QPushButton>(kiosk.screen, QStringLiteral("filter_ru")));
    CHECK_FALSE(audio->isVisible());
    CHECK(video->isVisible());
    tap(find<QPushButton>(kiosk.screen, QStringLiteral("filter_kk")));
    CHECK(audio->isVisible());
    CHECK_FALSE(video->isVisible());
    tap(find<QPushButton>(kiosk.screen, QStringLiteral("filter_all")));
    CHECK(audio->isVisible());
    CHECK(video->isVisible());
    kiosk.screen->setLanguageFilter(QStringLiteral("ru"));
    kiosk.window->resetForNewVisitor();
    CHECK(kiosk.screen->languageFilter().isEmpty());
}

TEST_CASE("A recording that never finishes loading ends in the unavailable card, and a fresh engine plays the next", "[player][media]")
{
    LogCapture log;
    PlayerFixture kiosk;
    int made = 0;
    PlaybackController* controller = kiosk.screen->player()->controller();
    controller->setEngineFactory([&made]() -> std::unique_ptr<MediaEngine> {
        if (made++ == 0)
            return std::make_unique<HangingEngine>();
        return MediaPlugin::instance().createEngine();
    });
    controller->setLoadTimeout(1500);
    QElapsedTimer clock;
    clock.start();
    kiosk.start(QStringLiteral("sample-audio"));
    REQUIRE(kiosk.waitForState(State::Unavailable, 5000));
    CHECK(clock.elapsed() >= 1400);
    CHECK(clock.elapsed() < 4000);
    CHECK(visible(kiosk.player, QStringLiteral("unavailableCard")));
    CHECK(mediaLog().filter(QStringLiteral("did not start")).size() == 1);
    tap(find<QPushButton>(kiosk.player, QStringLiteral("playerBackToList")));

    controller->setLoadTimeout(PlaybackController::DefaultLoadTimeoutMs);
    kiosk.start(QStringLiteral("sample-video"));
    REQUIRE(kiosk.waitForState(State::Playing));
    CHECK(made == 2);
    CHECK(TestSupport::waitFor([&] { return kiosk.controller->position() > 500; }));
}

#include "test_player.moc"
