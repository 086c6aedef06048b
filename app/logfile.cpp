#include "logfile.h"

#include <QDateTime>
#include <QDir>

#include <atomic>
#include <chrono>
#include <cstdio>

namespace {

std::atomic<LogFile*> g_installed { nullptr };

const char* typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// sd-daemon(3) priority prefixes, understood by journald on a stream connected to it.
const char* journalPrefix(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "<7>";
    case QtInfoMsg:
        return "<6>";
    case QtWarningMsg:
        return "<4>";
    case QtCriticalMsg:
        return "<3>";
    case QtFatalMsg:
        return "<2>";
    }
    return "";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "default";
    static const bool journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    const QByteArray text = message.toUtf8();
    if (journal)
        std::fprintf(stderr, "%s%s: %s\n", journalPrefix(type), category, text.constData());
    else
        std::fprintf(stderr, "%s %s: %s\n", typeName(type), category, text.constData());
    std::fflush(stderr);
    if (LogFile* log = g_installed.load(); log && type != QtDebugMsg)
        log->write(LogFile::formatLine(type, category, message));
}

} // namespace

LogFile::LogFile(const QString& stateDir, qint64 maxBytes, int files)
    : m_path(QDir(stateDir).filePath(QStringLiteral("kiosk.log")))
    , m_maxBytes(std::max<qint64>(maxBytes, 1024))
    , m_files(std::max(files, 1))
    , m_file(m_path)
{
}

LogFile::~LogFile()
{
    if (g_installed.load() == this)
        install(nullptr);
}

bool LogFile::open(QString* error)
{
    std::lock_guard lock(m_mutex);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return true;
    if (error)
        *error = QStringLiteral("cannot write the log file %1: %2").arg(m_path, m_file.errorString());
    return false;
}

QString LogFile::rotatedPath(int n) const
{
    return n == 0 ? m_path : m_path + QLatin1Char('.') + QString::number(n);
}

void LogFile::rotateLocked()
{
    m_file.close();
    QFile::remove(rotatedPath(m_files - 1));
    for (int n = m_files - 2; n >= 0; --n)
        QFile::rename(rotatedPath(n), rotatedPath(n + 1));
    if (m_files == 1)
        QFile::remove(m_path);
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void LogFile::write(const QByteArray& line)
{
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotateLocked();
    m_file.write(line);
    m_file.flush();
}

void LogFile::writeEmergency(const QByteArray& line)
{
    std::unique_lock lock(m_mutex, std::defer_lock);
    if (!lock.try_lock_for(std::chrono::milliseconds(200)) || !m_file.isOpen())
        return;
    m_file.write(line);
    m_file.flush();
}

QStringList LogFile::lastLines(int count) const
{
    std::lock_guard lock(m_mutex);
    QStringList lines;
    for (int n = 0; n < m_files && lines.size() < count; ++n) {
        QFile file(rotatedPath(n));
        if (!file.open(QIODevice::ReadOnly))
            break;
        QStringList fileLines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        fileLines.append(lines);
        lines = fileLines;
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

void LogFile::install(LogFile* log)
{
    g_installed.store(log);
    qInstallMessageHandler(log ? handler : nullptr);
}

LogFile* LogFile::installed()
{
    return g_installed.load();
}

QByteArray LogFile::formatLine(QtMsgType type, const char* category, const QString& message)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString flat = message;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return (time + QLatin1Char(' ') + QLatin1String(typeName(type)) + QLatin1Char(' ') + QLatin1String(category)
        + QStringLiteral(": ") + flat + QLatin1Char('\n'))
        .toUtf8();
}
