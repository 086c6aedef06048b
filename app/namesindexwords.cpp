// NamesIndex: several-word queries (one word, parsing and closest names: namesindexsearch.cpp).
#include "namesindex.h"
#include "namesindexquery.h"

#include <QScopeGuard>

#include <algorithm>

using namespace NamesQuery;

namespace {

// The best worst tier of two query words on distinct name words (TierCount: no way).
int bestPair(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b, const uint32_t* slots, size_t count)
{
    int best = TierCount;
    const auto size = uint32_t(a.size());
    for (size_t i = 0; i < count; ++i) {
        if (slots[i] >= size || a[slots[i]] >= best)
            continue;
        for (size_t j = 0; j < count; ++j) {
            if (j != i && slots[j] < size && b[slots[j]] != NoMatch)
                best = std::min(best, std::max(int(a[slots[i]]), int(b[slots[j]])));
        }
    }
    return best;
}

// The best worst tier of several query words on distinct name words (tiers[word][slot]).
int bestAssignment(const uint8_t (*tiers)[32], size_t words, size_t slots)
{
    int best = TierCount;
    const auto assign = [&](auto&& self, size_t word, uint32_t used, int worst) -> void {
        if (worst >= best)
            return;
        if (word == words || word >= size_t(MaxQueryWords)) {
            best = worst;
            return;
        }
        for (size_t s = 0; s < slots; ++s) {
            const uint8_t tier = tiers[word][s];
            if (tier != NoMatch && !(used & (1u << s)))
                self(self, word + 1, used | (1u << s), std::max(worst, int(tier)));
        }
    };
    assign(assign, 0, 0, 0);
    return best;
}

// A driver term's postings still to walk in a several-word search.
struct Cursor
{
    const uint32_t* at;
    const uint32_t* end;
    uint32_t term;
};

// A name found through a driver term's posting, to be looked at in row order.
struct Candidate
{
    uint32_t row;
    uint32_t posting;
    uint32_t term;
};

// The first block of rows a several-word walk gathers; each next one is twice as large.
constexpr uint64_t FirstBlockRows = 4096;

// Row state of a several-word search, per row: the level found for it (NoMatch: not yet) and
// the level walk that last saw it, side by side (one cache line for both). Cleared by the rows
// touched.
struct RowScratch
{
    struct State
    {
        uint8_t level = NoMatch;
        uint8_t seenAt = NoMatch;
    };
    std::vector<State> rows;
    std::vector<uint32_t> touched;

    void prepare(size_t count)
    {
        if (rows.size() < count)
            rows.resize(count);
    }
    void clear()
    {
        for (uint32_t row : touched)
            rows[row] = State();
        touched.clear();
    }
};

// Whether a name's signature (NamesIndex::termSignature) can hold a term for each of the query
// words required: for each word and each family of bits, one bit in common.
class SignatureTest
{
public:
    // `letters`: the signatures of the terms the word matches, together; `blind`: the families
    // some of those terms have no bits in (a key of no letters), which then say nothing.
    void require(uint64_t letters, unsigned blind)
    {
        auto& need = m_needs[m_count++];
        for (size_t f = 0; f < need.size(); ++f)
            need[f] = (blind & (1u << f)) ? 0 : letters & SignatureFamily[f];
    }
    bool operator()(uint64_t signature) const
    {
        for (size_t k = 0; k < m_count; ++k) {
            for (const uint64_t need : m_needs[k]) {
                if (need && !(signature & need))
                    return false;
            }
        }
        return true;
    }

private:
    std::array<std::array<uint64_t, SignatureFamilies>, MaxQueryWords> m_needs {};
    size_t m_count = 0;
};

// Per thread, kept between searches and cleared row by row: a search costs the rows it touches,
// not a pass over the whole list.
RowScratch& threadScratch()
{
    thread_local RowScratch scratch;
    return scratch;
}

} // namespace

