#pragma once

// What the two halves of NamesIndex's search share (namesindexsearch.cpp: parsing and matching
// query words, one-word queries, closest names; namesindexwords.cpp: several-word queries).
// Internal to the core: include it from those files only.
#include "namesindex.h"

#include <QString>

#include <array>
#include <string>
#include <vector>

namespace NamesQuery {

constexpr uint8_t NoMatch = 0xFF;  // a term or row that does not match (yet)
constexpr int TierCount = 5;       // MatchTier values
constexpr int MaxQueryWords = 6;   // words after the sixth are ignored
constexpr int FuzzyMinLetters = 5; // a typo is forgiven in words this long or longer

// The three families of bits of NamesIndex::termSignature: the word's own first letter (bits
// 0-19), its keys' first letter (20-39), its keys' first two letters (40-63).
constexpr int SignatureFamilies = 3;
constexpr std::array<uint64_t, SignatureFamilies> SignatureFamily { (uint64_t(1) << 20) - 1,
    ((uint64_t(1) << 40) - 1) & ~((uint64_t(1) << 20) - 1), ~((uint64_t(1) << 40) - 1) };

} // namespace NamesQuery

struct NamesIndex::QueryWord
{
    QString lower;
    std::vector<std::string> keys;
    int letters = 0;
    std::vector<uint8_t> tierOf; // term id -> best tier, NamesQuery::NoMatch when it does not match
    std::array<std::vector<uint32_t>, NamesQuery::TierCount> terms;
    size_t postingCount = 0;
};
