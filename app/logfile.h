#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <mutex>

// Where the kiosk's log goes: every message to stderr (journald under systemd, with priority
// prefixes it understands) and information and above to a size-capped, rotating file in the state
// folder (kiosk.log, kiosk.log.1, ...), so that staff can read the last lines on the staff panel
// without a terminal. Debug messages never reach the file. Messages must never hold search text or
// personal data: log ids and counts, not what a visitor typed.
class LogFile
{
public:
    // `maxBytes` per file; `files` in all, the current one included.
    LogFile(const QString& stateDir, qint64 maxBytes, int files);
    ~LogFile();

    // False (with the reason) when the file cannot be opened; stderr still works.
    bool open(QString* error);
    QString path() const { return m_path; }

    // Appends one line to the file, rotating first when it would grow past the cap. Thread-safe.
    void write(const QByteArray& line);
    // For the watchdog thread: writes only if the lock is free within a short time.
    void writeEmergency(const QByteArray& line);
    // The last `count` lines, oldest first, across the rotated files.
    QStringList lastLines(int count = 200) const;

    // Makes `log` (may be null) the destination of qDebug/qInfo/qWarning/... for the whole process.
    static void install(LogFile* log);
    static LogFile* installed();
    // One line as written to the file: "2026-06-01 09:00:00.123 warning alzhir.kiosk: text".
    static QByteArray formatLine(QtMsgType type, const char* category, const QString& message);

private:
    void rotateLocked();
    QString rotatedPath(int n) const;

    QString m_path;
    qint64 m_maxBytes;
    int m_files;
    QFile m_file;
    mutable std::timed_mutex m_mutex;
};
