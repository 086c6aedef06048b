#pragma once

#include "namerecord.h"
#include "namesindex.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// What alzhir-bench compares the names index with, on the same names and the same folding
// (SearchKey): a plain linear scan and SQLite FTS5 with the trigram tokenizer. Neither has typo
// tolerance or match tiers: they are the baseline for speed, not for ranking.
namespace NameSearchBaselines {

// Each record's search keys as one string, " key1 key2 ...", in the index's alphabetical order
// (kk): row i of the listing is entry i.
std::vector<std::string> keyLines(const NamesIndex& index);

// The query keys of each word of a query (words without letters dropped).
std::vector<std::string> queryKeys(const QString& query);

class LinearScan
{
public:
    explicit LinearScan(std::vector<std::string> lines);
    // The first `limit` rows (alphabetical) whose keys start with every query key.
    std::vector<int> search(const std::vector<std::string>& keys, int limit) const;
    size_t memoryBytes() const;

private:
    std::vector<std::string> m_lines;
};

class Fts5
{
public:
    explicit Fts5(const std::vector<std::string>& lines);
    ~Fts5();
    Fts5(const Fts5&) = delete;
    Fts5& operator=(const Fts5&) = delete;

    bool ok() const { return m_db != nullptr; }
    std::vector<int> search(const std::vector<std::string>& keys, int limit);
    long long databaseBytes() const;
    double buildSeconds() const { return m_buildSeconds; }

private:
    sqlite3* m_db = nullptr;
    double m_buildSeconds = 0;
};

} // namespace NameSearchBaselines

// The queries a typing visitor sends: every prefix of realistic full queries for names that are in
// the list (Cyrillic as written, on a Russian keyboard, Latin in several spellings, word orders,
// with a typo).
struct TypedQueries
{
    QStringList full;      // the complete queries
    QStringList keystrokes; // every prefix of each, in typing order

    static TypedQueries forNames(const NamesIndex& index, int targets);
};
