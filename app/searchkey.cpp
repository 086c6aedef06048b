#include "searchkey.h"

#include "namefolding.h"
#include "transliterator.h"

#include <QString>

#include <algorithm>

namespace {

// The Latin letters with a meaning of their own in the supported spellings.
const char* specialLatin(char16_t c)
{
    switch (c) {
    case u'ş': // Kazakh 2021, Turkish
    case u'š': // Czech-style, ISO 9
    case u'ṣ':
        return "sh";
    case u'ç':
    case u'č':
        return "ch";
    case u'ž':
        return "zh";
    case u'ŝ':
        return "shch";
    case u'ë': // BGN/PCGN ё
        return "io";
    case u'ı': // Kazakh 2021 і
        return "i";
    case u'ŋ': // Kazakh ң in some Latin proposals
        return "n";
    case u'ß':
        return "ss";
    default:
        return nullptr;
    }
}

void appendAscii(std::string& out, QChar c)
{
    const QChar lower = c.toLower();
    const char16_t u = lower.unicode();
    if (u < 0x80) {
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += char(u);
        return; // apostrophes and other punctuation
    }
    if (lower.isMark())
        return;
    if (const char* special = specialLatin(u)) {
        out += special;
        return;
    }
    if (NameFolding::isCyrillic(lower)) {
        const QStringView icao = Transliterator::icaoLetter(NameFolding::foldCyrillicLetter(lower));
        for (QChar latin : icao)
            out += char(latin.unicode());
        return;
    }
    // ä ö ü ū ğ ñ é ī ... : the base letter of the canonical decomposition.
    if (lower.decompositionTag() == QChar::Canonical) {
        const QString decomposed = lower.decomposition();
        if (!decomposed.isEmpty() && decomposed.front() != lower) {
            appendAscii(out, decomposed.front());
            return;
        }
    }
    if (lower.isLetter()) { // ł ø æ đ ...: ICU's Latin-ASCII rules
        const QString ascii = Transliterator::latinToAscii(QString(lower));
        for (QChar latin : ascii) {
            if (latin.unicode() < 0x80)
                appendAscii(out, latin);
        }
    }
}

bool startsWith(const std::string& s, size_t at, const char* prefix)
{
    return s.compare(at, std::char_traits<char>::length(prefix), prefix) == 0;
}

} // namespace

std::string SearchKey::latinLetters(QStringView word)
{
    std::string out;
    out.reserve(size_t(word.size()) + 4);
    for (QChar c : word)
        appendAscii(out, c);
    return out;
}

std::string SearchKey::normalise(const std::string& s)
{
    std::string key;
    key.reserve(s.size() + 4);
    size_t i = 0;
    while (i < s.size()) {
        if (startsWith(s, i, "sh") || startsWith(s, i, "ch") || startsWith(s, i, "zh") || startsWith(s, i, "kh")) {
            key.append(s, i, 2);
            i += 2;
            continue;
        }
        if (startsWith(s, i, "gh")) { // BGN/PCGN Kazakh ғ
            key += 'g';
            i += 2;
            continue;
        }
        const char c = s[i++];
        switch (c) {
        case 'h': key += "kh"; break;
        case 'j': key += "zh"; break;
        case 'y': key += 'i'; break;
        case 'q': key += 'k'; break;
        case 'w': key += 'v'; break;
        case 'x': key += "ks"; break;
        case 'c': key += 'k'; break;
        default: key += c; break;
        }
        if (key.size() >= 2 && key.back() == 'i' && key[key.size() - 2] == 'i')
            key.pop_back();
    }
    return key;
}

std::string SearchKey::of(QStringView word)
{
    return normalise(latinLetters(word));
}

std::vector<std::string> SearchKey::forName(QStringView word)
{
    std::vector<std::string> keys { of(word) };
    if (!NameFolding::hasCyrillic(word))
        return keys;
    const auto add = [&keys](std::string key) {
        if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(std::move(key));
    };
    add(of(Transliterator::toLatin(word, Transliterator::Scheme::BgnPcgn)));
    add(of(Transliterator::toLatin(word, Transliterator::Scheme::English)));
    add(of(Transliterator::toLatin(word, Transliterator::Scheme::Kazakh2021)));
    return keys;
}

std::vector<std::string> SearchKey::forQuery(QStringView word)
{
    const std::string letters = latinLetters(word);
    std::vector<std::string> keys { normalise(letters) };
    if (!letters.empty() && letters.back() == 'c') {
        std::string key = normalise(letters + 'h');
        if (key != keys.front())
            keys.push_back(std::move(key));
    }
    return keys;
}

int SearchKey::distance(std::string_view a, std::string_view b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal string alignment distance.
    std::vector<int> twoBack(size_t(m) + 1), back(size_t(m) + 1), row(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        back[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        row[0] = i;
        int best = row[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[size_t(i - 1)] == b[size_t(j - 1)] ? 0 : 1;
            int value = std::min({ back[size_t(j)] + 1, row[size_t(j - 1)] + 1, back[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[size_t(i - 1)] == b[size_t(j - 2)] && a[size_t(i - 2)] == b[size_t(j - 1)])
                value = std::min(value, twoBack[size_t(j - 2)] + 1);
            row[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
        std::swap(twoBack, back);
        std::swap(back, row);
    }
    return std::min(back[size_t(m)], limit + 1);
}
