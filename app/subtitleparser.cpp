#include "subtitleparser.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

struct Line
{
    int number = 0;
    QString text;
};

using Block = QList<Line>;

const QString timeFix = QStringLiteral(
    "write times as HH:MM:SS.mmm with two-digit minutes and seconds and three-digit milliseconds, "
    "for example 00:01:02.500 --> 00:01:05.000");

// Splits into lines (LF, CRLF or CR), decoding each as UTF-8. The first undecodable line is reported.
QList<Line> splitLines(QByteArray bytes, QList<SubtitleProblem>* problems)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    QList<Line> lines;
    bool reported = false;
    int number = 0;
    for (const QByteArray& raw : bytes.split('\n')) {
        ++number;
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(raw);
        if (decoder.hasError() && !reported) {
            reported = true;
            problems->append({number, QStringLiteral("the text is not UTF-8"),
                QStringLiteral("save the file with the encoding UTF-8 (in most editors: Save as… → Encoding → UTF-8)")});
        }
        lines.append({number, text});
    }
    return lines;
}

bool isBlank(const Line& line)
{
    return line.text.trimmed().isEmpty();
}

// Groups lines into blocks separated by blank lines.
QList<Block> splitBlocks(const QList<Line>& lines, int from)
{
    QList<Block> blocks;
    Block current;
    for (int i = from; i < lines.size(); ++i) {
        if (isBlank(lines.at(i))) {
            if (!current.isEmpty())
                blocks.append(current);
            current.clear();
        } else {
            current.append(lines.at(i));
        }
    }
    if (!current.isEmpty())
        blocks.append(current);
    return blocks;
}

bool startsWithKeyword(const QString& text, QLatin1String keyword)
{
    if (!text.startsWith(keyword))
        return false;
    return text.size() == keyword.size() || text.at(keyword.size()) == QLatin1Char(' ')
        || text.at(keyword.size()) == QLatin1Char('\t');
}

// Reads "start --> end [settings]" on `line` into `cue`; false with a problem when it is wrong.
bool parseTiming(const Line& line, SubtitleCue* cue, QList<SubtitleProblem>* problems)
{
    const qsizetype arrow = line.text.indexOf(QLatin1String("-->"));
    const QString startText = line.text.left(arrow).trimmed();
    const QString rest = line.text.mid(arrow + 3).trimmed();
    const QString endText = rest.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
    const std::optional<qint64> start = SubtitleParser::parseTime(startText);
    if (!start) {
        problems->append({line.number, QStringLiteral("bad start time \"%1\"").arg(startText), timeFix});
        return false;
    }
    const std::optional<qint64> end = SubtitleParser::parseTime(endText);
    if (!end) {
        problems->append({line.number, QStringLiteral("bad end time \"%1\"").arg(endText), timeFix});
        return false;
    }
    if (*end <= *start) {
        problems->append({line.number,
            QStringLiteral("the cue ends (%1) before it starts (%2)").arg(endText, startText),
            QStringLiteral("make the second time later than the first")});
        return false;
    }
    cue->startMs = *start;
    cue->endMs = *end;
    cue->line = line.number;
    return true;
}

// Adds the cue whose timing line is block[timing] and whose text follows it.
void addCue(const Block& block, int timing, QList<SubtitleCue>* cues, QList<SubtitleProblem>* problems)
{
    SubtitleCue cue;
    if (!parseTiming(block.at(timing), &cue, problems))
        return;
    QStringList text;
    for (int i = timing + 1; i < block.size(); ++i) {
        const QString plain = SubtitleParser::stripStyling(block.at(i).text);
        if (!plain.isEmpty())
            text.append(plain);
    }
    if (text.isEmpty())
        return; // a cue with only styling or no text shows nothing: not worth a message
    cue.text = text.join(QLatin1Char('\n'));
    cues->append(cue);
}

void parseWebVtt(const QList<Line>& lines, QList<SubtitleCue>* cues, QList<SubtitleProblem>* problems)
{
    if (lines.isEmpty() || !startsWithKeyword(lines.first().text, QLatin1String("WEBVTT"))) {
        problems->append({1, QStringLiteral("a WebVTT file must begin with the line WEBVTT"),
            QStringLiteral("add a first line WEBVTT followed by an empty line, or, if this is an SRT file, "
                           "name it .srt")});
        return;
    }
    // The header runs to the first blank line.
    int first = 1;
    while (first < lines.size() && !isBlank(lines.at(first)))
        ++first;
    for (const Block& block : splitBlocks(lines, first)) {
        const QString& head = block.first().text;
        if (startsWithKeyword(head, QLatin1String("NOTE")) || startsWithKeyword(head, QLatin1String("STYLE"))
            || startsWithKeyword(head, QLatin1String("REGION")))
            continue;
        if (head.contains(QLatin1String("-->")))
            addCue(block, 0, cues, problems);
        else if (block.size() > 1 && block.at(1).text.contains(QLatin1String("-->")))
            addCue(block, 1, cues, problems); // the first line is the cue identifier
        else
            problems->append({block.first().number, QStringLiteral("a cue without a time line"),
                QStringLiteral("give every cue a line like 00:00:01.000 --> 00:00:04.000, and separate "
                               "cues by one empty line (no empty lines inside a cue)")});
    }
}

