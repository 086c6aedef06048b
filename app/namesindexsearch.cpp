// NamesIndex: the search half (the build half is in namesindex.cpp).
#include "namesindex.h"

#include "namefolding.h"
#include "searchkey.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr uint8_t NoMatch = 0xFF;
constexpr int TierCount = 5;
constexpr int MaxQueryWords = 6;
constexpr int FuzzyMinLetters = 5;

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

struct NamesIndex::QueryWord
{
    QString lower;
    std::vector<std::string> keys;
    int letters = 0;
    std::vector<uint8_t> tierOf; // term id -> best tier, NoMatch when the term does not match
    std::array<std::vector<uint32_t>, TierCount> terms;
    size_t postingCount = 0;
};

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

// Several words: the rarest word's names are the candidates; each candidate's own words are
// matched to the query words, one name word per query word, at the best combined tier. A
// candidate's words are one cache line of its ordering's rowTerms, fetched ahead.
NamesSearchResult NamesIndex::searchWords(const std::vector<QueryWord>& words, int lang, int limit) const
{
    const auto driver = std::min_element(words.begin(), words.end(),
        [](const QueryWord& a, const QueryWord& b) { return a.postingCount < b.postingCount; });
    const Ordering& o = ordering(lang);
    std::vector<uint32_t> candidates;
    candidates.reserve(driver->postingCount);
    std::vector<uint64_t> visited((o.order.size() + 63) / 64);
    for (const auto& tierTerms : driver->terms) {
        for (uint32_t term : tierTerms) {
            const auto [begin, end] = postings(lang, term);
            for (const uint32_t* p = begin; p != end; ++p) {
                uint64_t& bits = visited[*p / 64];
                const uint64_t bit = uint64_t(1) << (*p % 64);
                if (!(bits & bit)) {
                    bits |= bit;
                    candidates.push_back(*p);
                }
            }
        }
    }

    const size_t m = std::min(words.size(), size_t(MaxQueryWords));
    const auto termCount = uint32_t(m_termLower.size());
    std::vector<uint64_t> scored; // (worst tier, tier sum, row)
    uint8_t tiers[MaxQueryWords][32];
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (c + 8 < candidates.size())
            __builtin_prefetch(o.rowTerms.data() + size_t(candidates[c + 8]) * RowWidth);
        const uint32_t row = candidates[c];
        const uint32_t* slots = o.rowTerms.data() + size_t(row) * RowWidth;
        size_t slotCount = RowWidth;
        if (slots[RowWidth - 1] == MoreTerms) {
            const uint32_t record = o.order[row];
            slots = m_recordTerms.data() + m_recordTermStart[record];
            slotCount = std::min<size_t>(32, m_recordTermStart[record + 1] - m_recordTermStart[record]);
        }
        bool possible = true;
        for (size_t i = 0; i < m && possible; ++i) {
            bool any = false;
            for (size_t s = 0; s < slotCount; ++s) {
                const uint32_t term = slots[s];
                tiers[i][s] = term < termCount ? words[i].tierOf[term] : NoMatch;
                any = any || tiers[i][s] != NoMatch;
            }
            possible = any;
        }
        if (!possible)
            continue;
        // Best assignment of query words to distinct name words: (worst, sum) smallest.
        int bestWorst = TierCount;
        int bestSum = TierCount * MaxQueryWords;
        const auto assign = [&](auto&& self, size_t i, uint32_t used, int worst, int sum) -> void {
            if (worst > bestWorst || (worst == bestWorst && sum >= bestSum))
                return;
            if (i == m) {
                bestWorst = worst;
                bestSum = sum;
                return;
            }
            const uint8_t* wordTiers = tiers[std::min(i, size_t(MaxQueryWords - 1))];
            for (size_t s = 0; s < slotCount; ++s) {
                const uint8_t tier = wordTiers[s];
                if (tier != NoMatch && !(used & (1u << s)))
                    self(self, i + 1, used | (1u << s), std::max(worst, int(tier)), sum + tier);
            }
        };
        assign(assign, 0, 0, 0, 0);
        if (bestWorst < TierCount)
            scored.push_back((uint64_t(bestWorst) << 56) | (uint64_t(bestSum) << 40) | row);
    }

    NamesSearchResult result;
    const size_t keep = std::min(scored.size(), size_t(limit));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(keep), scored.end());
    for (size_t i = 0; i < keep; ++i)
        result.matches.append({ int(o.order[uint32_t(scored[i] & 0xFFFFFFFFu)]), MatchTier(scored[i] >> 56) });
    result.more = scored.size() > keep;
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
