#include "checkedfiles.h"

#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>
#include <time.h>

namespace {

// Names the program's version: a new version may check more, so it checks everything once.
const QByteArray VersionLine = QByteArrayLiteral("alzhir-kiosk " ALZHIR_VERSION " checked files");

char kindLetter(FileReference::Kind kind)
{
    switch (kind) {
    case FileReference::Kind::Image:
        return 'i';
    case FileReference::Kind::Media:
        return 'm';
    case FileReference::Kind::Subtitles:
        return 's';
    case FileReference::Kind::NamesList:
        break;
    }
    return 'n';
}

QString nanoseconds(const timespec& time)
{
    return QString::number(qint64(time.tv_sec)) + QLatin1Char('.') + QString::number(qint64(time.tv_nsec));
}

} // namespace

QString CheckedFiles::identity(FileReference::Kind kind, const QString& path)
{
    // A line per identity: a path with a line break is never trusted.
    if (path.contains(QLatin1Char('\n')))
        return {};
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (now.tv_sec - info.st_ctim.tv_sec < SettleSeconds || now.tv_sec - info.st_mtim.tv_sec < SettleSeconds)
        return {};
    return QStringLiteral("%1 %2:%3 %4 %5 %6 %7")
        .arg(QLatin1Char(kindLetter(kind)))
        .arg(qulonglong(info.st_dev))
        .arg(qulonglong(info.st_ino))
        .arg(qint64(info.st_size))
        .arg(nanoseconds(info.st_mtim), nanoseconds(info.st_ctim), path);
}

void CheckedFiles::insert(const QString& identity)
{
    if (!identity.isEmpty())
        m_identities.insert(identity);
}

CheckedFiles CheckedFiles::read(const QString& path)
{
    CheckedFiles files;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readLine().trimmed() != VersionLine)
        return files;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(QLatin1Char('\n'))) // a last line cut short is left out
            files.insert(line.chopped(1));
    }
    return files;
}

bool CheckedFiles::write(const QString& path, QString* error) const
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    ok = ok && file.write(VersionLine + '\n') > 0;
    for (const QString& identity : m_identities)
        ok = ok && file.write(identity.toUtf8() + '\n') > 0;
    ok = ok && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}
