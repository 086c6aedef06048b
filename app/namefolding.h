#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Letter folding for the Wall of Memory search (docs/search.md): what "the same letter" means
// when a visitor types a name. Pure functions, safe from any thread.
class NameFolding
{
public:
    // Lower case only (the "exact" and "prefix" match tiers): "Жұмабаева" -> "жұмабаева".
    static QString lower(QStringView word);

    // Lower case, ё = е, and the Kazakh letters folded to their Russian look-alikes
    // (ә а, ғ г, қ к, ң н, ө о, ұ у, ү у, һ х, і и), so that a Russian keyboard finds a Kazakh
    // spelling: "Жұмабаева" -> "жумабаева", "Айгерім" -> "айгерим". Other characters pass.
    static QString foldCyrillic(QStringView word);
    static QChar foldCyrillicLetter(QChar letter);

    // True for the nine letters of the Kazakh alphabet that Russian does not have (either case).
    static bool isKazakhLetter(QChar letter);
    static bool hasKazakhLetter(QStringView word);
    static bool isCyrillic(QChar letter);
    static bool hasCyrillic(QStringView word);

    // Splits a name or a query into words: runs of letters and digits; spaces, hyphens and other
    // punctuation separate words; apostrophes and combining marks inside a word are kept in it
    // ("Д'Арк" and "Mar'yam" stay one word each).
    static QStringList words(QStringView text);

    // The number of letters in a word (the fuzzy-match threshold counts letters, not bytes).
    static int letterCount(QStringView word);
};
