// The names index as a whole: alphabetical listings, an empty list, one name, a large list,
// and the background build that keeps the first frame free.
#include "namesfixture.h"
#include "namesgenerator.h"
#include "namefolding.h"
#include "namesindex.h"
#include "namessearchservice.h"
#include "searchkey.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>

#include <functional>
#include <QSignalSpy>

namespace {

// One query word, ready for the brute-force check.
struct Probe
{
    explicit Probe(const QString& word)
        : lower(NameFolding::lower(word))
        , keys(SearchKey::forQuery(word))
        , fuzzy(NameFolding::letterCount(word) >= 5)
    {
    }
    QString lower;
    std::vector<std::string> keys;
    bool fuzzy;
};

// Whether one query word matches one name word, by brute force: the name word starts with the
// query word (letter for letter or by key), or, from five letters on, within one edit.
bool wordMatches(const QString& nameWord, const Probe& probe)
{
    if (NameFolding::lower(nameWord).startsWith(probe.lower))
        return true;
    static QHash<QString, std::vector<std::string>> keysOf; // the list has few distinct words
    auto it = keysOf.find(nameWord);
    if (it == keysOf.end())
        it = keysOf.insert(nameWord, SearchKey::forName(NameFolding::lower(nameWord)));
    for (const std::string& nameKey : it.value()) {
        for (const std::string& k : probe.keys) {
            if (nameKey.compare(0, k.size(), k) == 0)
                return true;
            if (!probe.fuzzy)
                continue;
            for (size_t length = k.size() - 1; length <= k.size() + 1; ++length) {
                if (length <= nameKey.size() && SearchKey::distance(k, nameKey.substr(0, length), 1) <= 1)
                    return true;
            }
        }
    }
    return false;
}

QStringList nameWords(const NameRecord& record)
{
    QStringList words;
    for (const QString& field : { record.surname, record.givenName, record.patronymic, record.latin }) {
        for (const QString& word : NameFolding::words(field)) {
            if (!words.contains(word, Qt::CaseInsensitive))
                words.append(word);
        }
    }
    return words;
}

// What the index must find, by brute force: each query word matches a different word of the name.
bool linearMatch(const QStringList& words, const std::vector<Probe>& query)
{
    const std::function<bool(size_t, QList<int>)> assign = [&](size_t i, QList<int> used) {
        if (i == query.size())
            return true;
        for (int w = 0; w < words.size(); ++w) {
            if (!used.contains(w) && wordMatches(words.at(w), query[i]) && assign(i + 1, used + QList<int> { w }))
                return true;
        }
        return false;
    };
    return assign(0, {});
}

// The generated list with the hand-made names, and its index, made once for all sections.
struct LargeList
{
    QVector<NameRecord> records;
    std::shared_ptr<const NamesIndex> index;
    QVector<QStringList> words;
};

const LargeList& largeList()
{
    static const LargeList list = [] {
        LargeList l;
        l.records = NamesGenerator(7).generate(100000);
        l.records.append(NamesFixture::records());
        l.index = NamesIndex::build(l.records);
        for (const NameRecord& record : l.records)
            l.words.append(nameWords(record));
        return l;
    }();
    return list;
}

} // namespace

TEST_CASE("An empty names list: nothing found, nothing listed, no crash")
{
    const auto index = NamesIndex::build({});
    CHECK(index->size() == 0);
    CHECK(index->search(QStringLiteral("Айгерім"), QStringLiteral("kk"), 20).matches.isEmpty());
    CHECK(index->search(QStringLiteral("1"), QStringLiteral("kk"), 20).matches.isEmpty());
    CHECK(index->closest(QStringLiteral("Айгерім"), QStringLiteral("kk"), 5).isEmpty());
    CHECK(index->initials(QStringLiteral("kk")).isEmpty());
    CHECK(index->recordAt(QStringLiteral("kk"), 0) == -1);
}

