// NamesIndex: parsing and matching query words, one-word queries and the closest names (the build
// is in namesindex.cpp, several-word queries in namesindexwords.cpp).
#include "namesindex.h"
#include "namesindexquery.h"

#include "logging.h"
#include "namefolding.h"
#include "searchkey.h"

#include <QSet>

#include <algorithm>

using namespace NamesQuery;

namespace {

bool isNumber(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// Merges sorted posting lists (alphabetical ranks) and hands out each rank once, in order.
class RankMerge
{
public:
    void add(const uint32_t* begin, const uint32_t* end)
    {
        if (begin != end)
            m_heap.push_back({ begin, end });
    }
    void start() { std::make_heap(m_heap.begin(), m_heap.end(), later); }
    // The next rank, or false when all lists are done.
    bool next(uint32_t& rank)
    {
        while (!m_heap.empty()) {
            std::pop_heap(m_heap.begin(), m_heap.end(), later);
            Cursor& top = m_heap.back();
            const uint32_t value = *top.at++;
            if (top.at == top.end)
                m_heap.pop_back();
            else
                std::push_heap(m_heap.begin(), m_heap.end(), later);
            if (m_hasLast && value == m_last)
                continue;
            m_hasLast = true;
            m_last = value;
            rank = value;
            return true;
        }
        return false;
    }

private:
    struct Cursor
    {
        const uint32_t* at;
        const uint32_t* end;
    };
    static bool later(const Cursor& a, const Cursor& b) { return *a.at > *b.at; }
    std::vector<Cursor> m_heap;
    bool m_hasLast = false;
    uint32_t m_last = 0;
};

} // namespace

std::vector<NamesIndex::QueryWord> NamesIndex::parseQuery(QStringView query) const
{
    std::vector<QueryWord> words;
    for (const QString& text : NameFolding::words(query)) {
        if (isNumber(text) || int(words.size()) == MaxQueryWords)
            continue;
        QueryWord word;
        word.lower = NameFolding::lower(text);
        word.keys = SearchKey::forQuery(text);
        word.letters = NameFolding::letterCount(text);
        if (word.letters > 0 && !word.keys.front().empty())
            words.push_back(std::move(word));
    }
    return words;
}

void NamesIndex::matchWord(QueryWord& word) const
{
    word.tierOf.assign(m_termLower.size(), NoMatch);
    std::vector<uint32_t> touched;
    const auto offer = [&](uint32_t term, MatchTier tier) {
        uint8_t& current = word.tierOf[term];
        if (current == NoMatch)
            touched.push_back(term);
        current = std::min(current, uint8_t(tier));
    };

    // Letter for letter: a binary search in the lower-case terms.
    const auto lowerBegin = std::lower_bound(m_termsByLower.begin(), m_termsByLower.end(), word.lower,
        [this](uint32_t term, const QString& text) { return m_termLower[term] < text; });
    for (auto it = lowerBegin; it != m_termsByLower.end() && m_termLower[*it].startsWith(word.lower); ++it)
        offer(*it, m_termLower[*it].size() == word.lower.size() ? MatchTier::Exact : MatchTier::Prefix);

    // Folded and transliterated: the search keys.
    for (const std::string& key : word.keys) {
        const auto [begin, end] = m_keys.prefixRange(key);
        for (size_t i = begin; i < end; ++i)
            offer(m_keys.term(i), m_keys.key(i).size() == key.size() ? MatchTier::Folded : MatchTier::FoldedPrefix);
        if (word.letters >= FuzzyMinLetters) {
            m_keys.fuzzyPrefix(key, 1, [&](size_t entry, int distance) {
                if (distance == 1)
                    offer(m_keys.term(entry), MatchTier::Fuzzy);
            });
        }
    }

    for (uint32_t term : touched) {
        word.terms[word.tierOf[term]].push_back(term);
        word.postingCount += m_postingStart[term + 1] - m_postingStart[term];
    }
}

NamesSearchResult NamesIndex::search(QStringView query, const QString& language, int limit) const
{
    if (limit <= 0 || m_records.isEmpty())
        return {};
    std::vector<QueryWord> words = parseQuery(query);
    if (words.empty()) {
        for (const QString& text : NameFolding::words(query)) {
            if (isNumber(text))
                return searchNumber(text);
        }
        return {};
    }
    for (QueryWord& word : words) {
        matchWord(word);
        if (word.postingCount == 0)
            return {};
    }
    const int lang = languageIndex(language);
    return words.size() == 1 ? searchOneWord(words.front(), lang, limit) : searchWords(words, lang, limit);
}

NamesSearchResult NamesIndex::searchNumber(QStringView digits) const
{
    NamesSearchResult result;
    const int number = digits.toInt();
    const auto range = std::equal_range(m_numbers.begin(), m_numbers.end(), std::make_pair(number, 0u),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = range.first; it != range.second; ++it)
        result.matches.append({ int(it->second), MatchTier::Exact });
    return result;
}

// One word: each tier's names come out of a merge of its terms' postings, already in
// alphabetical order, so a short prefix that matches half the list costs no more than the limit.
NamesSearchResult NamesIndex::searchOneWord(const QueryWord& word, int lang, int limit) const
{
    NamesSearchResult result;
    QSet<uint32_t> seen;
    const auto& order = ordering(lang).order;
    for (int tier = 0; tier < TierCount; ++tier) {
        RankMerge merge;
        for (uint32_t term : word.terms[size_t(tier)]) {
            const auto [begin, end] = postings(lang, term);
            merge.add(begin, end);
        }
        merge.start();
        uint32_t rank = 0;
        while (merge.next(rank)) {
            if (seen.contains(rank))
                continue;
            if (result.matches.size() == limit) {
                result.more = true;
                return result;
            }
            seen.insert(rank);
            result.matches.append({ int(order[rank]), MatchTier(tier) });
        }
    }
    return result;
}

QVector<int> NamesIndex::closest(QStringView query, const QString& language, int limit) const
{
    QVector<int> result;
    std::vector<QueryWord> words = parseQuery(query);
    if (limit <= 0 || words.empty() || m_records.isEmpty())
        return result;
    const int lang = languageIndex(language);
    // Terms within two edits of any query word, nearest first.
    std::array<std::vector<uint32_t>, 3> byDistance;
    std::vector<uint8_t> distanceOf(m_termLower.size(), NoMatch);
    for (const QueryWord& word : words) {
        for (const std::string& key : word.keys) {
            m_keys.fuzzyPrefix(key, key.size() >= 6 ? 2 : 1, [&](size_t entry, int distance) {
                uint8_t& current = distanceOf[m_keys.term(entry)];
                current = std::min(current, uint8_t(distance));
            });
        }
    }
    for (uint32_t term = 0; term < distanceOf.size(); ++term) {
        if (distanceOf[term] != NoMatch)
            byDistance[distanceOf[term]].push_back(term);
    }

    QSet<uint32_t> seen;
    const auto take = [&](uint32_t term) {
        const auto [begin, end] = postings(lang, term);
        for (const uint32_t* p = begin; p != end && result.size() < limit; ++p) {
            if (!seen.contains(*p)) {
                seen.insert(*p);
                result.append(int(ordering(lang).order[*p]));
            }
        }
    };
    if (std::all_of(byDistance.begin(), byDistance.end(), [](const auto& v) { return v.empty(); })) {
        // Nothing near: the alphabetical neighbours of the longest word, nearest first.
        const auto longest = std::max_element(words.begin(), words.end(),
            [](const QueryWord& a, const QueryWord& b) { return a.keys.front().size() < b.keys.front().size(); });
        const auto at = qsizetype(m_keys.prefixRange(longest->keys.front()).first);
        for (qsizetype step = 0; result.size() < limit && step < qsizetype(m_keys.size()); ++step) {
            if (at + step < qsizetype(m_keys.size()))
                take(m_keys.term(size_t(at + step)));
            if (step > 0 && at - step >= 0)
                take(m_keys.term(size_t(at - step)));
        }
        return result;
    }
    for (const auto& terms : byDistance) {
        RankMerge merge;
        for (uint32_t term : terms) {
            const auto [begin, end] = postings(lang, term);
            merge.add(begin, end);
        }
        merge.start();
        uint32_t rank = 0;
        while (result.size() < limit && merge.next(rank)) {
            if (!seen.contains(rank)) {
                seen.insert(rank);
                result.append(int(ordering(lang).order[rank]));
            }
        }
    }
    return result;
}
