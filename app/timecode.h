#pragma once

#include <QString>

// Times as people write them: "MM:SS", "HH:MM:SS", with optional ".mmm" or ",mmm" milliseconds.
class Timecode
{
public:
    // Milliseconds, or -1 with *ok = false when `text` is not a time.
    static qint64 parse(const QString& text, bool* ok);

    // "M:SS" below an hour, "H:MM:SS" above; for elapsed/total time displays.
    static QString format(qint64 ms);
};
