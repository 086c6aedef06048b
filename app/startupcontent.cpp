#include "startupcontent.h"

StartupContent StartupContent::load(const QString& dir, const QString& fallbackDir)
{
    StartupContent start;
    start.dir = dir;
    // Taken before reading: a change made while the folder is read is seen by the watcher later.
    start.baseline = FolderFingerprint::scan(dir);
    ContentLoader::Result result = ContentLoader::load(dir);
    start.problems = result.problems;
    if (result.ok()) {
        start.content = result.content;
        start.shownDir = dir;
        return start;
    }
    if (fallbackDir.isEmpty() || fallbackDir == dir)
        return start;
    result = ContentLoader::load(fallbackDir);
    if (result.ok()) {
        start.content = result.content;
        start.shownDir = fallbackDir;
    }
    return start;
}
