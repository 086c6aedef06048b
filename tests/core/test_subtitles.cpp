// Subtitle files as staff will bring them: WebVTT and SRT, from editors on Windows and Linux, with
// styling from subtitle tools, and with mistakes that must be reported with their line.
#include <catch2/catch.hpp>

#include "subtitleparser.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using Format = SubtitleParser::Format;

namespace {

QByteArray vtt(const char* body)
{
    return QByteArray("WEBVTT\n\n") + body;
}

bool hasProblemOnLine(const SubtitleParser::Result& result, int line, const QString& word)
{
    for (const SubtitleProblem& problem : result.problems) {
        if (problem.line == line && problem.what.contains(word))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("WebVTT cues are read with their times and text", "[subtitles]")
{
    const auto result = SubtitleParser::parse(vtt("00:00.000 --> 00:02.500\nFirst line\n\n"
                                                  "intro\n00:00:03.000 --> 00:00:05.000 align:center line:90%\n"
                                                  "Second cue,\ntwo lines\n"),
        Format::WebVtt);
    REQUIRE(result.ok());
    REQUIRE(result.track.size() == 2);
    const SubtitleCue& first = result.track.cues().at(0);
    CHECK(first.startMs == 0);
    CHECK(first.endMs == 2500);
    CHECK(first.text == QStringLiteral("First line"));
    CHECK(first.line == 3);
    const SubtitleCue& second = result.track.cues().at(1);
    CHECK(second.startMs == 3000);
    CHECK(second.endMs == 5000);
    CHECK(second.text == QStringLiteral("Second cue,\ntwo lines"));
    CHECK(second.line == 7);
}

TEST_CASE("WebVTT header text, NOTE, STYLE and REGION blocks are skipped", "[subtitles]")
{
    const auto result = SubtitleParser::parse(
        "WEBVTT - sample subtitles\nKind: captions\nLanguage: kk\n\n"
        "NOTE made for the kiosk\nsecond note line\n\n"
        "STYLE\n::cue { color: yellow }\n\n"
        "REGION\nid:bottom width:40%\n\n"
        "00:01.000 --> 00:02.000\nҚазақша мәтін: әғқңөұүһі\n",
        Format::WebVtt);
    REQUIRE(result.ok());
    REQUIRE(result.track.size() == 1);
    CHECK(result.track.cues().first().text == QStringLiteral("Қазақша мәтін: әғқңөұүһі"));
}

TEST_CASE("SRT cues are read with numbers, commas and hours", "[subtitles]")
{
    const auto result = SubtitleParser::parse("1\n00:00:01,000 --> 00:00:04,200\nПервая строка\n\n"
                                              "2\n01:02:03,004 --> 01:02:05,000 X1:100 X2:600 Y1:10 Y2:50\n"
                                              "Вторая\nстрока\n",
        Format::Srt);
    REQUIRE(result.ok());
    REQUIRE(result.track.size() == 2);
    CHECK(result.track.cues().at(0).startMs == 1000);
    CHECK(result.track.cues().at(0).endMs == 4200);
    CHECK(result.track.cues().at(0).text == QStringLiteral("Первая строка"));
    CHECK(result.track.cues().at(1).startMs == 3723004);
    CHECK(result.track.cues().at(1).text == QStringLiteral("Вторая\nстрока"));
}

TEST_CASE("A byte order mark and CRLF or CR line ends change nothing", "[subtitles]")
{
    const QByteArray lf = "1\n00:00:01,000 --> 00:00:02,000\nHello\nthere\n\n2\n00:00:03,000 --> 00:00:04,000\nAgain\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    const QByteArray bom = "\xEF\xBB\xBF";
    const auto plain = SubtitleParser::parse(lf, Format::Srt);
    REQUIRE(plain.ok());
    REQUIRE(plain.track.size() == 2);
    const QList<QByteArray> variants{QByteArray(bom + lf), crlf, QByteArray(bom + crlf), cr};
    for (const QByteArray& variant : variants) {
        const auto other = SubtitleParser::parse(variant, Format::Srt);
        CHECK(other.ok());
        CHECK(other.track.cues() == plain.track.cues());
    }

    QByteArray vttCrlf = "\xEF\xBB\xBFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nLine\r\n";
    const auto webvtt = SubtitleParser::parse(vttCrlf, Format::WebVtt);
    REQUIRE(webvtt.ok());
    REQUIRE(webvtt.track.size() == 1);
    CHECK(webvtt.track.cues().first().text == QStringLiteral("Line"));
    CHECK(SubtitleParser::detectFormat(vttCrlf) == Format::WebVtt);
    CHECK(SubtitleParser::detectFormat(bom + crlf) == Format::Srt);
}

TEST_CASE("Overlapping cues are all shown and looked up by position", "[subtitles]")
{
    // Out of order in the file, and the first cue spans the second and third.
    const auto result = SubtitleParser::parse(vtt("00:05.000 --> 00:07.000\nC\n\n"
                                                  "00:01.000 --> 00:10.000\nA\n\n"
                                                  "00:02.000 --> 00:03.000\nB\n\n"
                                                  "00:12.000 --> 00:13.000\nD\n"),
        Format::WebVtt);
    REQUIRE(result.ok());
    const SubtitleTrack& track = result.track;
    REQUIRE(track.size() == 4);
    CHECK(track.cues().at(0).text == QStringLiteral("A")); // sorted by start
    CHECK(track.textAt(500).isEmpty());
    CHECK(track.textAt(1000) == QStringLiteral("A"));
    CHECK(track.textAt(2500) == QStringLiteral("A\nB"));
    CHECK(track.textAt(3000) == QStringLiteral("A")); // end is exclusive
    CHECK(track.textAt(6000) == QStringLiteral("A\nC"));
    CHECK(track.activeIndexes(6000) == QList<int>{0, 2});
    CHECK(track.textAt(11000).isEmpty());
    CHECK(track.textAt(12999) == QStringLiteral("D"));
    CHECK(track.textAt(13000).isEmpty());

    CHECK(track.currentIndex(0) == -1);
    CHECK(track.currentIndex(2500) == 1);
    CHECK(track.currentIndex(11000) == 2); // stays on the last started cue through the silence
    CHECK(track.currentIndex(99000) == 3);
}

TEST_CASE("Styling tags and ASS overrides are removed", "[subtitles]")
{
    CHECK(SubtitleParser::stripStyling(QStringLiteral("<i>italic</i> and <b>bold</b> <u>u</u>"))
        == QStringLiteral("italic and bold u"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("<c.yellow.bg_black>coloured</c>"))
        == QStringLiteral("coloured"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("<v Sample speaker>Hello</v>")) == QStringLiteral("Hello"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("{\\an8}At the top")) == QStringLiteral("At the top"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("{\\i1}Ass{\\i0} italic")) == QStringLiteral("Ass italic"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("<font color=\"#ffff00\">Жёлтый</font>"))
        == QStringLiteral("Жёлтый"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("karaoke <00:00:01.500>word")) == QStringLiteral("karaoke word"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("1 &lt; 2 &amp; 3 &gt; 2")) == QStringLiteral("1 < 2 & 3 > 2"));
    CHECK(SubtitleParser::stripStyling(QStringLiteral("a < b")) == QStringLiteral("a < b"));

    const auto srt = SubtitleParser::parse("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Сверху</i>\n", Format::Srt);
    REQUIRE(srt.ok());
    CHECK(srt.track.cues().first().text == QStringLiteral("Сверху"));
}

TEST_CASE("Bad timestamps are reported with their line and the good cues are kept", "[subtitles]")
{
    const auto result = SubtitleParser::parse(vtt("00:01.000 --> 00:02.000\nGood one\n\n"       // line 3
                                                  "00:00:1.000 --> 00:00:04.000\nBad start\n\n" // line 6
                                                  "00:05.000 --> 00:5.000\nBad end\n\n"         // line 9
                                                  "00:08.000 --> 00:07.000\nBackwards\n\n"      // line 12
                                                  "00:61.000 --> 00:62.000\nSixty-one\n\n"      // line 15
                                                  "00:09.000 --> 00:10.000\nGood two\n"),       // line 18
        Format::WebVtt);
    CHECK(result.problems.size() == 4);
    CHECK(hasProblemOnLine(result, 6, QStringLiteral("bad start time \"00:00:1.000\"")));
    CHECK(hasProblemOnLine(result, 9, QStringLiteral("bad end time \"00:5.000\"")));
    CHECK(hasProblemOnLine(result, 12, QStringLiteral("ends")));
    CHECK(hasProblemOnLine(result, 15, QStringLiteral("bad start time")));
    REQUIRE(result.track.size() == 2);
    CHECK(result.track.cues().at(0).text == QStringLiteral("Good one"));
    CHECK(result.track.cues().at(1).text == QStringLiteral("Good two"));

    const QString message = result.problems.first().toString(QStringLiteral("subtitles/a.vtt"));
    CHECK(message.startsWith(QStringLiteral("subtitles/a.vtt:6: bad start time")));
    CHECK(message.contains(QStringLiteral("Fix: write times as HH:MM:SS.mmm")));
}

TEST_CASE("SRT mistakes are reported with their line", "[subtitles]")
{
    const auto result = SubtitleParser::parse("1\n00:00:01,000 --> 00:00:02,000\nOne\n\n" // lines 1-3
                                              "two\n00:00:03,000 --> 00:00:04,000\nTwo\n\n" // line 5: not a number
                                              "3\n00:00:05.000 -> 00:00:06,000\nThree\n\n"  // line 9: no arrow
                                              "4\n00:00:07,00 --> 00:00:08,000\nFour\n",    // line 14: 2 ms digits
        Format::Srt);
    CHECK(hasProblemOnLine(result, 5, QStringLiteral("expected a cue number")));
    CHECK(hasProblemOnLine(result, 9, QStringLiteral("without a time line")));
    CHECK(hasProblemOnLine(result, 14, QStringLiteral("bad start time \"00:00:07,00\"")));
    REQUIRE(result.track.size() == 2);
    CHECK(result.track.cues().at(1).text == QStringLiteral("Two"));
}

TEST_CASE("Files that are not subtitles give one clear problem and no cues", "[subtitles]")
{
    const auto noHeader = SubtitleParser::parse("1\n00:00:01,000 --> 00:00:02,000\nSRT in a .vtt\n", Format::WebVtt);
    CHECK(noHeader.track.isEmpty());
    REQUIRE(noHeader.problems.size() == 1);
    CHECK(noHeader.problems.first().line == 1);
    CHECK(noHeader.problems.first().what.contains(QStringLiteral("WEBVTT")));

    // "WEBVTTX" is not the header either.
    CHECK_FALSE(SubtitleParser::parse("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n", Format::WebVtt).ok());

    // cp1251 bytes ("Привет") are not UTF-8: reported on their line.
    const auto cp1251 = SubtitleParser::parse("1\n00:00:01,000 --> 00:00:02,000\n\xCF\xF0\xE8\xE2\xE5\xF2\n", Format::Srt);
    CHECK(hasProblemOnLine(cp1251, 3, QStringLiteral("UTF-8")));
}

TEST_CASE("Subtitle files are read by extension, missing files reported", "[subtitles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString srtPath = dir.filePath(QStringLiteral("a.srt"));
    QFile srt(srtPath);
    REQUIRE(srt.open(QIODevice::WriteOnly));
    srt.write("1\r\n00:00:00,500 --> 00:00:01,500\r\n<i>Sample</i>\r\n");
    srt.close();
    const auto fromFile = SubtitleParser::parseFile(srtPath);
    REQUIRE(fromFile.ok());
    REQUIRE(fromFile.track.size() == 1);
    CHECK(fromFile.track.cues().first().text == QStringLiteral("Sample"));
    CHECK(SubtitleParser::formatForPath(QStringLiteral("x/Y.VTT")) == Format::WebVtt);
    CHECK_FALSE(SubtitleParser::formatForPath(QStringLiteral("x/y.txt")).has_value());

    const auto missing = SubtitleParser::parseFile(dir.filePath(QStringLiteral("missing.vtt")));
    CHECK(missing.track.isEmpty());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems.first().what.contains(QStringLiteral("cannot read")));
}

TEST_CASE("The sample testimonies' subtitles parse clean in every language", "[subtitles][sample]")
{
    QStringList files;
    QDirIterator it(TestSupport::sampleContentDir() + QStringLiteral("/testimonies"),
        {QStringLiteral("*.vtt"), QStringLiteral("*.srt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    REQUIRE(files.size() >= 6); // two testimonies x three languages
    for (const QString& name : std::as_const(files)) {
        INFO(name.toStdString());
        const auto result = SubtitleParser::parseFile(name);
        for (const SubtitleProblem& problem : result.problems)
            UNSCOPED_INFO(problem.toString(name).toStdString());
        CHECK(result.ok());
        CHECK(result.track.size() >= 3);
    }
}
