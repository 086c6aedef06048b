#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class Clock;

// Anonymous usage counts per day, in SQLite (Qt SQL, QSQLITE) in the state folder: how many
// sessions, which screens were opened, which testimonies were started and finished, which language
// was chosen, how many searches were made. Never what was searched, never anything about a person.
class UsageStats : public QObject
{
    Q_OBJECT

public:
    enum class Event { Session, ScreenOpened, TestimonyStarted, TestimonyFinished, LanguageChosen, Search };

    struct Count
    {
        QDate day;
        QString event;  // "session", "screen", "testimony_started", ...
        QString detail; // the screen or testimony id, or the language code; empty for the others
        int count = 0;
    };

    struct DayTotals
    {
        QDate day;
        int sessions = 0;
        int screens = 0;
        int testimoniesStarted = 0;
        int testimoniesFinished = 0;
        int searches = 0;
    };

    UsageStats(const Clock& clock, QObject* parent = nullptr);
    ~UsageStats() override;

    enum class Access { ReadWrite, ReadOnly };

    // Opens (or, read-write, creates) `<stateDir>/usage.sqlite`. Returns an empty string or what
    // went wrong. Read-only never creates a file (an export run as root must not leave root-owned
    // files in the kiosk's state folder).
    QString open(const QString& stateDir, Access access = Access::ReadWrite);
    bool isOpen() const;
    QString databasePath() const { return m_path; }

    // Counts one event today. `detail` is an id or a language code, never free text. Counts are
    // kept in memory and written in one transaction at most FlushMs later (and on reading,
    // exporting and closing): one disk sync per half minute, not one per tap.
    void record(Event event, const QString& detail = {});
    // Writes the counts kept in memory now.
    void flush();
    static constexpr int FlushMs = 30'000;

    QList<Count> counts(const QDate& from, const QDate& to);
    QList<DayTotals> totalsPerDay(const QDate& from, const QDate& to);

    // Writes every count as CSV (date,event,detail,count) through QSaveFile. Returns an empty
    // string or what went wrong.
    QString exportCsv(const QString& file);

    static QString eventName(Event event);

private:
    const Clock& m_clock;
    QString m_connection;
    QString m_path;
    QHash<QStringList, int> m_pending; // {day, event, detail} -> count not yet written
    QTimer m_flushTimer;
};
