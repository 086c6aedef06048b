#include "transliterator.h"

#include "namefolding.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace {

// ICAO Doc 9303 Part 3 (Russian letters, plus і ї є ґ ў of its Cyrillic table); the Kazakh letters
// as Kazakhstan's passports write them.
QStringView icaoLetter(char16_t c)
{
    switch (c) {
    case u'а': return u"a";
    case u'б': return u"b";
    case u'в': return u"v";
    case u'г': return u"g";
    case u'д': return u"d";
    case u'е': return u"e";
    case u'ё': return u"e";
    case u'ж': return u"zh";
    case u'з': return u"z";
    case u'и': return u"i";
    case u'й': return u"i";
    case u'к': return u"k";
    case u'л': return u"l";
    case u'м': return u"m";
    case u'н': return u"n";
    case u'о': return u"o";
    case u'п': return u"p";
    case u'р': return u"r";
    case u'с': return u"s";
    case u'т': return u"t";
    case u'у': return u"u";
    case u'ф': return u"f";
    case u'х': return u"kh";
    case u'ц': return u"ts";
    case u'ч': return u"ch";
    case u'ш': return u"sh";
    case u'щ': return u"shch";
    case u'ъ': return u"ie";
    case u'ы': return u"y";
    case u'ь': return u"";
    case u'э': return u"e";
    case u'ю': return u"iu";
    case u'я': return u"ia";
    case u'і': return u"i";
    case u'ї': return u"i";
    case u'є': return u"ie";
    case u'ґ': return u"g";
    case u'ў': return u"u";
    case u'ә': return u"a";
    case u'ғ': return u"g";
    case u'қ': return u"k";
    case u'ң': return u"n";
    case u'ө': return u"o";
    case u'ұ': return u"u";
    case u'ү': return u"u";
    case u'һ': return u"h";
    default: return {};
    }
}

// The Kazakh Latin alphabet of January 2021. Letters it does not have (ё ц ч щ ъ ь э ю я) are
// written as Kazakh orthography writes loanwords in it: io ts ch şş - - e iu ia.
QStringView kazakh2021Letter(char16_t c)
{
    switch (c) {
    case u'ә': return u"ä";
    case u'ғ': return u"ğ";
    case u'ё': return u"io";
    case u'ж': return u"j";
    case u'й': return u"i";
    case u'қ': return u"q";
    case u'ң': return u"ñ";
    case u'ө': return u"ö";
    case u'х': return u"h";
    case u'ш': return u"ş";
    case u'щ': return u"şş";
    case u'ъ': return u"";
    case u'ы': return u"y";
    case u'і': return u"ı";
    case u'ұ': return u"ū";
    case u'ү': return u"ü";
    default: return icaoLetter(c);
    }
}

bool isCyrillicVowel(char16_t c)
{
    return QStringView(u"аәеёиоөуұүыіэюя").contains(QChar(c));
}

// Common English forms: Yelena, Yulia, Natalya, Fyodorova, Jamila, Yuriy, Makovskaya.
QString englishWord(QStringView lower)
{
    QString out;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char16_t c = lower.at(i).unicode();
        const char16_t prev = i > 0 ? lower.at(i - 1).unicode() : u' ';
        const char16_t next = i + 1 < lower.size() ? lower.at(i + 1).unicode() : u' ';
        const bool afterVowelOrSign = i == 0 || isCyrillicVowel(prev) || prev == u'ь' || prev == u'ъ';
        switch (c) {
        case u'д':
            if (next == u'ж') { // Джамиля -> Jamila
                out += u"j";
                ++i;
            } else {
                out += u"d";
            }
            break;
        case u'е': out += afterVowelOrSign ? u"ye" : u"e"; break;
        case u'ё': out += u"yo"; break;
        case u'й': out += u"y"; break;
        case u'ю': out += u"yu"; break;
        case u'я': out += prev == u'и' ? u"a" : u"ya"; break; // Мария -> Maria, Наталья -> Natalya
        case u'ң': out += u"ng"; break;
        case u'һ': out += u"h"; break;
        case u'ъ': break;
        default: out += icaoLetter(c); break;
        }
    }
    return out;
}

