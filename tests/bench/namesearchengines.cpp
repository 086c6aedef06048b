#include "namesearchengines.h"

#include "namefolding.h"
#include "searchkey.h"
#include "transliterator.h"

#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace NameSearchBaselines {

std::vector<std::string> keyLines(const NamesIndex& index)
{
    QHash<QString, std::string> keysOfWord; // few distinct words: transliterate each once
    std::vector<std::string> lines;
    lines.reserve(size_t(index.size()));
    for (int row = 0; row < index.size(); ++row) {
        const NameRecord& record = index.record(index.recordAt(QStringLiteral("kk"), row));
        std::string line;
        for (const QString& field : { record.surname, record.givenName, record.patronymic, record.latin }) {
            for (const QString& word : NameFolding::words(field)) {
                auto it = keysOfWord.find(word);
                if (it == keysOfWord.end()) {
                    std::string keys;
                    for (const std::string& key : SearchKey::forName(NameFolding::lower(word)))
                        keys += ' ' + key;
                    it = keysOfWord.insert(word, keys);
                }
                line += it.value();
            }
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<std::string> queryKeys(const QString& query)
{
    std::vector<std::string> keys;
    for (const QString& word : NameFolding::words(query)) {
        const std::string key = SearchKey::of(word);
        if (!key.empty())
            keys.push_back(key);
    }
    return keys;
}

LinearScan::LinearScan(std::vector<std::string> lines)
    : m_lines(std::move(lines))
{
}

std::vector<int> LinearScan::search(const std::vector<std::string>& keys, int limit) const
{
    std::vector<int> rows;
    if (keys.empty())
        return rows;
    std::vector<std::string> needles;
    for (const std::string& key : keys)
        needles.push_back(' ' + key);
    for (size_t row = 0; row < m_lines.size() && int(rows.size()) < limit; ++row) {
        const std::string& line = m_lines[row];
        const bool all = std::all_of(needles.begin(), needles.end(),
            [&line](const std::string& needle) { return line.find(needle) != std::string::npos; });
        if (all)
            rows.push_back(int(row));
    }
    return rows;
}

size_t LinearScan::memoryBytes() const
{
    size_t bytes = m_lines.capacity() * sizeof(std::string);
    for (const std::string& line : m_lines)
        bytes += line.capacity() > 15 ? line.capacity() + 1 : 0;
    return bytes;
}

Fts5::Fts5(const std::vector<std::string>& lines)
{
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_open(":memory:", &m_db) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_exec(m_db, "CREATE VIRTUAL TABLE names USING fts5(keys, tokenize='trigram', detail='none');"
                       "BEGIN;", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(m_db, "INSERT INTO names(rowid, keys) VALUES (?, ?)", -1, &insert, nullptr);
    for (size_t row = 0; row < lines.size(); ++row) {
        sqlite3_bind_int64(insert, 1, sqlite3_int64(row));
        sqlite3_bind_text(insert, 2, lines[row].c_str(), int(lines[row].size()), SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(m_db, "COMMIT; INSERT INTO names(names) VALUES('optimize');", nullptr, nullptr, nullptr);
    m_buildSeconds = double(timer.nsecsElapsed()) / 1e9;
}

Fts5::~Fts5()
{
    sqlite3_close(m_db);
}

// Word prefixes as FTS5 trigram phrases (" zhum" matches a word that starts with zhum); a word
// too short for a trigram becomes a LIKE pattern, which FTS5 answers by scanning.
std::vector<int> Fts5::search(const std::vector<std::string>& keys, int limit)
{
    std::vector<int> rows;
    if (keys.empty() || !m_db)
        return rows;
    std::string match;
    std::string like = "%";
    for (const std::string& key : keys) {
        if (key.size() + 1 >= 3) {
            if (!match.empty())
                match += " AND ";
            match += "\" " + key + "\"";
        } else {
            like += " " + key + "%";
        }
    }
    std::string sql = "SELECT rowid FROM names WHERE ";
    if (!match.empty())
        sql += "names MATCH ?1 AND ";
    sql += "keys LIKE ?2 ORDER BY rowid LIMIT ?3";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        return rows;
    if (!match.empty())
        sqlite3_bind_text(statement, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, like.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(statement, 3, limit);
    while (sqlite3_step(statement) == SQLITE_ROW)
        rows.push_back(sqlite3_column_int(statement, 0));
    sqlite3_finalize(statement);
    return rows;
}

long long Fts5::databaseBytes() const
{
    if (!m_db)
        return 0;
    sqlite3_stmt* statement = nullptr;
    long long bytes = 0;
    if (sqlite3_prepare_v2(m_db, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", -1,
            &statement, nullptr)
        == SQLITE_OK) {
        if (sqlite3_step(statement) == SQLITE_ROW)
            bytes = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return bytes;
}

} // namespace NameSearchBaselines

namespace {

// One typo: two neighbouring letters swapped in the middle of the first word.
QString withSwap(const QString& text)
{
    QString typo = text;
    const qsizetype at = std::min<qsizetype>(3, typo.size() - 2);
    if (at >= 1)
        std::swap(typo[at], typo[at + 1]);
    return typo;
}

// One typo: a letter left out of the first word.
QString withDeletion(const QString& text)
{
    QString typo = text;
    if (typo.size() > 5)
        typo.remove(4, 1);
    return typo;
}

} // namespace

TypedQueries TypedQueries::forNames(const NamesIndex& index, int targets)
{
    using S = Transliterator::Scheme;
    TypedQueries queries;
    for (int t = 0; t < targets && index.size() > 0; ++t) {
        const NameRecord& r = index.record(int((qint64(t) * 7919 * 131) % index.size()));
        const QString surname = r.surname;
        const QString given = r.givenName;
        const QString latinSurname = Transliterator::toLatin(surname, t % 2 ? S::English : S::Icao);
        const QString latinGiven = Transliterator::toLatin(given, t % 2 ? S::English : S::Icao);
        switch (t % 4) {
        case 0:
            queries.full << surname + QLatin1Char(' ') + given                        // as written
                         << withSwap(surname);                                          // typo, Cyrillic
            break;
        case 1:
            queries.full << NameFolding::foldCyrillic(QString(given + QLatin1Char(' ') + surname)) // Russian keyboard
                         << latinSurname.toLower() + QLatin1Char(' ') + latinGiven.left(3).toLower();
            break;
        case 2:
            queries.full << latinGiven + QLatin1Char(' ') + latinSurname                  // Latin, given first
                         << withDeletion(latinSurname);                                 // typo, Latin
            break;
        default:
            queries.full << Transliterator::toLatin(QString(surname + QLatin1Char(' ') + given), S::Kazakh2021)
                         << Transliterator::toLatin(surname, S::BgnPcgn) + QLatin1Char(' ') + r.patronymic.left(4);
            break;
        }
    }
    for (const QString& query : queries.full) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString prefix = query.left(length);
            if (!prefix.endsWith(QLatin1Char(' ')))
                queries.keystrokes.append(prefix);
        }
    }
    return queries;
}
