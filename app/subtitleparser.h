#pragma once

#include "subtitletrack.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One thing wrong in a subtitle file, said so that a staff member can fix it.
struct SubtitleProblem
{
    int line = 0; // 1-based; 0 when it concerns the whole file
    QString what; // e.g. "bad start time \"00:00:1.000\""
    QString fix;  // e.g. "write times as HH:MM:SS.mmm, for example 00:01:02.500"

    // "file:12: what. Fix: fix" (the file part only when `file` is given).
    QString toString(const QString& file = {}) const;
};

// Reads WebVTT (.vtt) and SubRip (.srt) subtitles into a SubtitleTrack.
//
// Accepted: UTF-8 with or without a byte order mark; LF, CRLF or CR line ends; cues in any order
// and overlapping; WebVTT cue identifiers, cue settings, NOTE/STYLE/REGION blocks; SRT cue numbers
// and coordinates after the times. Styling is removed: <i>, <b>, <u>, <font ...>, <c.class>,
// <v Speaker>, <lang xx>, <ruby>/<rt>, inline <00:00:01.000> times, and ASS overrides like {\an8};
// HTML entities (&amp; &lt; &gt; &nbsp; ...) are decoded.
// A time is [H+:]MM:SS.mmm; a comma before the milliseconds is accepted in both formats.
//
// Parsing never stops at a bad cue: the cue is skipped and a problem with its line is recorded, so
// a visitor still gets every good line. A file that is not subtitles at all gives no cues and one
// problem.
class SubtitleParser
{
public:
    enum class Format { WebVtt, Srt };

    struct Result
    {
        SubtitleTrack track;
        QList<SubtitleProblem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    // Files larger than this are refused (a subtitle file for hours of speech is far smaller).
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    static Result parse(const QByteArray& bytes, Format format);
    // Reads a file; the format comes from the extension (.vtt, .srt), otherwise from the content.
    static Result parseFile(const QString& path);

    // WebVTT when the bytes begin (after a BOM) with "WEBVTT", otherwise SRT.
    static Format detectFormat(const QByteArray& bytes);
    static std::optional<Format> formatForPath(const QString& path);

    // Milliseconds of "[H+:]MM:SS.mmm" (or with ','), or std::nullopt.
    static std::optional<qint64> parseTime(QStringView text);
    // The plain text of a cue line: tags and ASS overrides removed, entities decoded, trimmed.
    static QString stripStyling(const QString& text);
};
