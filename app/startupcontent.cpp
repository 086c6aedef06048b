#include "startupcontent.h"

StartupContent StartupContent::load(const QString& dir, const QString& fallbackDir, const QString& checkedFilesPath)
{
    StartupContent start;
    start.dir = dir;
    const CheckedFiles known = checkedFilesPath.isEmpty() ? CheckedFiles() : CheckedFiles::read(checkedFilesPath);
    // Taken before reading: a change made while the folder is read is seen by the watcher later.
    start.baseline = FolderFingerprint::scan(dir);
    ContentLoader::Result result = ContentLoader::load(dir, known);
    start.problems = result.problems;
    if (result.ok()) {
        start.show(result, dir, known);
        return start;
    }
    if (fallbackDir.isEmpty() || fallbackDir == dir)
        return start;
    result = ContentLoader::load(fallbackDir, known);
    if (result.ok())
        start.show(result, fallbackDir, known);
    return start;
}

void StartupContent::show(const ContentLoader::Result& result, const QString& from, const CheckedFiles& known)
{
    content = result.content;
    shownDir = from;
    checked = result.checked;
    checkedChanged = checked != known;
}
