#pragma once

#include <QString>

// A file that the manifest refers to, remembered with where it was named so that checks of the
// file itself (does the image decode? is the recording playable?) can report the right place.
struct FileReference
{
    enum class Kind { Image, Media, Subtitles, NamesList };

    Kind kind = Kind::Image;
    QString pointer;      // JSON pointer in content.json, e.g. "/sections/0/photos/1/file"
    QString relativePath; // as written in the manifest
    QString absolutePath; // resolved inside the content folder
};
