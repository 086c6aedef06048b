#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// A sorted dictionary of search keys (ASCII strings), each pointing at a term of the names index.
// Prefix lookups are two binary searches; fuzzy lookups walk the sorted array as a trie with an
// edit-distance row per level (optimal string alignment: insert, delete, substitute, swap).
class SortedKeys
{
public:
    void reserve(size_t keys, size_t chars);
    void add(std::string_view key, uint32_t term);
    void finish(); // sorts; call once after the last add()

    size_t size() const { return m_entries.size(); }
    std::string_view key(size_t i) const { return { m_chars.data() + m_entries[i].offset, m_entries[i].length }; }
    uint32_t term(size_t i) const { return m_entries[i].term; }

    // The half-open range of entries whose key starts with `prefix`.
    std::pair<size_t, size_t> prefixRange(std::string_view prefix) const;

    // Calls `found(entry, distance)` for every entry that has a prefix within `maxDistance` edits of
    // `query` (so "zhumbaeva" finds "zhumabaeva..."), with the smallest such distance.
    void fuzzyPrefix(std::string_view query, int maxDistance,
        const std::function<void(size_t entry, int distance)>& found) const;

    size_t memoryBytes() const;

private:
    struct Entry
    {
        uint32_t offset;
        uint32_t term;
        uint16_t length;
    };

    struct Walk;
    void walk(Walk& walk, size_t lo, size_t hi, size_t depth) const;
    // The end of the run of entries in [lo, hi) that have `c` at `depth` (all have >= depth + 1 chars).
    size_t runEnd(size_t lo, size_t hi, size_t depth, char c) const;

    std::string m_chars;
    std::vector<Entry> m_entries;
};
