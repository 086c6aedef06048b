#pragma once

#include <QFile>
#include <QString>

// Finds recordings that are cut short or damaged in their structure, without decoding them: the
// usual result of a copy that was interrupted or a file taken before the recorder had finished.
// Checked: MP4/QuickTime (every top-level box fits, and there is an index "moov"), WebM/Matroska
// (the segment fits), Ogg (the last page is complete and ends the stream), WAV (the chunks fit).
class ContainerCheck
{
public:
    // Empty when the file looks whole; otherwise what is wrong, in words for staff.
    // `container` is FileSignature::container. Other containers are not checked.
    static QString findDamage(QFile& file, const QString& container);

private:
    static QString checkMp4(QFile& file);
    static QString checkMatroska(QFile& file);
    static QString checkOgg(QFile& file);
    static QString checkWav(QFile& file);
};
