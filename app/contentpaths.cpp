#include "contentpaths.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

bool hasControlCharacter(const QString& path)
{
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool looksAbsolute(const QString& path)
{
    static const QRegularExpression windowsDrive(QStringLiteral("^[A-Za-z]:"));
    return QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char(':'))
        || path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))
        || windowsDrive.match(path).hasMatch();
}

} // namespace

ContentPaths::ContentPaths(const QString& rootDir)
    : m_root(QFileInfo(rootDir).absoluteFilePath())
    , m_canonicalRoot(QFileInfo(rootDir).canonicalFilePath())
{
}

bool ContentPaths::contains(const QString& canonicalPath) const
{
    if (m_canonicalRoot.isEmpty() || canonicalPath.isEmpty())
        return false;
    if (canonicalPath == m_canonicalRoot)
        return true;
    const QString prefix = m_canonicalRoot.endsWith(QLatin1Char('/')) ? m_canonicalRoot
                                                                       : m_canonicalRoot + QLatin1Char('/');
    return canonicalPath.startsWith(prefix);
}

ContentPaths::Resolved ContentPaths::resolve(const QString& relativePath) const
{
    Resolved r;
    // Taken as written (no trimming), so that what the schema accepts is what the kiosk accepts.
    const QString& path = relativePath;
    if (path.isEmpty())
        return r;
    if (path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        r.status = Status::Absolute; // a URL: the kiosk never fetches anything
        return r;
    }
    if (looksAbsolute(path)) {
        r.status = Status::Absolute;
        return r;
    }
    if (hasControlCharacter(path) || path.contains(QLatin1Char('\\'))) {
        r.status = Status::Invalid;
        return r;
    }
    // Any ".." is refused, even one that comes back inside ("photos/../x.jpg"): simpler to explain.
    if (path.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        r.status = Status::Outside;
        return r;
    }
    const QString cleaned = QDir::cleanPath(path);
    if (cleaned == QLatin1String(".")) {
        r.status = Status::NotAFile;
        return r;
    }
    if (m_canonicalRoot.isEmpty()) {
        r.status = Status::Missing;
        return r;
    }
    const QFileInfo info(m_canonicalRoot + QLatin1Char('/') + cleaned);
    if (!info.exists()) {
        // A link whose target does not exist: say so, it is a different mistake from a missing file.
        r.status = info.isSymLink() ? Status::BrokenLink : Status::Missing;
        return r;
    }
    // Resolves every link on the way, so "photos/x.jpg" where "photos" links to /etc is caught too.
    const QString canonical = info.canonicalFilePath();
    if (!contains(canonical) || canonical == m_canonicalRoot) {
        r.status = Status::Outside;
        return r;
    }
    if (!info.isFile()) {
        r.status = Status::NotAFile;
        return r;
    }
    r.status = Status::Ok;
    r.absolutePath = canonical;
    return r;
}

QString ContentPaths::describe(Status status, const QString& relativePath)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::Empty:
        return QStringLiteral("no file name is given");
    case Status::Absolute:
        return QStringLiteral("\"%1\" is an absolute path or a web address, not a path inside the content folder")
            .arg(relativePath);
    case Status::Outside:
        return QStringLiteral("\"%1\" leads outside the content folder").arg(relativePath);
    case Status::Missing:
        return QStringLiteral("the file \"%1\" does not exist").arg(relativePath);
    case Status::NotAFile:
        return QStringLiteral("\"%1\" is a folder, not a file").arg(relativePath);
    case Status::BrokenLink:
        return QStringLiteral("\"%1\" is a link to a file that does not exist").arg(relativePath);
    case Status::Invalid:
        return QStringLiteral("\"%1\" contains a backslash or a control character").arg(relativePath);
    }
    return {};
}

QString ContentPaths::advice(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::Empty:
        return QStringLiteral("Write the file's path, relative to the content folder (e.g. \"photos/arch-1.jpg\").");
    case Status::Absolute:
    case Status::Outside:
        return QStringLiteral("Copy the file into the content folder and write its path relative to the "
                              "folder (e.g. \"photos/arch-1.jpg\"), without \"..\"; links that lead out of "
                              "the folder are refused too.");
    case Status::Missing:
        return QStringLiteral("Copy the file into the content folder, or correct the name (names are "
                              "case-sensitive).");
    case Status::NotAFile:
        return QStringLiteral("Name a file inside that folder.");
    case Status::BrokenLink:
        return QStringLiteral("Replace the link with the file itself.");
    case Status::Invalid:
        return QStringLiteral("Separate folders with \"/\" (not \"\\\"), e.g. \"photos/arch-1.jpg\".");
    }
    return {};
}
