// alzhir-bench-media: the time from a visitor's tap on a testimony to its first picture (video,
// through the QVideoSink of the QVideoWidget) or first sound (audio: the clock starts running),
// on the sample content, offscreen, with Qt's GStreamer backend. Target: under 300 ms.
//
//   alzhir-bench-media [--runs N] [--content DIR]
//
// "cold": a fresh process; the media engine (QMediaPlayer, GStreamer) is made by the tap itself
// (the media plugin is loaded before, as the kiosk does after its first frame).
// "warm": the same process again, the engine already exists (made by an earlier tap or by the
// list's pre-warming shortly after it appears).
// "after note": the recording was loaded while the content note was read; the tap is "Continue".
#include "contentloader.h"
#include "contentnotepage.h"
#include "mediaplugin.h"
#include "playbackcontroller.h"
#include "playerview.h"
#include "testimoniesscreen.h"
#include "testimonycard.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Bench
{
    ContentPtr content;
    TestimoniesScreen screen;

    explicit Bench(const ContentPtr& c, bool withNotes)
    {
        auto copy = std::make_shared<Content>(*c);
        if (!withNotes) {
            for (Testimony& t : copy->testimonies)
                t.contentNote = LocalizedText();
        }
        content = copy;
        screen.setPrewarmDelay(-1);
        screen.setContent(content);
        screen.setLanguage(QStringLiteral("en"));
        screen.resize(1920, 1080);
        screen.show();
        QApplication::processEvents();
    }

    // Milliseconds from the tap to the first frame, or -1.
    double tapToFirstFrame(const QString& id, bool viaNote)
    {
        QWidget* target = screen.card(id);
        if (viaNote) {
            QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
            // Reading the note: the recording loads meanwhile.
            QEventLoop reading;
            QTimer::singleShot(1500, &reading, &QEventLoop::quit);
            reading.exec();
            target = screen.notePage()->continueButton();
        }
        QEventLoop loop;
        QElapsedTimer clock;
        bool shown = false;
        QMetaObject::Connection connection;
        auto watch = [&] {
            connection = QObject::connect(screen.player()->controller(), &PlaybackController::firstFrame, &loop, [&] {
                shown = true;
                loop.quit();
            });
        };
        if (screen.hasPlayer())
            watch();
        clock.start();
        QTest::mouseClick(target, Qt::LeftButton, {}, target->rect().center());
        if (!connection)
            watch(); // the tap made the player: no frame can have come before this returns
        if (!shown) {
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const double ms = clock.nsecsElapsed() / 1e6;
        QObject::disconnect(connection);
        screen.player()->close();
        screen.resetForNewVisitor();
        QApplication::processEvents();
        return shown ? ms : -1;
    }
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString summary(const QList<double>& values)
{
    if (values.isEmpty() || *std::min_element(values.begin(), values.end()) < 0)
        return QStringLiteral("FAILED (no first frame within 10 s)");
    return QStringLiteral("median %1 ms (min %2, max %3, n=%4)")
        .arg(median(values), 0, 'f', 1)
        .arg(*std::min_element(values.begin(), values.end()), 0, 'f', 1)
        .arg(*std::max_element(values.begin(), values.end()), 0, 'f', 1)
        .arg(values.size());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // No sound card on a build machine: keep the failed audio sinks quiet.
    if (qEnvironmentVariableIsEmpty("GST_PLUGIN_FEATURE_RANK"))
        qputenv("GST_PLUGIN_FEATURE_RANK", "pulsesink:0,jackaudiosink:0,oss4sink:0,openalsink:0,osssink:0,alsasink:0");
    QApplication app(argc, argv);
    Theme::installFonts();
    // Figures only: the missing sound card's warnings and the player's log lines would drown them.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.multimedia.*.warning=false\nalzhir.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per case (default 7)."), QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption contentOption(QStringLiteral("content"), QStringLiteral("Content folder (default: the sample)."),
        QStringLiteral("DIR"), QStringLiteral(ALZHIR_SOURCE_MEDIA_DIR));
    const QCommandLineOption childOption(QStringLiteral("cold-child"), QStringLiteral("Internal: one cold tap."), QStringLiteral("ID"));
    parser.addOptions({ runsOption, contentOption, childOption });
    parser.process(app);

    const ContentLoader::Result loaded = ContentLoader::load(parser.value(contentOption));
    if (!loaded.ok()) {
        std::fprintf(stderr, "alzhir-bench-media: the content does not load\n");
        return 2;
    }
    if (parser.isSet(childOption)) {
        // The kiosk loads the media plugin after its first frame, long before a visitor's first tap.
        MediaPlugin::instance().load();
        Bench bench(loaded.content, false);
        std::printf("%.3f\n", bench.tapToFirstFrame(parser.value(childOption), false));
        return 0;
    }

    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QStringList ids { QStringLiteral("sample-audio"), QStringLiteral("sample-video") };
    std::printf("Testimony start: tap -> first frame (video) or first sound (audio), offscreen, GStreamer\n");
    for (const QString& id : ids) {
        QList<double> cold;
        for (int i = 0; i < runs; ++i) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--cold-child"), id, QStringLiteral("--content"), parser.value(contentOption) });
            child.waitForFinished(30000);
            bool ok = false;
            const double ms = child.readAllStandardOutput().trimmed().toDouble(&ok);
            cold.append(ok ? ms : -1);
        }
        std::printf("  %-13s cold (new process, engine made by the tap): %s\n", qPrintable(id), qPrintable(summary(cold)));
    }
    Bench bench(loaded.content, false);
    bench.tapToFirstFrame(ids.first(), false); // makes the engine
    for (const QString& id : ids) {
        QList<double> warm;
        for (int i = 0; i < runs; ++i)
            warm.append(bench.tapToFirstFrame(id, false));
        std::printf("  %-13s warm (engine exists):                       %s\n", qPrintable(id), qPrintable(summary(warm)));
    }
    Bench withNotes(loaded.content, true);
    withNotes.tapToFirstFrame(ids.first(), true);
    for (const QString& id : ids) {
        QList<double> note;
        for (int i = 0; i < runs; ++i)
            note.append(withNotes.tapToFirstFrame(id, true));
        std::printf("  %-13s after the note (\"Continue\", preloaded):     %s\n", qPrintable(id), qPrintable(summary(note)));
    }
    return 0;
}
