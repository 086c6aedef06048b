#pragma once

#include "namerecord.h"
#include "sortedkeys.h"

#include <QString>
#include <QStringView>
#include <QVector>

#include <array>
#include <memory>
#include <string_view>
#include <vector>

// How well a name matched a query, best first (docs/search.md).
enum class MatchTier : quint8 {
    Exact = 0,        // every query word is a whole word of the name, letter for letter
    Prefix = 1,       // ... or the start of one
    Folded = 2,       // a whole word after folding and transliteration (Жумабаева, Zhumabayeva)
    FoldedPrefix = 3, // the start of one after folding and transliteration
    Fuzzy = 4,        // one typo (insert, delete, substitute, swap) in a word of 5 letters or more
};

struct NameMatch
{
    int record = -1; // index into NamesIndex::records()
    MatchTier tier = MatchTier::Exact;
};

struct NamesSearchResult
{
    QVector<NameMatch> matches; // best first; ties in the alphabetical order of the language
    bool more = false;          // more names match than the limit let through
};

// The Wall of Memory names, indexed for instant search and listed alphabetically per language.
// Built once per content snapshot (NamesIndex::build, in a background thread: NamesSearchService),
// then read-only: every const member is safe to call from any thread.
//
// A name's words (surname, given name, patronymic, Latin spelling) become terms; each term is
// found by its lower-case form (exact and prefix tiers) and by its search keys (SearchKey: folded
// and transliterated; fuzzy). Postings hold each term's names by alphabetical rank, one list per
// language, so the first names of a tier come out of a merge without sorting all matches.
class NamesIndex
{
public:
    struct Initial
    {
        QString letter; // as shown on the jump bar ("Ә", "A")
        int row = 0;    // the first row of the alphabetical listing with that letter
    };

    static std::shared_ptr<const NamesIndex> build(const QVector<NameRecord>& records);

    int size() const { return int(m_records.size()); }
    const QVector<NameRecord>& records() const { return m_records; }
    const NameRecord& record(int index) const { return m_records.at(index); }

    // The alphabetical listing in a language's order (kk, ru, en; another code uses kk's).
    int recordAt(const QString& language, int row) const;
    int rowOf(const QString& language, int record) const;
    const QVector<Initial>& initials(const QString& language) const;

    // The names that match `query`, best first, at most `limit`. An empty query matches nothing
    // (show the alphabetical listing instead). A query of digits only finds the record number.
    NamesSearchResult search(QStringView query, const QString& language, int limit) const;

    // Makes the calling thread's search scratch (2 bytes per name) now, so that its first
    // several-word search does not (0.9 ms for a million names).
    void prepareSearchThread() const;

    // For "no results": the names nearest to the query (two edits, then alphabetical neighbours).
    QVector<int> closest(QStringView query, const QString& language, int limit) const;

    int termCount() const { return int(m_termLower.size()); }
    // The bytes the index itself holds (not counting the records, which the content owns).
    size_t memoryBytes() const;

private:
    struct QueryWord;
    struct Builder;
    static constexpr int LanguageCount = 3;

    static int languageIndex(const QString& language);
    std::vector<QueryWord> parseQuery(QStringView query) const;
    void matchWord(QueryWord& word) const;
    NamesSearchResult searchOneWord(const QueryWord& word, int lang, int limit) const;
    NamesSearchResult searchWords(const std::vector<QueryWord>& words, int lang, int limit) const;
    NamesSearchResult searchNumber(QStringView digits) const;
    std::pair<const uint32_t*, const uint32_t*> postings(int lang, uint32_t term) const;

    // The names in one alphabetical order; languages whose orders are the same share one.
    struct Ordering
    {
        std::vector<uint32_t> order;    // row -> record
        std::vector<uint32_t> rank;     // record -> row
        std::vector<uint32_t> postings; // per term (m_postingStart), the rows of its names, ascending
        std::vector<uint32_t> toFirst;  // posting index -> the same name's posting in the first
                                        // ordering, where m_coTerms are (empty for the first)
        std::vector<uint64_t> signatures; // per posting: its name's signature (termSignature)
        // Per term: the first and last row of its names ({UINT32_MAX, 0} for none). Small and
        // dense, so a query that matches many terms learns where they reach without reading postings.
        std::vector<std::pair<uint32_t, uint32_t>> termRows;
    };
    // How a term begins, as bits in three families: the first letter of the word itself (the
    // script counts: exact and prefix matches), and the first letter and the first two letters of
    // each of its search keys (folded and typo matches). A name's signature is the union of its
    // terms'. A several-word search skips, reading memory in sequence, the names that cannot hold a
    // term matching every query word, before it looks at their words. The families' bits are in
    // namesindexquery.h (NamesQuery::SignatureFamily).
    static uint64_t termSignature(QStringView lower, std::string_view key);
    static constexpr size_t CoWidth = 4;
    static constexpr uint32_t NoTerm = UINT32_MAX;
    static constexpr uint32_t MoreTerms = UINT32_MAX - 1; // in the last slot: see m_recordTerms
    const Ordering& ordering(int lang) const { return m_orderings[m_orderingOf[size_t(lang)]]; }

    QVector<NameRecord> m_records;
    std::vector<QString> m_termLower;     // term id -> the word in lower case
    std::vector<uint32_t> m_termsByLower; // term ids in code-point order of m_termLower
    SortedKeys m_keys;                    // search key -> term id
    std::vector<uint32_t> m_postingStart; // term id -> first posting (one more entry at the end)
    std::vector<uint64_t> m_termSignature; // term id -> termSignature over all its keys
    std::vector<uint32_t> m_recordTermStart; // record -> first of its terms in m_recordTerms
    std::vector<uint32_t> m_recordTerms;
    std::vector<Ordering> m_orderings;
    // Beside each posting of the first ordering, the other terms of that name (CoWidth of them), so
    // that a several-word query checks its candidates reading memory in sequence.
    std::vector<uint32_t> m_coTerms;
    std::array<size_t, LanguageCount> m_orderingOf {}; // language -> m_orderings index
    std::array<QVector<Initial>, LanguageCount> m_initials;
    std::vector<std::pair<int, uint32_t>> m_numbers; // (record number, record), sorted
};
