#pragma once

#include "chapter.h"
#include "localizedtext.h"

#include <QHash>
#include <QList>

// A survivor's or descendant's recording. Paths are absolute, inside the content folder.
struct Testimony
{
    QString id;
    LocalizedText speaker;
    QString years;             // e.g. "1938–1946", free text from the manifest
    QString recordingLanguage; // "kk", "ru" or "en"
    LocalizedText title;
    LocalizedText summary;
    LocalizedText contentNote; // shown before playback when not empty
    QString mediaPath;
    QString posterPath;
    QHash<QString, QString> subtitlePaths; // language code -> .vtt/.srt path
    QList<Chapter> chapters;
    qint64 durationMs = 0; // 0 when the manifest does not say

    bool hasSubtitles(const QString& language) const { return subtitlePaths.contains(language); }
};