QString letterwise(QStringView lower, QStringView (*table)(char16_t))
{
    QString out;
    out.reserve(lower.size() + 4);
    for (QChar c : lower) {
        const QStringView latin = table(c.unicode());
        if (latin.isNull())
            out += c;
        else
            out += latin;
    }
    return out;
}

// Gives `latin` the case pattern of `source`: Capitalized or ALL CAPS (Kazakh 2021: и -> İ).
QString matchCase(QStringView source, QString latin, Transliterator::Scheme scheme)
{
    if (source.isEmpty() || latin.isEmpty() || !source.front().isUpper())
        return latin;
    const bool allCaps = source.size() > 1 && source.toString().toUpper() == source;
    if (allCaps)
        return latin.toUpper();
    if (scheme == Transliterator::Scheme::Kazakh2021 && latin.front() == QLatin1Char('i'))
        latin[0] = QChar(u'İ');
    else
        latin[0] = latin.front().toUpper();
    return latin;
}

icu::Transliterator* icuTransliterator(const char* id)
{
    struct Cache
    {
        std::unique_ptr<icu::Transliterator> russian;
        std::unique_ptr<icu::Transliterator> kazakh;
        std::unique_ptr<icu::Transliterator> ascii;
    };
    thread_local Cache cache;
    std::unique_ptr<icu::Transliterator>* slot = &cache.ascii;
    if (qstrcmp(id, "Russian-Latin/BGN") == 0)
        slot = &cache.russian;
    else if (qstrcmp(id, "Kazakh-Latin/BGN") == 0)
        slot = &cache.kazakh;
    if (!*slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot->reset(icu::Transliterator::createInstance(icu::UnicodeString(id, -1, US_INV), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            slot->reset();
    }
    return slot->get();
}

QString runIcu(const char* id, QStringView text)
{
    icu::Transliterator* transliterator = icuTransliterator(id);
    if (!transliterator)
        return text.toString();
    icu::UnicodeString buffer(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(buffer);
    return QString(reinterpret_cast<const QChar*>(buffer.getBuffer()), buffer.length());
}

QString transliterateWord(QStringView word, Transliterator::Scheme scheme)
{
    if (!NameFolding::hasCyrillic(word))
        return word.toString();
    const QString lower = word.toString().toLower();
    QString latin;
    switch (scheme) {
    case Transliterator::Scheme::Icao: latin = letterwise(lower, icaoLetter); break;
    case Transliterator::Scheme::Kazakh2021: latin = letterwise(lower, kazakh2021Letter); break;
    case Transliterator::Scheme::English: latin = englishWord(lower); break;
    case Transliterator::Scheme::BgnPcgn:
        latin = runIcu(NameFolding::hasKazakhLetter(lower) ? "Kazakh-Latin/BGN" : "Russian-Latin/BGN", lower);
        break;
    }
    return matchCase(word, latin, scheme);
}

} // namespace

QString Transliterator::toLatin(QStringView text, Scheme scheme)
{
    // Word by word, so that each word keeps its own capital and its own start-of-word rules.
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool boundary = i == text.size() || !(text.at(i).isLetter() || text.at(i).isMark());
        if (!boundary)
            continue;
        if (i > start)
            out += transliterateWord(text.mid(start, i - start), scheme);
        if (i < text.size())
            out += text.at(i);
        start = i + 1;
    }
    return out;
}

QString Transliterator::latinToAscii(QStringView text)
{
    return runIcu("Latin-ASCII", text);
}

QStringView Transliterator::icaoLetter(QChar lowerCyrillic)
{
    return ::icaoLetter(lowerCyrillic.unicode());
}

QString Transliterator::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Icao: return QStringLiteral("ICAO Doc 9303");
    case Scheme::BgnPcgn: return QStringLiteral("BGN/PCGN");
    case Scheme::Kazakh2021: return QStringLiteral("Kazakh Latin 2021");
    case Scheme::English: return QStringLiteral("English");
    }
    return {};
}
