// Wall of Memory search: a visitor types a name in Kazakh, Russian or a Latin spelling, in any
// word order, maybe with a typo, and finds her.
#include "namesfixture.h"
#include "namesindex.h"

#include <catch2/catch.hpp>

#include <QStringList>

namespace {

const std::shared_ptr<const NamesIndex>& fixtureIndex()
{
    static const auto index = NamesIndex::build(NamesFixture::records());
    return index;
}

QVector<int> numbersFound(const NamesIndex& index, const QString& query, const QString& language = QStringLiteral("kk"),
    int limit = 50)
{
    QVector<int> numbers;
    for (const NameMatch& match : index.search(query, language, limit).matches)
        numbers.append(index.record(match.record).number);
    return numbers;
}

struct Case
{
    const char* query;
    int expected;  // the record number she is looking for
    bool first;    // it must be the best match (else: among the matches)
};

void checkCases(const char* group, std::initializer_list<Case> cases)
{
    for (const Case& c : cases) {
        const QString query = QString::fromUtf8(c.query);
        DYNAMIC_SECTION(group << ": \"" << c.query << "\" finds #" << c.expected)
        {
            const QVector<int> found = numbersFound(*fixtureIndex(), query);
            INFO("found: " << QStringList([&] {
                QStringList list;
                for (int n : found)
                    list.append(QString::number(n));
                return list;
            }()).join(QStringLiteral(",")).toStdString());
            REQUIRE_FALSE(found.isEmpty());
            if (c.first)
                CHECK(found.front() == c.expected);
            else
                CHECK(found.contains(c.expected));
        }
    }
}

} // namespace

TEST_CASE("Kazakh and Russian Cyrillic, with folded letters")
{
    checkCases("kk/ru",
        {
            { "Жұмабаева", 1, true },
            { "жұмабаева айгерім", 1, true },
            { "ЖҰМАБАЕВА", 1, true },
            { "Жумабаева Айгерим", 2, true },
            { "Жумабаева Айгерим", 1, false },
            { "Қасымова", 3, true },
            { "Касымова", 3, true },
            { "Асел", 3, true },
            { "Ыдырысова", 9, true },
            { "Усенова", 12, true },
            { "Отегенова Сауле", 13, true },
            { "Галиева", 14, true },
            { "Нурпейисова", 22, true },
            { "Рыскулова", 27, true },
            { "Шарипова Акмарал", 30, true },
            { "Бейсенова Маншук", 26, true },
            { "Абдирахманова", 25, true },
            { "Федорова", 4, true },
            { "Фёдорова", 4, true },
            { "Чернышева", 32, true },
            { "Щербакова", 8, true },
            { "Ли", 28, true },
        });
}

TEST_CASE("Passport (ICAO) spellings")
{
    checkCases("icao",
        {
            { "Zhumabaeva Aigerim", 1, false },
            { "Kasymova Asel", 3, true },
            { "Fedorova Elena", 4, true },
            { "Alieva Mariia", 5, true },
            { "Makovskaia Natalia", 6, true },
            { "Shcherbakova Daria", 8, true },
            { "Iakovleva Evgeniia", 19, true },
            { "Iusupova", 20, true },
            { "Khasanova Zeinep", 10, true },
            { "Tsvetkova Iuliia", 7, true },
            { "Chernysheva", 32, true },
            { "Ydyrysova", 9, true },
        });
}

TEST_CASE("BGN/PCGN spellings")
{
    checkCases("bgn",
        {
            { "Fëdorova", 4, true },
            { "Aliyeva", 5, true },
            { "Makovskaya", 6, true },
            { "Yakovleva Yevgeniya", 19, true },
            { "Yusupova", 20, true },
            { "Grigor'yevna", 5, true },
            { "Shcherbakova Dar'ya", 8, true },
            { "Yerlanova", 18, true },
            { "Mikhaylovna", 21, true },
            { "Ghalieva", 14, true },
            { "Chernyshëva", 32, true },
        });
}

