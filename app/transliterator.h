#pragma once

#include <QString>
#include <QStringView>

// Cyrillic (Russian and Kazakh) to Latin, in the spellings families really use for the names on
// the Wall of Memory. docs/search.md lists every rule and where it comes from.
//
//  - Icao: the passport transliteration of ICAO Doc 9303 (Part 3) for Russian letters; the Kazakh
//    letters as Kazakhstan's passports write them (ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i).
//  - BgnPcgn: BGN/PCGN romanization, done by ICU's "Russian-Latin/BGN" and, for words with Kazakh
//    letters, "Kazakh-Latin/BGN" transforms (CLDR rules, not a table of ours).
//  - Kazakh2021: the Kazakh Latin alphabet presented in January 2021 (ä ğ ı i j q ñ ö ş ū ü y).
//  - English: common English forms (Yelena, Yulia, Jamila, Fyodorova, -aya, -iy).
//
// Thread-safe: ICU transliterators are created once per thread.
class Transliterator
{
public:
    enum class Scheme { Icao, BgnPcgn, Kazakh2021, English };

    // Transliterates the Cyrillic letters of `text`; other characters pass unchanged. A word that
    // starts with a capital keeps a capital.
    static QString toLatin(QStringView text, Scheme scheme);

    // Latin letters with diacritics that no search rule handles (é, ł, ø, ß...) to plain ASCII with
    // ICU's "Latin-ASCII" transform; everything else passes.
    static QString latinToAscii(QStringView text);

    static QString schemeName(Scheme scheme);

    // The ICAO spelling of one lower-case Cyrillic letter ("" for ь); null for any other character.
    static QStringView icaoLetter(QChar lowerCyrillic);
};
