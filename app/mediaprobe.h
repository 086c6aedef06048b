#pragma once

#include "contentproblem.h"
#include "filesignature.h"

#include <QList>
#include <QString>

// Checks the files the manifest names by what is in them, not by their names:
// - pictures must be JPEG or PNG, decode completely with QImageReader, and stay within the limits
//   below (a picture larger than the screen needs only costs memory and start-up time);
// - recordings must be a container the kiosk plays (see FileSignature), not empty and not cut
//   short (MP4, WebM/Matroska, Ogg and WAV are checked to their end);
// - subtitles must be UTF-8 WebVTT or SRT that SubtitleParser reads, with the type the name says.
// The limits are documented for staff in media/README.md ("Limits").
class MediaProbe
{
public:
    static constexpr qint64 MaxImageBytes = 40LL * 1024 * 1024;
    static constexpr int MaxImageSide = 8000;                // pixels, either side
    static constexpr qint64 MaxImagePixels = 32'000'000;     // width x height: 128 MB decoded, Qt's default limit
    static constexpr int LargeImageSide = 4096;              // above this: a warning, not an error
    static constexpr qint64 MaxMediaBytes = 4LL * 1024 * 1024 * 1024;

    struct Finding
    {
        ContentProblem::Severity severity = ContentProblem::Severity::Error;
        QString what;
        QString fix;
        bool isError() const { return severity == ContentProblem::Severity::Error; }
    };

    struct Report
    {
        FileSignature signature;
        QList<Finding> findings;
        bool ok() const;
    };

    static Report checkImage(const QString& path);
    static Report checkMedia(const QString& path);
    static Report checkSubtitles(const QString& path);

    // The first FileSignature::HeadSize bytes of a file (empty when it cannot be read).
    static QByteArray readHead(const QString& path, QString* error = nullptr);
};
