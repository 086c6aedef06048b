#pragma once

#include <QByteArray>
#include <QString>

// What a file is, told from its first bytes (its "magic number"), never from its name.
// The kiosk plays the containers marked `playable` with Qt Multimedia on GStreamer
// (plugins base, good and libav) and shows the images marked `showable`.
struct FileSignature
{
    enum class Type { Unknown, Empty, Image, Audio, Video, AudioOrVideo, Text, Other };

    Type type = Type::Unknown;
    QString name;      // for staff: "JPEG picture", "Ogg Opus audio", "PDF document", ...
    QString container; // short id: "jpeg", "png", "ogg", "matroska", "mp4", "mp3", "wav", ...
    bool playable = false; // a recording the kiosk plays
    bool showable = false; // a picture the kiosk shows

    // How many leading bytes identify() wants to see (it works with fewer).
    static constexpr int HeadSize = 512;

    static FileSignature identify(const QByteArray& head);
    // The container a file name's extension promises ("jpeg" for .jpg and .jpeg), or empty.
    static QString containerForSuffix(const QString& fileName);
};