TEST_CASE("A list of one name")
{
    const auto index = NamesIndex::build({ NamesFixture::name(7, "Қасымова", "Әсел", "Төлегенқызы") });
    for (const char* query : { "Қасымова", "kasym", "Asel Qasymova", "Tolegenkyzy", "Касымова Асел", "7" }) {
        INFO(query);
        const NamesSearchResult result = index->search(QString::fromUtf8(query), QStringLiteral("ru"), 20);
        REQUIRE(result.matches.size() == 1);
        CHECK(result.matches.front().record == 0);
    }
    CHECK(index->search(QStringLiteral("Ким"), QStringLiteral("ru"), 20).matches.isEmpty());
    CHECK(index->initials(QStringLiteral("kk")).size() == 1);
    CHECK(index->initials(QStringLiteral("kk")).front().letter == QStringLiteral("Қ"));
}

TEST_CASE("Alphabetical listing per language, with initial letters for the jump bar")
{
    const auto index = NamesIndex::build(NamesFixture::records());
    for (const QString& language : { QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en") }) {
        INFO(language.toStdString());
        QSet<int> seen;
        for (int row = 0; row < index->size(); ++row) {
            const int record = index->recordAt(language, row);
            REQUIRE(record >= 0);
            CHECK(index->rowOf(language, record) == row);
            seen.insert(record);
        }
        CHECK(seen.size() == index->size());
        const auto initials = index->initials(language);
        REQUIRE_FALSE(initials.isEmpty());
        CHECK(initials.front().row == 0);
        for (int i = 1; i < initials.size(); ++i)
            CHECK(initials.at(i).row > initials.at(i - 1).row);
        // Each initial points at a name that starts with it.
        for (const auto& initial : initials) {
            const NameRecord& first = index->record(index->recordAt(language, initial.row));
            CHECK(first.surname.startsWith(initial.letter, Qt::CaseInsensitive));
        }
    }
    const auto letters = [&index](const QString& language) {
        QStringList list;
        for (const auto& initial : index->initials(language))
            list.append(initial.letter);
        return list;
    };
    // Kazakh order: ... Ы, І ...; Russian (and English, ICU's root order): І right after И.
    const QStringList kk = letters(QStringLiteral("kk"));
    const QStringList ru = letters(QStringLiteral("ru"));
    CHECK(kk.indexOf(QStringLiteral("Ы")) < kk.indexOf(QStringLiteral("І")));
    CHECK(ru.indexOf(QStringLiteral("І")) < ru.indexOf(QStringLiteral("Ы")));
    CHECK(kk.indexOf(QStringLiteral("А")) + 1 == kk.indexOf(QStringLiteral("Ә")));
    // Фёдорова and Федорова share one letter: Ё is not a letter of its own on the bar.
    CHECK_FALSE(ru.contains(QStringLiteral("Ё")));
    CHECK(index->record(index->recordAt(QStringLiteral("kk"), 0)).surname == QStringLiteral("Алеева"));
}

TEST_CASE("100,000 names: the index finds what a linear scan finds, best first")
{
    const QVector<NameRecord>& records = largeList().records;
    const auto& index = largeList().index;
    REQUIRE(index->size() == records.size());

    SECTION("the hand-made names are found among the generated ones")
    {
        for (const char* query : { "Zhumabayeva Aigerim", "Жұмабаева Айгерім Серікқызы", "Fyodorova Yelena",
                 "Qasymova Äsel Tölegenqyzy", "Makovskaia Natalia Iurevna" }) {
            INFO(query);
            const NamesSearchResult result = index->search(QString::fromUtf8(query), QStringLiteral("kk"), 20);
            REQUIRE_FALSE(result.matches.isEmpty());
            CHECK(index->record(result.matches.front().record).notes.startsWith(QStringLiteral("Test record")));
        }
    }
    SECTION("queries return exactly the names a linear scan finds")
    {
        const QVector<QStringList>& words = largeList().words;
        for (const char* query : { "Жұмаб", "zhumab", "Айгер", "Qasym", "Fyodorovna", "Ахмедова", "Tsvetk",
                 "Yusupova", "Ісләм", "Айгер Жұм", "zhum aig", "маржан ыд", "Ulzhan Zhamal", "Serafima Rybn",
                 "Халима Ахмедова", "Anna Ivan", "Айгерім С", "anna i", "ксения х", "Raikhan Z", "zhum a b",
                 "Ахмедова Х", "Fyodorova Ye" }) {
            const QString text = QString::fromUtf8(query);
            std::vector<Probe> probes;
            for (const QString& word : NameFolding::words(text))
                probes.emplace_back(word);
            QSet<int> expected;
            for (int i = 0; i < records.size(); ++i) {
                if (linearMatch(words.at(i), probes))
                    expected.insert(i);
            }
            const NamesSearchResult result = index->search(text, QStringLiteral("ru"), int(records.size()));
            QSet<int> found;
            for (const NameMatch& match : result.matches)
                found.insert(match.record);
            INFO(query << ": linear " << expected.size() << ", index " << found.size());
            CHECK(found == expected);
            CHECK_FALSE(result.more);
        }
    }
    SECTION("several words: best tier first, then the language's order, and a limit cuts that list")
    {
        for (const char* language : { "kk", "ru" }) {
            const QString lang = QString::fromLatin1(language);
            for (const char* query : { "Айгерім С", "anna i", "ксения х", "zhum a", "Ахмедова Х", "а б",
                     "Qasymova A", "marzhan y" }) {
                INFO(language << " " << query);
                const QString text = QString::fromUtf8(query);
                const NamesSearchResult all = index->search(text, lang, int(records.size()));
                for (int i = 1; i < all.matches.size(); ++i) {
                    const NameMatch& a = all.matches.at(i - 1);
                    const NameMatch& b = all.matches.at(i);
                    REQUIRE((a.tier < b.tier
                        || (a.tier == b.tier && index->rowOf(lang, a.record) < index->rowOf(lang, b.record))));
                }
                const NamesSearchResult first = index->search(text, lang, 40);
                CHECK(first.more == (all.matches.size() > 40));
                REQUIRE(first.matches.size() == std::min<qsizetype>(40, all.matches.size()));
                for (int i = 0; i < first.matches.size(); ++i)
                    CHECK(first.matches.at(i).record == all.matches.at(i).record);
            }
        }
    }
    SECTION("a short prefix stops at the limit, in tier and alphabetical order")
    {
        const NamesSearchResult result = index->search(QStringLiteral("а"), QStringLiteral("kk"), 100);
        CHECK(result.matches.size() == 100);
        CHECK(result.more);
        for (int i = 1; i < result.matches.size(); ++i) {
            const NameMatch& a = result.matches.at(i - 1);
            const NameMatch& b = result.matches.at(i);
            CHECK((a.tier < b.tier
                || (a.tier == b.tier
                    && index->rowOf(QStringLiteral("kk"), a.record) < index->rowOf(QStringLiteral("kk"), b.record))));
        }
    }
}

TEST_CASE("The search service builds the index in the background and says when it is ready")
{
    NamesSearchService service;
    auto content = std::make_shared<Content>();
    content->names = NamesFixture::records();
    QSignalSpy ready(&service, &NamesSearchService::ready);
    service.setContent(content);
    CHECK(service.index() == nullptr); // never built on the caller's thread
    REQUIRE(TestSupport::waitFor([&] { return ready.count() == 1; }, 10000));
    REQUIRE(service.index() != nullptr);
    CHECK(service.index()->size() == content->names.size());

    // A new snapshot with the same names keeps the index; new names get a new one.
    const auto first = service.index();
    auto sameNames = std::make_shared<Content>(*content);
    service.setContent(sameNames);
    CHECK(service.index() == first);
    auto otherNames = std::make_shared<Content>();
    otherNames->names = { NamesFixture::name(1, "Ким", "Анна", "") };
    service.setContent(otherNames);
    CHECK(service.index() == nullptr);
    service.setContent(content); // changed again before the build ended: the newest wins
    REQUIRE(TestSupport::waitFor([&] { return ready.count() == 2; }, 10000));
    CHECK(service.index()->size() == content->names.size());
    CHECK_FALSE(service.isBuilding());
}