void NamesIndex::prepareSearchThread() const
{
    threadScratch().prepare(size_t(m_records.size()));
}

// Several words, level by level: a name is at level L when its worst word matches at tier L.
// The names of level L all have every word at tier L or better, so they are found among the
// postings of one query word, the driver (the cheapest to walk in the rows every word reaches),
// in blocks of rows taken in alphabetical order. A name whose signature cannot hold a term for
// every other word is skipped; the others' words (m_coTerms, beside the first ordering's
// postings) are matched to the query words, one name word per query word. The walk stops at the
// block where `limit` names are settled (docs/search.md).
NamesSearchResult NamesIndex::searchWords(const std::vector<QueryWord>& words, int lang, int limit) const
{
    const Ordering& own = ordering(lang);
    const bool isFirst = &own == &m_orderings.front();
    const size_t m = std::min(words.size(), size_t(MaxQueryWords));
    const auto termCount = uint32_t(m_termLower.size());
    NamesSearchResult result;
    RowScratch& scratch = threadScratch();
    scratch.prepare(own.order.size());
    const auto clearScratch = qScopeGuard([&scratch] { scratch.clear(); });
    uint8_t tiers[MaxQueryWords][32];
    uint32_t slots[32];

    const auto levelOf = [&](uint32_t row, uint32_t q, uint32_t term) {
        const uint32_t p = isFirst ? q : own.toFirst[q];
        const uint32_t* co = m_coTerms.data() + size_t(p) * CoWidth;
        size_t count = 0;
        if (co[CoWidth - 1] == MoreTerms) {
            const uint32_t record = own.order[row];
            for (uint32_t i = m_recordTermStart[record]; i < m_recordTermStart[record + 1] && count < 32; ++i)
                slots[count++] = m_recordTerms[i];
        } else {
            slots[count++] = term;
            for (size_t i = 0; i < CoWidth && co[i] != NoTerm; ++i)
                slots[count++] = co[i];
        }
        if (m == 2)
            return bestPair(words[0].tierOf, words[1].tierOf, slots, count);
        for (size_t i = 0; i < m; ++i) {
            for (size_t s = 0; s < count; ++s)
                tiers[i][s] = slots[s] < termCount ? words[i].tierOf[slots[s]] : NoMatch;
        }
        return bestAssignment(tiers, m, count);
    };

    // Per query word, what its terms of the levels so far reach: rows, postings, terms, letters.
    struct Reach
    {
        uint32_t first = UINT32_MAX;
        uint32_t last = 0;
        size_t postings = 0;
        size_t terms = 0;
        uint64_t letters = 0;
        unsigned blind = 0; // families some term has no bits in (a key of no letters): not a test
    };
    std::array<Reach, MaxQueryWords> reach {};
    for (int level = 0; level < TierCount; ++level) {
        // Some word must match at this very tier, and every word at this tier or better.
        // Only rows where every word has a posting can match: the rows between the latest first
        // row and the earliest last row of the words (a surname's first letters keep to a short
        // stretch of the alphabet).
        bool newTier = false;
        uint32_t lo = 0;
        uint32_t hi = UINT32_MAX;
        for (size_t i = 0; i < m; ++i) {
            Reach& r = reach[i];
            newTier = newTier || !words[i].terms[size_t(level)].empty();
            for (uint32_t term : words[i].terms[size_t(level)]) {
                const auto [firstRow, lastRow] = own.termRows[term];
                if (firstRow > lastRow)
                    continue; // no names (not in this list)
                r.first = std::min(r.first, firstRow);
                r.last = std::max(r.last, lastRow);
                r.postings += m_postingStart[term + 1] - m_postingStart[term];
                ++r.terms;
                r.letters |= m_termSignature[term];
                for (int f = 0; f < SignatureFamilies; ++f) {
                    if (!(m_termSignature[term] & SignatureFamily[size_t(f)]))
                        r.blind |= 1u << f;
                }
            }
            lo = std::max(lo, r.first);
            hi = std::min(hi, r.last);
        }
        if (!newTier || lo > hi)
            continue;
        // The driver: the word with the fewest postings in that stretch, weighing that each of its
        // terms costs two binary searches (about as much as walking 16 postings each).
        const QueryWord* driver = nullptr;
        double driverCost = 0;
        for (size_t i = 0; i < m; ++i) {
            const double share = double(hi - lo + 1) / double(reach[i].last - reach[i].first + 1);
            const double cost = double(reach[i].postings) * share + 32.0 * double(reach[i].terms);
            if (!driver || cost < driverCost) {
                driverCost = cost;
                driver = &words[i];
            }
        }
        // Every other word must match a term of the name: the name's signature holds that term's
        // letters (necessary, not sufficient: levelOf decides).
        SignatureTest mayMatch;
        for (size_t i = 0; i < m; ++i) {
            if (&words[i] != driver)
                mayMatch.require(reach[i].letters, reach[i].blind);
        }
        const uint64_t* signatures = own.signatures.data();
        // The driver's postings in that stretch, one cursor per term, walked in blocks of rows that
        // double in size: within a block, the names whose signature passes are gathered from every
        // cursor (reading memory in sequence) and taken in row order; the walk stops at the block
        // where `limit` names are settled.
        const uint32_t* base = own.postings.data();
        std::vector<Cursor> cursors;
        for (int t = 0; t <= level; ++t) {
            for (uint32_t term : driver->terms[size_t(t)]) {
                const auto [firstRow, lastRow] = own.termRows[term];
                if (firstRow > lastRow || firstRow > hi || lastRow < lo)
                    continue;
                const uint32_t* first = base + m_postingStart[term];
                const uint32_t* last = base + m_postingStart[term + 1];
                const uint32_t* begin = firstRow >= lo ? first : std::lower_bound(first, last, lo);
                const uint32_t* end = lastRow <= hi ? last : std::upper_bound(begin, last, hi);
                if (begin != end)
                    cursors.push_back({ begin, end, term });
            }
        }
        std::vector<Candidate> batch;
        uint64_t blockStart = lo;
        for (uint64_t blockRows = FirstBlockRows; blockStart <= hi && !cursors.empty(); blockRows *= 2) {
            const uint64_t blockEnd = std::min(uint64_t(hi) + 1, blockStart + blockRows);
            batch.clear();
            for (Cursor& cursor : cursors) {
                for (; cursor.at != cursor.end && *cursor.at < blockEnd; ++cursor.at) {
                    const auto q = uint32_t(cursor.at - base);
                    if (mayMatch(signatures[q]))
                        batch.push_back({ *cursor.at, q, cursor.term });
                }
            }
            std::erase_if(cursors, [](const Cursor& cursor) { return cursor.at == cursor.end; });
            const auto byRow = [](const Candidate& a, const Candidate& b) { return a.row < b.row; };
            if (!std::is_sorted(batch.begin(), batch.end(), byRow)) // several terms gave names
                std::sort(batch.begin(), batch.end(), byRow);
            for (const Candidate& candidate : batch) {
                const uint32_t row = candidate.row;
                RowScratch::State& state = scratch.rows[row];
                if (state.seenAt == level)
                    continue; // the same name through another of the driver's terms
                if (state.seenAt == NoMatch)
                    scratch.touched.push_back(row);
                state.seenAt = uint8_t(level);
                int worst = state.level;
                if (worst == NoMatch) {
                    worst = levelOf(row, candidate.posting, candidate.term);
                    state.level = uint8_t(worst);
                }
                if (worst != level)
                    continue;
                if (result.matches.size() == limit) {
                    result.more = true;
                    return result;
                }
                result.matches.append({ int(own.order[row]), MatchTier(level) });
            }
            blockStart = blockEnd;
        }
    }
    return result;
}
