#include "contentloader.h"

#include "contentpaths.h"
#include "logging.h"
#include "manifestreader.h"
#include "nameslistparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr qint64 MaxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 MaxNamesListBytes = 256 * 1024 * 1024;

bool readAll(const QString& path, qint64 limit, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() > limit) {
        *error = QStringLiteral("the file is larger than %1 MB").arg(limit / (1024 * 1024));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QString relativeTo(const QString& root, const QString& absolutePath)
{
    return QDir(root).relativeFilePath(absolutePath);
}

} // namespace

ContentLoader::Result ContentLoader::load(const QString& rootDir)
{
    Result result;
    const QFileInfo rootInfo(rootDir);
    if (!rootInfo.isDir()) {
        result.problems.append(ContentProblem::error(rootDir, QString(),
            QStringLiteral("the content folder does not exist or is not a folder"),
            QStringLiteral("Check the path given with --content or in kiosk.conf.")));
        return result;
    }
    const ContentPaths paths(rootInfo.absoluteFilePath());
    const QString manifestPath = paths.root() + QLatin1Char('/') + ManifestReader::FileName;
    QByteArray manifestBytes;
    QString readError;
    if (!QFileInfo::exists(manifestPath)) {
        result.problems.append(ContentProblem::error(ManifestReader::FileName, QString(),
            QStringLiteral("the content folder has no content.json"),
            QStringLiteral("Copy content.json into the top of the content folder (see the staff guide).")));
        return result;
    }
    if (!readAll(manifestPath, MaxManifestBytes, &manifestBytes, &readError)) {
        result.problems.append(ContentProblem::error(ManifestReader::FileName, QString(),
            QStringLiteral("content.json cannot be read: %1").arg(readError),
            QStringLiteral("Check the file's permissions and size.")));
        return result;
    }

    auto content = std::make_shared<Content>();
    content->rootDir = paths.root();
    ManifestReader manifest(paths);
    const bool manifestOk = manifest.read(manifestBytes, content.get());
    result.problems.append(manifest.problems());

    if (!content->namesPath.isEmpty()) {
        const QString namesFile = relativeTo(paths.root(), content->namesPath);
        QByteArray namesBytes;
        if (!readAll(content->namesPath, MaxNamesListBytes, &namesBytes, &readError)) {
            result.problems.append(ContentProblem::error(namesFile, QString(),
                QStringLiteral("the names list cannot be read: %1").arg(readError),
                QStringLiteral("Check the file's permissions and size.")));
        } else {
            NamesListParser::Result names = NamesListParser::parse(namesBytes, namesFile);
            content->names = std::move(names.records);
            result.problems.append(names.problems);
        }
    }

    if (!manifestOk || hasErrors(result.problems)) {
        qCWarning(lcContent) << "content in" << rootDir << "has errors; not loaded";
        return result;
    }
    content->loadedAt = QDateTime::currentDateTimeUtc();
    result.content = std::move(content);
    return result;
}
