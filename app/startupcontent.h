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
    // `checkedFilesPath`: where the files found faultless at the last start are kept (CheckedFiles);
    // those unchanged are not checked again. Empty: everything is checked.
    static StartupContent load(const QString& dir, const QString& fallbackDir, const QString& checkedFilesPath = {});

    bool ok() const { return content != nullptr; }
    bool usedFallback() const { return ok() && shownDir != dir; }

    QString dir;                 // the configured folder
    QString shownDir;            // the folder the content comes from (empty when none loads)
    ContentPtr content;          // null when neither folder has usable content
    ContentProblems problems;    // the configured folder's problems (the staff panel shows them)
    FolderFingerprint baseline;  // the configured folder as it was just before it was read
    CheckedFiles checked;        // the shown content's faultless files, to keep for the next start
    bool checkedChanged = false; // `checked` differs from what was kept

private:
    void show(const ContentLoader::Result& result, const QString& from, const CheckedFiles& known);
};
