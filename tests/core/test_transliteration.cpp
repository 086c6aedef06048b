// Letter folding, transliteration and search keys: the spellings a visitor may type meet.
#include "namefolding.h"
#include "searchkey.h"
#include "transliterator.h"

#include <catch2/catch.hpp>

namespace {

std::string key(const char* word)
{
    return SearchKey::of(QString::fromUtf8(word));
}

QString latin(const char* word, Transliterator::Scheme scheme)
{
    return Transliterator::toLatin(QString::fromUtf8(word), scheme);
}

bool indexedUnder(const char* name, const char* typed)
{
    const std::vector<std::string> keys = SearchKey::forName(QString::fromUtf8(name));
    return std::find(keys.begin(), keys.end(), key(typed)) != keys.end();
}

} // namespace

TEST_CASE("Folding: case, ё = е, Kazakh letters = Russian look-alikes")
{
    CHECK(NameFolding::foldCyrillic(u"ЖҰМАБАЕВА") == QStringLiteral("жумабаева"));
    CHECK(NameFolding::foldCyrillic(u"Фёдорова") == QStringLiteral("федорова"));
    CHECK(NameFolding::foldCyrillic(u"әғқңөұүһі") == QStringLiteral("агкноууhи").replace(QChar(u'h'), QChar(u'х')));
    CHECK(NameFolding::foldCyrillic(QStringLiteral("и\u0306")) == QStringLiteral("й"));
    CHECK(NameFolding::hasKazakhLetter(u"Айгерім"));
    CHECK_FALSE(NameFolding::hasKazakhLetter(u"Айгерим"));
    CHECK(NameFolding::words(u"Жұмабаева-Ким  Айгерім, Dar'ya") ==
        QStringList { QStringLiteral("Жұмабаева"), QStringLiteral("Ким"), QStringLiteral("Айгерім"),
            QStringLiteral("Dar'ya") });
    CHECK(NameFolding::letterCount(u"Dar'ya") == 5);
}

TEST_CASE("Transliteration schemes")
{
    using S = Transliterator::Scheme;
    CHECK(latin("Жұмабаева", S::Icao) == QStringLiteral("Zhumabaeva"));
    CHECK(latin("Щербакова Наталья", S::Icao) == QStringLiteral("Shcherbakova Natalia"));
    CHECK(latin("Юлия", S::Icao) == QStringLiteral("Iuliia"));
    CHECK(latin("Фёдорова", S::BgnPcgn) == QString::fromUtf8("Fëdorova"));
    CHECK(latin("Елена", S::BgnPcgn) == QStringLiteral("Yelena"));
    CHECK(latin("Сергеевна", S::BgnPcgn) == QStringLiteral("Sergeyevna"));
    CHECK(latin("Қасымова Әсел", S::Kazakh2021) == QString::fromUtf8("Qasymova Äsel"));
    CHECK(latin("Шәріпова", S::Kazakh2021) == QString::fromUtf8("Şärıpova"));
    CHECK(latin("Ибрагимова", S::Kazakh2021) == QString::fromUtf8("İbragimova"));
    CHECK(latin("Рысқұлова", S::Kazakh2021) == QString::fromUtf8("Rysqūlova"));
    CHECK(latin("Елена Фёдорова", S::English) == QStringLiteral("Yelena Fyodorova"));
    CHECK(latin("Джамиля", S::English) == QStringLiteral("Jamilya"));
    CHECK(latin("Мария", S::English) == QStringLiteral("Maria"));
    CHECK(latin("Маковская", S::English) == QStringLiteral("Makovskaya"));
    CHECK(latin("ИВАНОВА", S::Icao) == QStringLiteral("IVANOVA"));
    CHECK(latin("Smith", S::Icao) == QStringLiteral("Smith"));
}

TEST_CASE("Search keys: the spellings of one name meet")
{
    CHECK(key("Жұмабаева") == "zhumabaeva");
    CHECK(key("Жумабаева") == key("Zhumabaeva"));
    CHECK(key("Jumabaeva") == key("Zhumabaeva"));
    CHECK(key("Žumabaeva") == key("Zhumabaeva"));
    CHECK(key("Hasanova") == key("Khasanova"));
    CHECK(key("Yulia") == key("Iulia"));
    CHECK(key("Yuriy") == key("Yury"));
    CHECK(key("Yurii") == key("Yury"));
    CHECK(key("Mariya") == key("Maria"));
    CHECK(key("Makovskaya") == key("Makovskaia"));
    CHECK(key("Şaripova") == key("Sharipova"));
    CHECK(key("Çernova") == key("Chernova"));
    CHECK(key("Qasymova") == key("Kasymova"));
    CHECK(key("Aleksandra") == key("Alexandra"));
    CHECK(key("Viktoria") == key("Victoria"));
    CHECK(key("Dar'ya") == key("Darya"));
    CHECK(key("Müller") == "muller");
    CHECK(key("Łódź") == "lodz");
    CHECK(key("Ghalieva") == key("Galieva"));
}

TEST_CASE("Search keys of a name cover ICAO, BGN/PCGN, Kazakh 2021 and English spellings")
{
    CHECK(indexedUnder("Елена", "Elena"));
    CHECK(indexedUnder("Елена", "Yelena"));
    CHECK(indexedUnder("Фёдорова", "Fedorova"));
    CHECK(indexedUnder("Фёдорова", "Fyodorova"));
    CHECK(indexedUnder("Фёдорова", "Fiodorova"));
    CHECK(indexedUnder("Сергеевна", "Sergeyevna"));
    CHECK(indexedUnder("Алиева", "Aliyeva"));
    CHECK(indexedUnder("Джамиля", "Jamilya"));
    CHECK(indexedUnder("Джамиля", "Dzhamilia"));
    CHECK(indexedUnder("Жаңыл", "Zhangyl"));
    CHECK(indexedUnder("Жаңыл", "Zhanyl"));
    CHECK(indexedUnder("Жаңыл", "Jañyl"));
    CHECK(indexedUnder("Айгерім", "Aygerim"));
    CHECK_FALSE(indexedUnder("Айгерім", "Aigul"));
}

TEST_CASE("Query keys hold while she types")
{
    // Every prefix of a typed spelling is a prefix of the name's key, so the name never drops
    // out of the results on the way.
    for (const char* typed : { "Zhumabayeva", "Shcherbakova", "Khasanova", "Tsvetkova", "Yulia", "Chernysheva" }) {
        const QString text = QString::fromUtf8(typed);
        const std::vector<std::string> names = SearchKey::forName(text);
        for (int length = 1; length <= text.size(); ++length) {
            const std::vector<std::string> keys = SearchKey::forQuery(QStringView(text).left(length));
            const bool prefix = std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
                return names.front().compare(0, k.size(), k) == 0;
            });
            INFO(typed << " typed up to " << length);
            CHECK(prefix);
        }
    }
}

TEST_CASE("Edit distance: insert, delete, substitute, swap")
{
    CHECK(SearchKey::distance("zhumabaeva", "zhumabaeva") == 0);
    CHECK(SearchKey::distance("zhumabaeva", "zhumbaeva") == 1);
    CHECK(SearchKey::distance("zhumabaeva", "zhumabaeeva") == 1);
    CHECK(SearchKey::distance("zhumabaeva", "zhumabaiva") == 1);
    CHECK(SearchKey::distance("zhumabaeva", "zhumabaeav") == 1);
    CHECK(SearchKey::distance("zhumabaeva", "zhumbaeav") == 2);
    CHECK(SearchKey::distance("abc", "xyzw", 2) == 3);
}
