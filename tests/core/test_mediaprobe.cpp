// MediaProbe and FileSignature: files are judged by their bytes, never by their names.
#include <catch2/catch.hpp>

#include "contentfixture.h"
#include "filesignature.h"
#include "mediaprobe.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QString sample(const char* relative)
{
    return TestSupport::sampleContentDir() + QLatin1Char('/') + str(relative);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

struct Scratch
{
    QTemporaryDir dir;
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = dir.path() + QLatin1Char('/') + str(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
};

QString findings(const MediaProbe::Report& report)
{
    QStringList lines;
    for (const MediaProbe::Finding& f : report.findings)
        lines.append((f.isError() ? str("E: ") : str("W: ")) + f.what);
    return lines.join(QLatin1Char('\n'));
}

bool mentions(const MediaProbe::Report& report, const char* text)
{
    return findings(report).contains(str(text));
}

} // namespace

TEST_CASE("The sample media are recognised by their content", "[probe]")
{
    CHECK(FileSignature::identify(readAll(sample("photos/arch-1.jpg")).left(512)).container == str("jpeg"));
    const FileSignature opus = FileSignature::identify(readAll(sample("testimonies/sample-audio.opus")).left(512));
    CHECK(opus.name == str("Ogg Opus audio"));
    CHECK(opus.playable);
    const FileSignature webm = FileSignature::identify(readAll(sample("testimonies/sample-video.webm")).left(512));
    CHECK(webm.name == str("WebM video"));
    CHECK(webm.playable);
    CHECK(MediaProbe::checkMedia(sample("testimonies/sample-audio.opus")).findings.isEmpty());
    CHECK(MediaProbe::checkMedia(sample("testimonies/sample-video.webm")).findings.isEmpty());
    CHECK(MediaProbe::checkImage(sample("photos/arch-1.jpg")).findings.isEmpty());
    CHECK(MediaProbe::checkSubtitles(sample("testimonies/sample-audio.kk.vtt")).findings.isEmpty());
    CHECK(MediaProbe::checkSubtitles(sample("testimonies/sample-video.ru.srt")).findings.isEmpty());
}

TEST_CASE("Magic numbers of the containers the kiosk plays and of common mistakes", "[probe]")
{
    struct Case
    {
        QByteArray head;
        const char* container;
        bool playable;
    };
    const QList<Case> cases {
        { QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\x82\x88matroska", 20), "matroska", true },
        { QByteArray("\0\0\0\x20" "ftypisom\0\0\x02\0", 16), "mp4", true },
        { QByteArray("\0\0\0\x20" "ftypM4A \0\0\x02\0", 16), "mp4", true },
        { QByteArray("\0\0\0\x18" "ftypheic\0\0\0\0", 16), "heic", false },
        { QByteArray("ID3\x04\0\0\0\0\0\0", 10), "mp3", true },
        { QByteArray("\xFF\xFB\x90\x64\0\0", 6), "mp3", true },
        { QByteArray("\xFF\xF1\x50\x80\0\0", 6), "aac", true },
        { QByteArray("fLaC\0\0\0\x22", 8), "flac", true },
        { QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16), "wav", true },
        { QByteArray("RIFF\x24\0\0\0AVI LIST", 16), "avi", false },
        { QByteArray("\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9", 10), "asf", false },
        { QByteArray("%PDF-1.7\n"), "pdf", false },
        { QByteArray("PK\x03\x04\x14\0", 6), "zip", false },
        { QByteArray("GIF89a\x01\0\x01\0", 10), "gif", false },
    };
    for (const Case& c : cases) {
        const FileSignature s = FileSignature::identify(c.head);
        INFO(c.container << " -> " << s.name.toStdString());
        CHECK(s.container == str(c.container));
        CHECK(s.playable == c.playable);
    }
    CHECK(FileSignature::identify(QByteArray()).type == FileSignature::Type::Empty);
    CHECK(FileSignature::identify("plain words\n").type == FileSignature::Type::Text);
    CHECK(FileSignature::identify("BMW and other words\n").type == FileSignature::Type::Text);
    CHECK(FileSignature::identify(QByteArray("BM\x46\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0", 18)).container == str("bmp"));
    CHECK(FileSignature::identify(QByteArray("\x01\x02\x03\x04\x05", 5)).type == FileSignature::Type::Unknown);
}

TEST_CASE("The recordings made broken for the player tests are refused", "[probe]")
{
    const QString data = TestSupport::dataDir() + str("/media/");
    CHECK(mentions(MediaProbe::checkMedia(data + str("empty.ogg")), "empty file"));
    CHECK(mentions(MediaProbe::checkMedia(data + str("not-media.ogg")), "not a sound or video recording: it is a text file"));
    CHECK(mentions(MediaProbe::checkMedia(data + str("truncated.webm")), "cut short"));
    CHECK(mentions(MediaProbe::checkMedia(data + str("truncated.opus")), "cut short"));
    CHECK_FALSE(MediaProbe::checkMedia(data + str("corrupt.opus")).ok());
    CHECK(mentions(MediaProbe::checkMedia(data + str("unsupported.webm")), "holds AV1 video, which the kiosk does not play"));
}

TEST_CASE("MP4 and WAV files are checked to their end", "[probe]")
{
    Scratch s;
    QByteArray mp4;
    mp4 += QByteArray("\0\0\0\x18" "ftypisom\0\0\x02\0isom", 24);
    mp4 += QByteArray("\0\0\0\x10" "moov\0\0\0\0\0\0\0\0", 16);
    mp4 += QByteArray("\0\0\x01\0" "mdat", 8) + QByteArray(248, 'x');
    CHECK(MediaProbe::checkMedia(s.write("whole.mp4", mp4)).findings.isEmpty());
    CHECK(mentions(MediaProbe::checkMedia(s.write("cut.mp4", mp4.left(200))), "cut short"));
    CHECK(mentions(MediaProbe::checkMedia(s.write("noindex.mp4", mp4.left(24) + mp4.mid(40))), "no index"));
    const QByteArray wav = TestFiles::wav(500);
    CHECK(MediaProbe::checkMedia(s.write("whole.wav", wav)).findings.isEmpty());
    CHECK(mentions(MediaProbe::checkMedia(s.write("cut.wav", wav.left(wav.size() / 2))), "cut short"));
    CHECK(mentions(MediaProbe::checkMedia(s.write("sound.mp3", wav)), "this is a WAV audio, but its name ends in .mp3"));
    CHECK(mentions(MediaProbe::checkMedia(s.write("film.wmv", QByteArray("\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9", 10))),
        "which the kiosk does not play"));
}

TEST_CASE("Pictures: formats, damage and limits", "[probe]")
{
    Scratch s;
    CHECK(MediaProbe::checkImage(s.write("ok.png", TestFiles::png(64, 48))).findings.isEmpty());
    CHECK(MediaProbe::checkImage(s.write("ok.jpg", TestFiles::jpeg(64, 48))).findings.isEmpty());
    CHECK(mentions(MediaProbe::checkImage(s.write("phone.jpg", QByteArray("\0\0\0\x18" "ftypheic\0\0\0\0mif1", 20))),
        "HEIC/AVIF picture"));
    CHECK(mentions(MediaProbe::checkImage(s.write("anim.gif", QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 14))),
        "the kiosk shows JPEG and PNG pictures"));
    const MediaProbe::Report tall = MediaProbe::checkImage(s.write("tall.png", TestFiles::pngClaiming(100, 9000)));
    CHECK(mentions(tall, "100 × 9000 pixels"));
    CHECK_FALSE(tall.ok());
    // 6000 x 6000 is 36 million pixels: over the limit although each side is allowed.
    CHECK(mentions(MediaProbe::checkImage(s.write("square.png", TestFiles::pngClaiming(6000, 6000))), "6000 × 6000"));
    // A large but acceptable picture is shown, with a warning.
    const MediaProbe::Report large = MediaProbe::checkImage(s.write("large.jpg", TestFiles::jpeg(5000, 100)));
    CHECK(large.ok());
    CHECK(mentions(large, "more than any kiosk screen needs"));
    // JPEG data damaged in the middle, but with its end: decoding tells.
    QByteArray jpeg = TestFiles::jpeg(64, 48);
    const qsizetype scan = jpeg.indexOf("\xFF\xDA");
    REQUIRE(scan > 0);
    CHECK_FALSE(MediaProbe::checkImage(s.write("headless.jpg", jpeg.left(2) + jpeg.mid(scan))).ok());
}

