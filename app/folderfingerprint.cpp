#include "folderfingerprint.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

FolderFingerprint FolderFingerprint::scan(const QString& path)
{
    FolderFingerprint fp;
    const QFileInfo info(path);
    if (!info.exists()) {
        fp.m_state = State::Missing;
        return fp;
    }
    fp.m_root = info.canonicalFilePath();
    if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
        fp.m_state = State::Unreadable;
        return fp;
    }
    fp.m_state = State::Ok;
    fp.walk(fp.m_root, QString(), 0);
    return fp;
}

bool FolderFingerprint::isTemporaryName(const QString& name)
{
    static const QStringList endings { QStringLiteral(".part"), QStringLiteral(".partial"),
        QStringLiteral(".crdownload"), QStringLiteral(".tmp"), QStringLiteral(".swp"), QStringLiteral("~") };
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1String("~$")))
        return true;
    return std::any_of(endings.cbegin(), endings.cend(),
        [&](const QString& ending) { return name.endsWith(ending, Qt::CaseInsensitive); });
}

void FolderFingerprint::walk(const QString& dir, const QString& relative, int depth)
{
    m_directories.append(dir);
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (m_files.size() + m_temporary.size() >= MaxFiles)
            return;
        const QString name = entry.fileName();
        const QString key = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        if (entry.isDir()) {
            // Linked folders are not followed (no loops); what they hold is checked when it is named.
            if (!name.startsWith(QLatin1Char('.')) && !entry.isSymLink() && depth < MaxDepth)
                walk(entry.absoluteFilePath(), key, depth + 1);
            continue;
        }
        const Stamp stamp { entry.size(), entry.lastModified().toMSecsSinceEpoch() };
        if (isTemporaryName(name))
            m_temporary.insert(key, stamp);
        else
            m_files.insert(key, stamp);
    }
}

bool FolderFingerprint::sameContent(const FolderFingerprint& other) const
{
    return m_state == other.m_state && m_root == other.m_root && m_files == other.m_files;
}

bool FolderFingerprint::sameActivity(const FolderFingerprint& other) const
{
    return sameContent(other) && m_temporary == other.m_temporary;
}
