#pragma once

#include "contentloader.h"
#include "folderfingerprint.h"

#include <QString>

// The content the kiosk starts with, read and checked in one call that may run on a worker thread
// (KioskShell overlaps it with setting up fonts and the window). The configured folder when it is
// valid; otherwise the sample content, which marks itself as such on screen, so that a mistake in
// the staff's files never leaves the kiosk blank. Logs nothing: the caller reports the outcome once
// its log file is open and on its own thread.
class StartupContent
{
public:
    static StartupContent load(const QString& dir, const QString& fallbackDir);

    bool ok() const { return content != nullptr; }
    bool usedFallback() const { return ok() && shownDir != dir; }

    QString dir;                 // the configured folder
    QString shownDir;            // the folder the content comes from (empty when none loads)
    ContentPtr content;          // null when neither folder has usable content
    ContentProblems problems;    // the configured folder's problems (the staff panel shows them)
    FolderFingerprint baseline;  // the configured folder as it was just before it was read
};