TEST_CASE("Subtitles: UTF-8 WebVTT or SRT with the right name", "[probe]")
{
    Scratch s;
    CHECK(MediaProbe::checkSubtitles(s.write("a.vtt", "WEBVTT\n\n00:01.000 --> 00:04.000\nҚазақша мәтін\n")).findings.isEmpty());
    CHECK(MediaProbe::checkSubtitles(s.write("b.srt", "\xEF\xBB\xBF" "1\r\n00:00:01,000 --> 00:00:04,000\r\nТекст\r\n"))
              .findings.isEmpty());
    CHECK(mentions(MediaProbe::checkSubtitles(s.write("c.vtt", "")), "empty"));
    CHECK(mentions(MediaProbe::checkSubtitles(s.write("d.vtt", "Just some notes\nabout the film\n")),
        "not WebVTT or SRT"));
    CHECK(mentions(MediaProbe::checkSubtitles(s.write("e.srt", "WEBVTT\n\n00:01.000 --> 00:04.000\nx\n")),
        "holds WebVTT subtitles but its name ends in .srt"));
    CHECK(mentions(MediaProbe::checkSubtitles(s.write("f.vtt", QByteArray("\xFF\xFEW\0E\0", 6))), "UTF-16"));
    const MediaProbe::Report partly = MediaProbe::checkSubtitles(
        s.write("g.vtt", "WEBVTT\n\n00:01.000 --> 00:04.000\ngood\n\n00:05.000 -> 00:06.000\nbad arrow\n"));
    CHECK(partly.ok());
    CHECK(mentions(partly, "this subtitle is skipped"));
}
