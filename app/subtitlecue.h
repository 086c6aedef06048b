#pragma once

#include <QString>

// One timed line (or a few lines) of subtitles, with the styling already removed.
struct SubtitleCue
{
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive: the cue is shown while startMs <= position < endMs
    QString text;     // plain text; several lines are joined with '\n'
    int line = 0;     // the line of the timing line in the file, 1-based (for messages)

    bool contains(qint64 positionMs) const { return positionMs >= startMs && positionMs < endMs; }
    bool operator==(const SubtitleCue& other) const = default;
};