void parseSrt(const QList<Line>& lines, QList<SubtitleCue>* cues, QList<SubtitleProblem>* problems)
{
    static const QRegularExpression number(QStringLiteral("^\\s*\\d+\\s*$"));
    for (const Block& block : splitBlocks(lines, 0)) {
        if (block.first().text.contains(QLatin1String("-->"))) {
            addCue(block, 0, cues, problems); // a cue without its number: tolerated
        } else if (block.size() > 1 && block.at(1).text.contains(QLatin1String("-->"))) {
            if (!number.match(block.first().text).hasMatch())
                problems->append({block.first().number,
                    QStringLiteral("expected a cue number, found \"%1\"").arg(block.first().text.trimmed()),
                    QStringLiteral("begin every cue with its number on a line of its own")});
            addCue(block, 1, cues, problems);
        } else {
            problems->append({block.first().number, QStringLiteral("a cue without a time line"),
                QStringLiteral("give every cue a number line, then a line like 00:00:01,000 --> "
                               "00:00:04,000, then its text; separate cues by one empty line")});
        }
    }
}

} // namespace

QString SubtitleProblem::toString(const QString& file) const
{
    QString where = file;
    if (line > 0)
        where += (where.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(line);
    const QString message = what + QStringLiteral(". Fix: ") + fix;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

SubtitleParser::Result SubtitleParser::parse(const QByteArray& bytes, Format format)
{
    Result result;
    QList<SubtitleCue> cues;
    const QList<Line> lines = splitLines(bytes, &result.problems);
    if (format == Format::WebVtt)
        parseWebVtt(lines, &cues, &result.problems);
    else
        parseSrt(lines, &cues, &result.problems);
    result.track = SubtitleTrack(std::move(cues));
    return result;
}

SubtitleParser::Result SubtitleParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.problems.append({0, QStringLiteral("cannot read the file (%1)").arg(file.errorString()),
            QStringLiteral("check that the file exists and can be read")});
        return result;
    }
    if (file.size() > MaxFileBytes) {
        Result result;
        result.problems.append({0,
            QStringLiteral("the file is too large for subtitles (%1 bytes, at most %2)").arg(file.size()).arg(MaxFileBytes),
            QStringLiteral("check that this is the right file: subtitles are plain text")});
        return result;
    }
    const QByteArray bytes = file.readAll();
    return parse(bytes, formatForPath(path).value_or(detectFormat(bytes)));
}

SubtitleParser::Format SubtitleParser::detectFormat(const QByteArray& bytes)
{
    const QByteArray start = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3, 6) : bytes.left(6);
    return start == "WEBVTT" ? Format::WebVtt : Format::Srt;
}

std::optional<SubtitleParser::Format> SubtitleParser::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vtt"))
        return Format::WebVtt;
    if (suffix == QLatin1String("srt"))
        return Format::Srt;
    return std::nullopt;
}

std::optional<qint64> SubtitleParser::parseTime(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d+):)?([0-5]\\d):([0-5]\\d)[.,](\\d{3})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 hours = match.capturedView(1).toLongLong();
    const qint64 minutes = match.capturedView(2).toLongLong();
    const qint64 seconds = match.capturedView(3).toLongLong();
    const qint64 millis = match.capturedView(4).toLongLong();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

QString SubtitleParser::stripStyling(const QString& text)
{
    // Tags start with a letter, '/' or a digit (inline times), so "a < b" stays as written.
    static const QRegularExpression tags(QStringLiteral("<(?:/?[A-Za-z][^>]*|\\d[^>]*)>"));
    static const QRegularExpression assOverrides(QStringLiteral("\\{\\\\[^}]*\\}"));
    QString plain = text;
    plain.remove(assOverrides);
    plain.remove(tags);
    plain.replace(QLatin1String("&lt;"), QLatin1String("<"));
    plain.replace(QLatin1String("&gt;"), QLatin1String(">"));
    plain.replace(QLatin1String("&nbsp;"), QString(QChar(0x00A0)));
    plain.replace(QLatin1String("&lrm;"), QString(QChar(0x200E)));
    plain.replace(QLatin1String("&rlm;"), QString(QChar(0x200F)));
    plain.replace(QLatin1String("&quot;"), QLatin1String("\""));
    plain.replace(QLatin1String("&apos;"), QLatin1String("'"));
    plain.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return plain.trimmed();
}
