#pragma once

#include <QDir>
#include <QString>

// Resolves the relative paths of a manifest against the content folder and refuses any that lead
// outside it: "..", absolute paths, URLs, Windows paths, and symbolic links whose target is outside
// the folder (a link anywhere on the way counts, also a link to a folder).
//
// The folder itself may be a symbolic link (the "release folder" layout of sync tools: `content`
// -> `releases/2024-05-01`); it is resolved once, when the ContentPaths is made, so that one load
// reads one release even if the link is switched while it runs.
class ContentPaths
{
public:
    explicit ContentPaths(const QString& rootDir);

    enum class Status { Ok, Empty, Absolute, Outside, Missing, NotAFile, BrokenLink, Invalid };

    struct Resolved
    {
        Status status = Status::Empty;
        QString absolutePath; // canonical (links resolved), inside root(); empty unless Ok
    };

    Resolved resolve(const QString& relativePath) const;
    // The folder as resolved when this object was made (links resolved); empty if it did not exist.
    QString root() const { return m_canonicalRoot; }
    // The folder as given (made absolute, links kept).
    QString givenRoot() const { return m_root; }
    // True when `canonicalPath` is root() or lies below it.
    bool contains(const QString& canonicalPath) const;

    // A sentence for a staff member about a status other than Ok.
    static QString describe(Status status, const QString& relativePath);
    static QString advice(Status status);

private:
    QString m_root;          // absolute, as given (may itself be a symlink to a release folder)
    QString m_canonicalRoot; // with links resolved
};
