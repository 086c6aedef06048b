#pragma once

#include <QStringView>

#include <string>
#include <vector>

// The search key of a word: one plain-ASCII spelling on which every supported spelling of a name
// meets (docs/search.md). Cyrillic letters are folded (ё е, Kazakh letters to Russian look-alikes)
// and written as in ICAO; Latin letters are normalised so that the variants coincide:
// j ž -> zh, h -> kh (but sh ch zh kh stay), ş š -> sh, ç č -> ch, y -> i, q -> k, w -> v, x -> ks,
// c -> k (but ch stays), gh -> g, ë -> io, ä ö ü ū ğ ñ ı and other diacritics dropped, and a run
// of i is one i (Yuriy = Yury = Yurii, Mariya = Maria).
//
// Every rule keeps prefixes: the key of the first letters of a word is the first letters of the
// word's key, except a final "c" (see queryKeys), so that results hold steady while typing.
class SearchKey
{
public:
    // The key of one word in any script ("Жұмабаева", "Jumabayeva", "Zhumabaeva" -> "zhumabaeva").
    static std::string of(QStringView word);

    // Every key under which a name word is indexed: its own key, plus, for Cyrillic words, the key
    // of its BGN/PCGN, English and Kazakh 2021 spellings when they differ (Елена: "elena" and
    // "ielena" for Yelena). Distinct, first the word's own key.
    static std::vector<std::string> forName(QStringView word);

    // The keys to look up for a query word that may still be incomplete: its key and, when it ends
    // in a letter that a next letter would respell ("c" of "ch"), that spelling too.
    static std::vector<std::string> forQuery(QStringView word);

    // Damerau (optimal string alignment) distance between two keys, stopping early above `limit`.
    static int distance(std::string_view a, std::string_view b, int limit = 2);

private:
    static std::string latinLetters(QStringView word);
    static std::string normalise(const std::string& letters);
};