TEST_CASE("Kazakh Latin alphabet (2021) spellings")
{
    checkCases("kk-latn",
        {
            { "Jūmabaeva Aigerım", 1, false },
            { "Qasymova Äsel", 3, true },
            { "Şäripova", 30, true },
            { "Ötegenova Säule", 13, true },
            { "Rysqūlova", 27, true },
            { "Nūrpeiısova Şolpan", 22, true },
            { "Üsenova Bibıgül", 12, true },
            { "Ğalieva Raihan", 14, true },
            { "Äbdırahmanova Küläş", 25, true },
            { "Bötagöz", 18, true },
        });
}

TEST_CASE("Common English spellings")
{
    checkCases("en",
        {
            { "Jumabaeva", 1, false },
            { "Fyodorova", 4, true },
            { "Hasanova", 10, true },
            { "Halima Ahmetova", 23, true },
            { "Akhmetova Khalima", 23, true },
            { "Tsvetkova Yulia", 7, true },
            { "Natalya", 6, true },
            { "Natalia", 6, true },
            { "Sokolovskaya", 21, true },
            { "Sokolovskaia", 21, true },
            { "Yuryevna", 6, true },
            { "Iurevna", 6, true },
            { "Jaksybekova", 11, true },
            { "Dzhaksybekova Zhamilya", 11, true },
            { "Beysenova", 26, true },
            { "Beisenova Manshuk", 26, true },
            { "Ilyinichna", 7, true },
            { "Olshanskaya", 29, true },
            { "Ol'shanskaya Irina", 29, true },
            { "Mariya Alieva", 5, true },
            { "Yevgenia", 19, true },
            { "Zhumabayeva", 1, true },
        });
}

TEST_CASE("Any word order and patronymics")
{
    checkCases("order",
        {
            { "Айгерім Жұмабаева", 1, true },
            { "aigerim zhumabayeva", 1, true },
            { "Сергеевна Фёдорова", 4, true },
            { "Елена Фёдорова Сергеевна", 4, true },
            { "Серікқызы", 1, true },
            { "Serikkyzy", 1, true },
            { "Tolegenkyzy", 3, true },
            { "Tölegenqyzy Äsel", 3, true },
            { "Анна Иван", 15, true },
            { "Ivanovna Anna", 15, true },
        });
}

TEST_CASE("One typo in a word of five letters or more")
{
    checkCases("typo",
        {
            { "Жұмабеава", 1, false },
            { "Жумабаеа", 2, true },
            { "Фёдоровва", 4, false }, // Фёдоровна (#29) is one edit away too
            { "Щербвкова", 8, true },
            { "Zhumabaeav", 1, false },
            { "Makovskya", 6, true },
            { "Iakovelva", 19, true },
            { "Rysqulvoa", 27, true },
            { "Ахмедова", 23, true },
        });
}

TEST_CASE("The first letters of a word, while she types")
{
    checkCases("prefix",
        {
            { "Zhum", 1, false },
            { "Қас", 3, true },
            { "Fyod", 4, false }, // and Фёдоровна (#29), earlier in the alphabet
            { "Yak", 19, true },
            { "Shch", 8, true },
            { "Tsv", 7, true },
            { "Aig", 1, false },
            { "Айгерім Жұм", 1, true },
            { "zhum aig", 1, false },
        });
}

