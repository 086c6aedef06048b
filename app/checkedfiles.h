#pragma once

#include "filereference.h"

#include <QSet>
#include <QString>

// The files a content load found faultless, each by its identity on disk: the kind of check, the
// path, the inode, the size and the modification and status-change times (to the nanosecond). A
// later load that is given them skips those files' deep checks (decoding every picture, walking
// every recording, parsing every subtitle file), which are most of a load's time. Any change to a
// file - written, copied over, touched, renamed into place - gives it a new status-change time,
// which no one can set back, so it is checked again.
//
// The kiosk keeps the set of its last start-up in its state folder, so that a restart after a crash
// or an update (the content unchanged) reaches its first frame sooner (docs/benchmarks.md).
class CheckedFiles
{
public:
    static constexpr const char* FileName = "checked-files";
    // A file changed less than this long ago is not trusted: a change within the same tick of the
    // file system's clock as the check (or, on a FAT stick, within its two seconds) could go unseen.
    static constexpr int SettleSeconds = 3;

    // The file's identity now; empty when it cannot be read or changed less than SettleSeconds ago
    // (it is then checked, and checked again next time).
    static QString identity(FileReference::Kind kind, const QString& path);

    bool contains(const QString& identity) const { return !identity.isEmpty() && m_identities.contains(identity); }
    void insert(const QString& identity);
    qsizetype size() const { return m_identities.size(); }
    bool isEmpty() const { return m_identities.isEmpty(); }
    bool operator==(const CheckedFiles& other) const = default;

    // Read from / written to `path` (one identity per line after a version line). A missing, old or
    // damaged file reads as an empty set: everything is checked again.
    static CheckedFiles read(const QString& path);
    // False (with `error`) when the file cannot be written; the set is then simply not kept.
    bool write(const QString& path, QString* error = nullptr) const;

private:
    QSet<QString> m_identities;
};
