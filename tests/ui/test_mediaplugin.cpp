// The media plugin (MediaPlugin, alzhir-media.so): Qt Multimedia is loaded only when asked, the
// plugin's engines are MediaEngines of the program (one meta-object), and a plugin that cannot be
// loaded leaves recordings failing with a clear reason instead of a crash.
#include "mediaplugin.h"
#include "soundtest.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Whether this process has mapped a library whose file name contains `name`.
bool mapped(const QByteArray& name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains(name);
}

QString sampleAudio()
{
    return TestSupport::sampleContentDir() + QStringLiteral("/testimonies/sample-audio.opus");
}

} // namespace

TEST_CASE("Qt Multimedia is not loaded until the media plugin is, and its engine plays a recording", "[media]")
{
    // Each case runs in a process of its own (CTest), so nothing loaded the plugin before.
    CHECK_FALSE(mapped("libQt6Multimedia.so"));
    MediaPlugin& plugin = MediaPlugin::instance();
    REQUIRE(plugin.load());
    CHECK(plugin.error().isEmpty());
    CHECK(mapped("libQt6Multimedia.so"));
    CHECK(plugin.load()); // once only; the same outcome

    std::unique_ptr<MediaEngine> engine = plugin.createEngine();
    REQUIRE(engine);
    CHECK(QByteArray(engine->metaObject()->className()) == "QtMediaEngine");
    // One MediaEngine meta-object, the program's: the plugin's class derives from it.
    CHECK(engine->metaObject()->superClass() == &MediaEngine::staticMetaObject);
    CHECK(qobject_cast<MediaEngine*>(static_cast<QObject*>(engine.get())) == engine.get());

    QSignalSpy status(engine.get(), &MediaEngine::statusChanged);
    QSignalSpy firstFrame(engine.get(), &MediaEngine::firstFrame);
    engine->setVolume(0.5f);
    CHECK(engine->volume() == Approx(0.5f));
    engine->load(sampleAudio());
    REQUIRE(TestSupport::waitFor([&] { return engine->status() == MediaEngine::Status::Ready; }, 10000));
    CHECK(status.count() >= 1);
    engine->play();
    CHECK(TestSupport::waitFor([&] { return firstFrame.count() == 1; }, 10000));
    CHECK(engine->isPlaying());
    engine->unload();
}

TEST_CASE("A media plugin that cannot be loaded: every recording fails with the reason, nothing crashes", "[media]")
{
    MediaPlugin missing(QStringLiteral("/nonexistent/alzhir-media.so"));
    CHECK_FALSE(missing.load());
    CHECK(missing.error().contains(QStringLiteral("cannot be loaded")));
    CHECK(missing.error().contains(QStringLiteral("reinstall the package alzhir-kiosk")));
    CHECK_FALSE(mapped("libQt6Multimedia.so"));

    std::unique_ptr<MediaEngine> engine = missing.createEngine();
    REQUIRE(engine);
    QSignalSpy failed(engine.get(), &MediaEngine::failed);
    engine->load(sampleAudio());
    CHECK(engine->status() == MediaEngine::Status::Loading);
    REQUIRE(TestSupport::waitFor([&] { return failed.count() == 1; }));
    CHECK(engine->status() == MediaEngine::Status::Failed);
    CHECK(failed.first().first().toString() == missing.error());
    engine->play();
    CHECK_FALSE(engine->isPlaying());
    CHECK(engine->videoWidget() == nullptr);

    SECTION("a load that was replaced by unload() reports nothing")
    {
        engine->unload();
        engine->load(sampleAudio());
        engine->unload();
        QCoreApplication::processEvents();
        CHECK(engine->status() == MediaEngine::Status::Empty);
        CHECK(failed.count() == 1);
    }
}

TEST_CASE("A library that is not the kiosk's media plugin is refused by name", "[media]")
{
    // A real shared library without the plugin's functions: Qt's offscreen platform plugin.
    const QString other = QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platforms/libqoffscreen.so");
    REQUIRE(QFile::exists(other));
    MediaPlugin wrong(other);
    CHECK_FALSE(wrong.load());
    CHECK(wrong.error() == other + QStringLiteral(" is not the kiosk's media plugin"));

    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("alzhir-media.so"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a library");
    file.close();
    MediaPlugin broken(junk);
    CHECK_FALSE(broken.load());
    CHECK(broken.error().contains(QStringLiteral("cannot be loaded")));
}

TEST_CASE("The staff's sound test plays its tone through the media plugin at the volume asked", "[media]")
{
    SoundTest sound;
    sound.play(40);
    CHECK(sound.lastVolume() == 40);
    REQUIRE(TestSupport::waitFor([&] { return sound.isPlaying(); }, 10000));
    // Again while it plays, and again after it ended: it starts over each time.
    sound.play(60);
    CHECK(TestSupport::waitFor([&] { return !sound.isPlaying(); }, 10000));
    sound.play(60);
    CHECK(TestSupport::waitFor([&] { return sound.isPlaying(); }, 10000));
}