TEST_CASE("Ranking: exact, then prefix, then folded, then fuzzy, ties alphabetical")
{
    const NamesIndex& index = *fixtureIndex();
    const auto tiers = [&index](const char* query) {
        QVector<MatchTier> list;
        for (const NameMatch& match : index.search(QString::fromUtf8(query), QStringLiteral("kk"), 50).matches)
            list.append(match.tier);
        return list;
    };

    SECTION("the spelling she typed comes before the folded one")
    {
        CHECK(numbersFound(index, QStringLiteral("Жумабаева")).mid(0, 2) == QVector<int> { 2, 1 });
        CHECK(numbersFound(index, QStringLiteral("Жұмабаева")).mid(0, 2) == QVector<int> { 1, 2 });
        CHECK(tiers("Жумабаева").mid(0, 2) == QVector<MatchTier> { MatchTier::Exact, MatchTier::Folded });
    }
    SECTION("a whole word before a word that only starts with it")
    {
        CHECK(numbersFound(index, QStringLiteral("Ким")) == QVector<int> { 16, 17 });
        CHECK(tiers("Ким") == QVector<MatchTier> { MatchTier::Exact, MatchTier::Prefix });
    }
    SECTION("a prefix before a folded prefix")
    {
        CHECK(numbersFound(index, QStringLiteral("Жумаб")).mid(0, 2) == QVector<int> { 2, 1 });
        CHECK(tiers("Жумаб").mid(0, 2) == QVector<MatchTier> { MatchTier::Prefix, MatchTier::FoldedPrefix });
    }
    SECTION("a typo comes last")
    {
        // Алеева and Ғалиева are one edit from Алиева.
        CHECK(numbersFound(index, QStringLiteral("Алиева")) == QVector<int> { 5, 33, 14 });
        CHECK(tiers("Алиева") == QVector<MatchTier> { MatchTier::Exact, MatchTier::Fuzzy, MatchTier::Fuzzy });
        CHECK(numbersFound(index, QStringLiteral("Алеева")).mid(0, 2) == QVector<int> { 33, 5 });
        CHECK(numbersFound(index, QStringLiteral("Aliyeva")) == QVector<int> { 5, 33, 14 });
        CHECK(tiers("Aliyeva") == QVector<MatchTier> { MatchTier::Folded, MatchTier::Fuzzy, MatchTier::Fuzzy });
    }
    SECTION("short words get no typo tolerance")
    {
        CHECK(numbersFound(index, QStringLiteral("Кин")).isEmpty());
        CHECK(numbersFound(index, QStringLiteral("Лм")).isEmpty());
    }
    SECTION("ties follow the alphabet of the interface language")
    {
        // Kazakh puts Ы before І; Russian puts І (after И) before Ы.
        CHECK(numbersFound(index, QStringLiteral("Гүлнар"), QStringLiteral("kk")) == QVector<int> { 9, 34 });
        CHECK(numbersFound(index, QStringLiteral("Гүлнар"), QStringLiteral("ru")) == QVector<int> { 34, 9 });
        CHECK(numbersFound(index, QStringLiteral("Анна")) == QVector<int> { 15, 16 });
    }
    SECTION("several words: every word must match a different word of the name")
    {
        CHECK(numbersFound(index, QStringLiteral("Анна Ким")) == QVector<int> { 16 });
        CHECK(numbersFound(index, QStringLiteral("Ким Ким")).isEmpty());
        CHECK(numbersFound(index, QStringLiteral("Айгерім Серік")) == QVector<int> { 1, 2 });
    }
    SECTION("the limit keeps the best and says there is more")
    {
        const NamesSearchResult result = index.search(QStringLiteral("а"), QStringLiteral("kk"), 3);
        CHECK(result.matches.size() == 3);
        CHECK(result.more);
        const NamesSearchResult all = index.search(QStringLiteral("Ким"), QStringLiteral("kk"), 3);
        CHECK(all.matches.size() == 2);
        CHECK_FALSE(all.more);
    }
}

TEST_CASE("The record number quoted at the museum desk finds the record")
{
    CHECK(numbersFound(*fixtureIndex(), QStringLiteral("15")) == QVector<int> { 15 });
    CHECK(numbersFound(*fixtureIndex(), QStringLiteral("24")).isEmpty());
}

TEST_CASE("No match: nothing is invented, the closest names are offered")
{
    const NamesIndex& index = *fixtureIndex();
    CHECK(numbersFound(index, QStringLiteral("Qwxyzzz")).isEmpty());
    CHECK(numbersFound(index, QStringLiteral("Жумабаева Зоя")).isEmpty());
    CHECK(numbersFound(index, QString()).isEmpty());
    CHECK(numbersFound(index, QStringLiteral("  ,- ")).isEmpty());

    const QVector<int> closest = index.closest(QStringLiteral("Жумабаева Зоя"), QStringLiteral("kk"), 5);
    REQUIRE_FALSE(closest.isEmpty());
    CHECK(index.record(closest.front()).number == 2);
    const QVector<int> near = index.closest(QStringLiteral("Иваниха"), QStringLiteral("kk"), 5);
    REQUIRE_FALSE(near.isEmpty());
    CHECK(index.record(near.front()).surname == QStringLiteral("Иванова"));
    CHECK_FALSE(index.closest(QStringLiteral("Qwxyzzz"), QStringLiteral("kk"), 5).isEmpty());
}
