#include "sortedkeys.h"

#include <algorithm>

struct SortedKeys::Walk
{
    std::string_view query;
    int maxDistance = 1;
    const std::function<void(size_t, int)>* found = nullptr;
    std::vector<std::vector<int>> rows; // rows[d]: distances between query[0..j) and the path's first d chars
    std::vector<int> best;              // best[d]: the smallest rows[k][m] for k <= d
    std::string path;
};

void SortedKeys::reserve(size_t keys, size_t chars)
{
    m_entries.reserve(keys);
    m_chars.reserve(chars);
}

void SortedKeys::add(std::string_view key, uint32_t term)
{
    m_entries.push_back({ uint32_t(m_chars.size()), term, uint16_t(std::min<size_t>(key.size(), UINT16_MAX)) });
    m_chars.append(key.substr(0, UINT16_MAX));
}

void SortedKeys::finish()
{
    std::sort(m_entries.begin(), m_entries.end(), [this](const Entry& a, const Entry& b) {
        const std::string_view ka(m_chars.data() + a.offset, a.length);
        const std::string_view kb(m_chars.data() + b.offset, b.length);
        const int order = ka.compare(kb);
        return order != 0 ? order < 0 : a.term < b.term;
    });
    m_entries.shrink_to_fit();
    m_chars.shrink_to_fit();
}

std::pair<size_t, size_t> SortedKeys::prefixRange(std::string_view prefix) const
{
    size_t lo = 0;
    size_t hi = m_entries.size();
    // First entry >= prefix.
    size_t count = hi;
    while (count > 0) {
        const size_t step = count / 2;
        if (key(lo + step) < prefix) {
            lo += step + 1;
            count -= step + 1;
        } else {
            count = step;
        }
    }
    // First entry at or after lo that does not start with prefix.
    size_t end = lo;
    count = hi - lo;
    while (count > 0) {
        const size_t step = count / 2;
        if (key(end + step).substr(0, prefix.size()) == prefix) {
            end += step + 1;
            count -= step + 1;
        } else {
            count = step;
        }
    }
    return { lo, end };
}

size_t SortedKeys::runEnd(size_t lo, size_t hi, size_t depth, char c) const
{
    const auto byte = static_cast<unsigned char>(c);
    size_t count = hi - lo;
    while (count > 0) {
        const size_t step = count / 2;
        if (static_cast<unsigned char>(key(lo + step)[depth]) <= byte) {
            lo += step + 1;
            count -= step + 1;
        } else {
            count = step;
        }
    }
    return lo;
}

void SortedKeys::fuzzyPrefix(std::string_view query, int maxDistance,
    const std::function<void(size_t, int)>& found) const
{
    if (m_entries.empty())
        return;
    Walk walk;
    walk.query = query;
    walk.maxDistance = maxDistance;
    walk.found = &found;
    std::vector<int> first(query.size() + 1);
    for (size_t j = 0; j <= query.size(); ++j)
        first[j] = int(j);
    walk.rows.push_back(std::move(first));
    walk.best.push_back(int(query.size()));
    this->walk(walk, 0, m_entries.size(), 0);
}

void SortedKeys::walk(Walk& w, size_t lo, size_t hi, size_t depth) const
{
    const size_t m = w.query.size();
    const std::vector<int>& row = w.rows[depth];
    const int best = w.best[depth];
    const int rowMin = *std::min_element(row.begin(), row.end());
    if (best <= w.maxDistance && rowMin >= best) {
        // Nothing deeper can come closer: every key below matches at `best`.
        for (size_t i = lo; i < hi; ++i)
            (*w.found)(i, best);
        return;
    }
    if (rowMin > w.maxDistance && best > w.maxDistance)
        return;
    while (lo < hi && m_entries[lo].length == depth) {
        if (best <= w.maxDistance)
            (*w.found)(lo, best);
        ++lo;
    }
    if (w.rows.size() <= depth + 1) {
        w.rows.emplace_back(m + 1);
        w.best.push_back(0);
        w.path.push_back(0);
    }
    while (lo < hi) {
        const char c = key(lo)[depth];
        const size_t end = runEnd(lo, hi, depth, c);
        std::vector<int>& next = w.rows[depth + 1];
        const std::vector<int>& prev = w.rows[depth];
        next[0] = int(depth + 1);
        for (size_t j = 1; j <= m; ++j) {
            int value = std::min({ prev[j] + 1, next[j - 1] + 1, prev[j - 1] + (w.query[j - 1] == c ? 0 : 1) });
            if (depth >= 1 && j >= 2 && c == w.query[j - 2] && w.path[depth - 1] == w.query[j - 1])
                value = std::min(value, w.rows[depth - 1][j - 2] + 1);
            next[j] = value;
        }
        w.path[depth] = c;
        w.best[depth + 1] = std::min(best, next[m]);
        walk(w, lo, end, depth + 1);
        lo = end;
    }
}

size_t SortedKeys::memoryBytes() const
{
    return m_chars.capacity() + m_entries.capacity() * sizeof(Entry);
}
