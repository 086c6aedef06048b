#include "usagestats.h"

#include "clock.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Ids and language codes only: anything else is not written, so that no free text can slip in.
QString safeDetail(const QString& detail)
{
    for (const QChar c : detail) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_')
            && c != QLatin1Char('.'))
            return QStringLiteral("other");
    }
    return detail.left(64);
}

QString csvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

UsageStats::UsageStats(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connection(QStringLiteral("usage-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &UsageStats::flush);
}

UsageStats::~UsageStats()
{
    flush();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString UsageStats::open(const QString& stateDir, Access access)
{
    m_path = QDir(stateDir).filePath(QStringLiteral("usage.sqlite"));
    const bool readOnly = access == Access::ReadOnly;
    if (readOnly && !QFileInfo::exists(m_path))
        return QStringLiteral("no usage counts at %1 (none recorded yet, or give the kiosk's state folder with --state DIR)")
            .arg(m_path);
    if (!readOnly && !QDir().mkpath(stateDir))
        return QStringLiteral("cannot create the state folder %1").arg(stateDir);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
    if (readOnly)
        return {};
    // The default rollback journal, not WAL: a reader never has to create files next to the database.
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS counts (day TEXT NOT NULL, event TEXT NOT NULL, "
                                   "detail TEXT NOT NULL DEFAULT '', count INTEGER NOT NULL DEFAULT 0, "
                                   "PRIMARY KEY (day, event, detail))")))
        return QStringLiteral("cannot create the table in %1: %2").arg(m_path, query.lastError().text());
    return {};
}

bool UsageStats::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QString UsageStats::eventName(Event event)
{
    switch (event) {
    case Event::Session:
        return QStringLiteral("session");
    case Event::ScreenOpened:
        return QStringLiteral("screen");
    case Event::TestimonyStarted:
        return QStringLiteral("testimony_started");
    case Event::TestimonyFinished:
        return QStringLiteral("testimony_finished");
    case Event::LanguageChosen:
        return QStringLiteral("language");
    case Event::Search:
        return QStringLiteral("search");
    }
    return {};
}

void UsageStats::record(Event event, const QString& detail)
{
    if (!isOpen())
        return;
    const QString value = event == Event::Search ? QString() : safeDetail(detail);
    ++m_pending[{ m_clock.now().date().toString(Qt::ISODate), eventName(event), value.isNull() ? QStringLiteral("") : value }];
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void UsageStats::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !isOpen())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO counts (day, event, detail, count) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (day, event, detail) DO UPDATE SET count = count + excluded.count"));
    bool ok = true;
    for (auto it = m_pending.cbegin(); it != m_pending.cend() && ok; ++it) {
        query.addBindValue(it.key().at(0));
        query.addBindValue(it.key().at(1));
        query.addBindValue(it.key().at(2));
        query.addBindValue(it.value());
        ok = query.exec();
    }
    if (ok && db.commit()) {
        m_pending.clear();
        return;
    }
    qCWarning(lcKiosk).noquote() << "usage counts: cannot write to" << m_path << "-" << query.lastError().text()
                                 << db.lastError().text();
    db.rollback();
    m_pending.clear(); // a full disk must not grow the kiosk's memory
}

QList<UsageStats::Count> UsageStats::counts(const QDate& from, const QDate& to)
{
    QList<Count> result;
    if (!isOpen())
        return result;
    flush();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT day, event, detail, count FROM counts WHERE day >= ? AND day <= ? "
                                 "ORDER BY day, event, detail"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({ QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toInt() });
    }
    return result;
}

QList<UsageStats::DayTotals> UsageStats::totalsPerDay(const QDate& from, const QDate& to)
{
    QList<DayTotals> days;
    for (QDate day = from; day <= to; day = day.addDays(1))
        days.append(DayTotals { day });
    for (const Count& count : counts(from, to)) {
        DayTotals& totals = days[from.daysTo(count.day)];
        if (count.event == eventName(Event::Session))
            totals.sessions += count.count;
        else if (count.event == eventName(Event::ScreenOpened))
            totals.screens += count.count;
        else if (count.event == eventName(Event::TestimonyStarted))
            totals.testimoniesStarted += count.count;
        else if (count.event == eventName(Event::TestimonyFinished))
            totals.testimoniesFinished += count.count;
        else if (count.event == eventName(Event::Search))
            totals.searches += count.count;
    }
    return days;
}

QString UsageStats::exportCsv(const QString& file)
{
    if (!isOpen())
        return QStringLiteral("the usage counts are not open");
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
    QByteArray text = "date,event,detail,count\n";
    for (const Count& count : counts(QDate(2000, 1, 1), QDate(9999, 12, 31))) {
        text += (QStringList { count.day.toString(Qt::ISODate), count.event, csvField(count.detail),
                     QString::number(count.count) }.join(QLatin1Char(','))
            + QLatin1Char('\n')).toUtf8();
    }
    out.write(text);
    if (!out.commit())
        return QStringLiteral("cannot write %1: %2").arg(file, out.errorString());
    return {};
}
