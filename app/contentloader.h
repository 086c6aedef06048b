#pragma once

#include "checkedfiles.h"
#include "content.h"
#include "contentproblem.h"

// Reads a content folder into an immutable snapshot. Safe to call from any thread: it touches no
// GUI object. Errors leave `content` null; warnings come with a valid snapshot.
//
// Checks, in this order: the folder and content.json (ManifestReader: structure, ids, texts and
// their translations, every path stays inside the folder), then every file content.json names, by
// its content (MediaProbe: pictures decode, recordings are playable containers and complete,
// subtitles are UTF-8 WebVTT/SRT), then the names list (NamesListParser). All problems are
// collected, so one check lists everything that needs fixing.
class ContentLoader
{
public:
    static constexpr qint64 MaxManifestBytes = 4 * 1024 * 1024;
    // About 300,000 names; the list is held in memory several times over while it is read.
    static constexpr qint64 MaxNamesListBytes = 32 * 1024 * 1024;

    struct Result
    {
        ContentPtr content;
        ContentProblems problems;
        CheckedFiles checked; // the files named that have no problem, as they were when checked
        bool ok() const { return content != nullptr; }
    };

    // `known`: files found faultless before, whose deep checks are skipped while they are unchanged
    // (CheckedFiles). The names list is always read: the snapshot holds its names.
    static Result load(const QString& rootDir, const CheckedFiles& known = {});
};
