#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The sizes and modification times of every file in a content folder, taken in one walk, so that
// ContentWatcher can tell whether anything changed and whether copying has come to rest.
//
// Files that copy and sync tools write before they are complete ("temporary files") do not count
// as content, but their changes count as activity: names starting with "." (rsync's
// ".name.XXXXXX", Syncthing's ".syncthing.name.tmp"), and names ending in ".part", ".partial",
// ".crdownload", ".tmp", ".swp" or "~", or starting with "~$" (office lock files). Folders
// starting with "." (".stversions", ".git", ".Trash-1000") are not looked into at all.
class FolderFingerprint
{
public:
    enum class State { Unknown, Ok, Missing, Unreadable };

    static constexpr int MaxDepth = 16;
    static constexpr int MaxFiles = 200'000;

    // Walks `path` (which may be a link to the folder; it is followed).
    static FolderFingerprint scan(const QString& path);
    static bool isTemporaryName(const QString& fileName);

    State state() const { return m_state; }
    QString canonicalRoot() const { return m_root; }
    // The folder and its subfolders (not the skipped ones), for QFileSystemWatcher.
    const QStringList& directories() const { return m_directories; }
    qsizetype fileCount() const { return m_files.size(); }
    qsizetype temporaryCount() const { return m_temporary.size(); }

    // The same content: same state, same folder behind the link, same files with the same stamps.
    bool sameContent(const FolderFingerprint& other) const;
    // The same content and the same temporary files: nothing is being written.
    bool sameActivity(const FolderFingerprint& other) const;

private:
    struct Stamp
    {
        qint64 size = 0;
        qint64 modifiedMs = 0;
        bool operator==(const Stamp& other) const = default;
    };

    void walk(const QString& dir, const QString& relative, int depth);

    State m_state = State::Unknown;
    QString m_root;
    QHash<QString, Stamp> m_files;
    QHash<QString, Stamp> m_temporary;
    QStringList m_directories;
};
