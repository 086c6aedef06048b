#include "contentloader.h"

#include "contentpaths.h"
#include "logging.h"
#include "manifestreader.h"
#include "mediaprobe.h"
#include "nameslistparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

namespace {

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

MediaProbe::Report probe(const FileReference& reference)
{
    switch (reference.kind) {
    case FileReference::Kind::Image:
        return MediaProbe::checkImage(reference.absolutePath);
    case FileReference::Kind::Media:
        return MediaProbe::checkMedia(reference.absolutePath);
    case FileReference::Kind::Subtitles:
        return MediaProbe::checkSubtitles(reference.absolutePath);
    case FileReference::Kind::NamesList:
        break; // read by NamesListParser
    }
    return {};
}

// Checks every file the manifest names, each file once even if it is named twice, and those in
// `known` not at all while they are unchanged; `checked` gets every file without a problem.
void probeReferences(const QList<FileReference>& references, const CheckedFiles& known, CheckedFiles* checked,
    ContentProblems* problems)
{
    QHash<QString, MediaProbe::Report> done;
    for (const FileReference& reference : references) {
        if (reference.kind == FileReference::Kind::NamesList)
            continue;
        const QString key = reference.absolutePath + QLatin1Char('|') + QString::number(int(reference.kind));
        if (done.contains(key))
            continue;
        // Taken before the check: a file replaced while it is checked is checked again next time.
        const QString identity = CheckedFiles::identity(reference.kind, reference.absolutePath);
        const MediaProbe::Report report = known.contains(identity) ? MediaProbe::Report() : probe(reference);
        done.insert(key, report);
        if (report.findings.isEmpty())
            checked->insert(identity);
        for (const MediaProbe::Finding& finding : report.findings)
            problems->append({ finding.severity, QDir::cleanPath(reference.relativePath), reference.pointer,
                finding.what, finding.fix });
    }
}

struct NamesRead
{
    QVector<NameRecord> records;
    ContentProblems problems;
};

NamesRead readNames(const QString& root, const QString& namesPath)
{
    NamesRead read;
    const QString namesFile = QDir(root).relativeFilePath(namesPath);
    QByteArray bytes;
    QString readError;
    if (!readAll(namesPath, ContentLoader::MaxNamesListBytes, &bytes, &readError)) {
        read.problems.append(ContentProblem::error(namesFile, QString(),
            QStringLiteral("the names list cannot be read: %1").arg(readError),
            QStringLiteral("Check the file's permissions and size.")));
        return read;
    }
    NamesListParser::Result names = NamesListParser::parse(bytes, namesFile);
    read.records = std::move(names.records);
    read.problems = std::move(names.problems);
    return read;
}

} // namespace

ContentLoader::Result ContentLoader::load(const QString& rootDir, const CheckedFiles& known)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    const QFileInfo rootInfo(rootDir);
    if (!rootInfo.isDir()) {
        result.problems.append(ContentProblem::error(rootDir, QString(),
            rootInfo.exists() ? QStringLiteral("this is a file, not the content folder")
                              : QStringLiteral("the content folder does not exist"),
            QStringLiteral("Check the path given with --content or in kiosk.conf, and that the folder (or the link "
                           "to it) is in place.")));
        return result;
    }
    // One load reads one folder: if the path is a link to a release folder, it is resolved here once.
    const ContentPaths paths(rootInfo.absoluteFilePath());
    if (paths.root().isEmpty() || !QDir(paths.root()).isReadable()) {
        result.problems.append(ContentProblem::error(rootDir, QString(), QStringLiteral("the content folder cannot be read"),
            QStringLiteral("Check that the kiosk's user may read the folder.")));
        return result;
    }
    const QString manifestPath = paths.root() + QLatin1Char('/') + ManifestReader::FileName;
    if (!QFileInfo(manifestPath).isFile()) {
        result.problems.append(ContentProblem::error(ManifestReader::FileName, QString(),
            QStringLiteral("the content folder has no content.json"),
            QStringLiteral("Copy content.json into the top of the content folder (see the staff guide).")));
        return result;
    }
    QByteArray manifestBytes;
    QString readError;
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
    // The names list (the biggest file to parse) is read on another thread while the pictures and
    // recordings are checked on this one.
    QFuture<NamesRead> names;
    if (!content->namesPath.isEmpty())
        names = QtConcurrent::run(&readNames, paths.root(), content->namesPath);
    probeReferences(manifest.references(), known, &result.checked, &result.problems);
    if (!content->namesPath.isEmpty()) {
        NamesRead read = names.takeResult();
        content->names = std::move(read.records);
        result.problems.append(read.problems);
    }

    if (!manifestOk || hasErrors(result.problems)) {
        qCInfo(lcContent) << "content in" << rootDir << "has errors; not loaded";
        return result;
    }
    content->loadedAt = QDateTime::currentDateTimeUtc();
    result.content = std::move(content);
    qCInfo(lcContent) << "content in" << rootDir << "read in" << timer.elapsed() << "ms";
    return result;
}
