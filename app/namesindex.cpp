#include "namesindex.h"

#include "language.h"
#include "logging.h"
#include "namefolding.h"
#include "searchkey.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <numeric>

namespace {

constexpr uint32_t NoValue = UINT32_MAX;
enum Field { Surname, GivenName, Patronymic, Latin, FieldCount };

// The letter a name is filed under on the jump bar: the first letter of the surname (else of the
// given name), in capitals.
QChar fileLetter(const NameRecord& record)
{
    const QString& name = record.surname.isEmpty() ? record.givenName : record.surname;
    for (QChar c : name) {
        if (c.isLetter())
            return c.toUpper();
    }
    return QChar(u'#');
}

} // namespace

struct NamesIndex::Builder
{
    explicit Builder(NamesIndex& target)
        : index(target)
    {
    }

    NamesIndex& index;
    QHash<QString, uint32_t> valueIds;
    std::vector<QString> values;
    std::vector<bool> sorted; // the value is a surname, given name or patronymic (not only a Latin spelling)
    std::vector<uint32_t> valueTermStart { 0 };
    std::vector<uint32_t> valueTerms;
    QHash<QString, uint32_t> termIds;
    std::vector<std::array<uint32_t, FieldCount>> recordValues;
    std::vector<QChar> recordLetters; // the jump-bar letter of each record
    std::vector<uint32_t> firstPosting; // m_recordTerms index -> its posting in the first ordering

    uint32_t internTerm(const QString& word)
    {
        const QString lower = word.toLower();
        const auto it = termIds.constFind(lower);
        if (it != termIds.constEnd())
            return it.value();
        const auto id = uint32_t(index.m_termLower.size());
        index.m_termLower.push_back(lower);
        termIds.insert(lower, id);
        return id;
    }

    uint32_t internValue(const QString& value, bool sortedBy)
    {
        if (value.isEmpty())
            return NoValue;
        const auto it = valueIds.constFind(value);
        if (it != valueIds.constEnd()) {
            if (sortedBy)
                sorted[it.value()] = true;
            return it.value();
        }
        const auto id = uint32_t(values.size());
        values.push_back(value);
        sorted.push_back(sortedBy);
        valueIds.insert(value, id);
        for (const QString& word : NameFolding::words(value))
            valueTerms.push_back(internTerm(word));
        valueTermStart.push_back(uint32_t(valueTerms.size()));
        return id;
    }

    void readRecords()
    {
        const qsizetype n = index.m_records.size();
        recordValues.resize(size_t(n));
        recordLetters.resize(size_t(n));
        index.m_recordTermStart.reserve(size_t(n) + 1);
        index.m_recordTermStart.push_back(0);
        index.m_recordTerms.reserve(size_t(n) * 4);
        for (qsizetype r = 0; r < n; ++r) {
            const NameRecord& record = index.m_records.at(r);
            recordLetters[size_t(r)] = fileLetter(record);
            auto& ids = recordValues[size_t(r)];
            ids = { internValue(record.surname, true), internValue(record.givenName, true),
                internValue(record.patronymic, true), internValue(record.latin, false) };
            const size_t first = index.m_recordTerms.size();
            for (uint32_t value : ids) {
                if (value == NoValue)
                    continue;
                for (uint32_t t = valueTermStart[value]; t < valueTermStart[value + 1]; ++t) {
                    const uint32_t term = valueTerms[t];
                    const auto begin = index.m_recordTerms.begin() + qsizetype(first);
                    if (std::find(begin, index.m_recordTerms.end(), term) == index.m_recordTerms.end())
                        index.m_recordTerms.push_back(term);
                }
            }
            index.m_recordTermStart.push_back(uint32_t(index.m_recordTerms.size()));
            index.m_numbers.emplace_back(record.number, uint32_t(r));
        }
        std::sort(index.m_numbers.begin(), index.m_numbers.end());
    }

    void indexTerms()
    {
        const size_t termCount = index.m_termLower.size();
        index.m_keys.reserve(termCount * 2, termCount * 24);
        index.m_termSignature.assign(termCount, 0);
        for (uint32_t term = 0; term < termCount; ++term) {
            for (const std::string& key : SearchKey::forName(index.m_termLower[term])) {
                index.m_keys.add(key, term);
                index.m_termSignature[term] |= termSignature(index.m_termLower[term], key);
            }
        }
        index.m_keys.finish();

        index.m_termsByLower.resize(termCount);
        std::iota(index.m_termsByLower.begin(), index.m_termsByLower.end(), 0u);
        std::sort(index.m_termsByLower.begin(), index.m_termsByLower.end(),
            [this](uint32_t a, uint32_t b) { return index.m_termLower[a] < index.m_termLower[b]; });

        index.m_postingStart.assign(termCount + 1, 0);
        for (uint32_t term : index.m_recordTerms)
            ++index.m_postingStart[term + 1];
        std::partial_sum(index.m_postingStart.begin(), index.m_postingStart.end(), index.m_postingStart.begin());
    }

    // The alphabetical rank of every distinct name value in a language (0: none, or a Latin spelling).
    std::vector<uint32_t> valueRanks(const QString& language) const
    {
        QCollator collator { QLocale(Language::localeName(language)) };
        std::vector<uint32_t> byOrder;
        std::vector<QCollatorSortKey> keys;
        std::vector<uint32_t> keyOf(values.size(), 0);
        for (uint32_t value = 0; value < values.size(); ++value) {
            if (!sorted[value])
                continue;
            keyOf[value] = uint32_t(keys.size());
            keys.push_back(collator.sortKey(values[value]));
            byOrder.push_back(value);
        }
        std::sort(byOrder.begin(), byOrder.end(), [&keys, &keyOf](uint32_t a, uint32_t b) {
            const int order = keys[keyOf[a]].compare(keys[keyOf[b]]);
            return order != 0 ? order < 0 : a < b;
        });
        std::vector<uint32_t> ranks(values.size(), 0);
        for (size_t i = 0; i < byOrder.size(); ++i)
            ranks[byOrder[i]] = uint32_t(i + 1);
        return ranks;
    }

    // Rows sorted by (surname, given name, patronymic) ranks, then the record number.
    std::vector<uint32_t> sortRows(const std::vector<uint32_t>& ranks) const
    {
        // Three ranks fit one 64-bit key while there are fewer than 2^21 names to sort; beyond that
        // (never seen: a list of 18,000 has a few thousand) surnames alone decide, then the number.
        const bool packed = std::all_of(ranks.begin(), ranks.end(), [](uint32_t r) { return r < (1u << 21); });
        const auto rankOf = [&ranks](uint32_t value) { return value == NoValue ? 0ull : uint64_t(ranks[value]); };
        struct SortEntry
        {
            uint64_t names;  // surname, given name and patronymic ranks, 21 bits each
            uint64_t number; // record number, then record index
            bool operator<(const SortEntry& other) const
            {
                return names != other.names ? names < other.names : number < other.number;
            }
        };
        std::vector<SortEntry> entries(recordValues.size());
        for (size_t r = 0; r < recordValues.size(); ++r) {
            const auto& ids = recordValues[r];
            const auto number = uint64_t(uint32_t(index.m_records.at(qsizetype(r)).number));
            entries[r] = { packed ? (rankOf(ids[Surname]) << 42) | (rankOf(ids[GivenName]) << 21) | rankOf(ids[Patronymic])
                                  : rankOf(ids[Surname]),
                (number << 32) | r };
        }
        std::sort(entries.begin(), entries.end());
        std::vector<uint32_t> order(entries.size());
        for (size_t row = 0; row < entries.size(); ++row)
            order[row] = uint32_t(entries[row].number & 0xFFFFFFFFu);
        return order;
    }

    // Beside posting `at` (of record term `self`, among the record's terms [begin, end)), the
    // record's other terms; MoreTerms in the last slot when they do not fit.
    void writeCoTerms(uint32_t at, uint32_t begin, uint32_t end, uint32_t self)
    {
        uint32_t* co = index.m_coTerms.data() + size_t(at) * CoWidth;
        size_t filled = 0;
        for (uint32_t j = begin; j < end; ++j) {
            if (j == self)
                continue;
            if (filled == CoWidth) {
                co[CoWidth - 1] = MoreTerms;
                return;
            }
            co[filled++] = index.m_recordTerms[j];
        }
    }

    // The ordering of a language: its rows, the postings by row and each row's terms.
    void orderLanguage(int lang)
    {
        const QString language = Language::all().at(lang);
        std::vector<uint32_t> order = sortRows(valueRanks(language));
        for (size_t i = 0; i < index.m_orderings.size(); ++i) {
            if (index.m_orderings[i].order == order) { // the same alphabet for these names: share it
                index.m_orderingOf[size_t(lang)] = i;
                index.m_initials[size_t(lang)] = initials(language, order);
                return;
            }
        }
        Ordering ordering;
        ordering.order = std::move(order);
        const size_t n = ordering.order.size();
        ordering.rank.resize(n);
        ordering.postings.resize(index.m_recordTerms.size());
        ordering.signatures.resize(index.m_recordTerms.size());
        const bool first = index.m_orderings.empty();
        if (first) {
            index.m_coTerms.assign(index.m_recordTerms.size() * CoWidth, NoTerm);
            firstPosting.resize(index.m_recordTerms.size());
        } else {
            ordering.toFirst.resize(index.m_recordTerms.size());
        }
        std::vector<uint32_t> cursor(index.m_postingStart.begin(), index.m_postingStart.end() - 1);
        for (size_t row = 0; row < n; ++row) {
            const uint32_t record = ordering.order[row];
            ordering.rank[record] = uint32_t(row);
            const uint32_t begin = index.m_recordTermStart[record];
            const uint32_t end = index.m_recordTermStart[record + 1];
            uint64_t signature = 0;
            for (uint32_t i = begin; i < end; ++i)
                signature |= index.m_termSignature[index.m_recordTerms[i]];
            for (uint32_t i = begin; i < end; ++i) {
                const uint32_t term = index.m_recordTerms[i];
                const uint32_t at = cursor[term]++;
                ordering.postings[at] = uint32_t(row);
                ordering.signatures[at] = signature;
                if (!first) {
                    ordering.toFirst[at] = firstPosting[i];
                    continue;
                }
                firstPosting[i] = at;
                writeCoTerms(at, begin, end, i);
            }
        }
        ordering.termRows.assign(index.m_termLower.size(), { UINT32_MAX, 0 });
        for (size_t term = 0; term < index.m_termLower.size(); ++term) {
            const uint32_t begin = index.m_postingStart[term];
            const uint32_t end = index.m_postingStart[term + 1];
            if (begin != end)
                ordering.termRows[term] = { ordering.postings[begin], ordering.postings[end - 1] };
        }
        index.m_initials[size_t(lang)] = initials(language, ordering.order);
        index.m_orderingOf[size_t(lang)] = index.m_orderings.size();
        index.m_orderings.push_back(std::move(ordering));
    }

    // Where each initial letter starts; letters equal at the collation's primary strength (Е and
    // Ё in Russian) share one entry, letters the language tells apart (Ә after А in Kazakh) do not.
    QVector<Initial> initials(const QString& language, const std::vector<uint32_t>& order) const
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> primary(icu::Collator::createInstance(
            icu::Locale(Language::localeName(language).toLatin1().constData()), status));
        if (U_SUCCESS(status))
            primary->setStrength(icu::Collator::PRIMARY);
        else
            primary.reset();
        const auto sameLetter = [&primary](const QString& a, const QString& b) {
            if (!primary)
                return a == b;
            const icu::UnicodeString ua(reinterpret_cast<const UChar*>(a.utf16()), int32_t(a.size()));
            const icu::UnicodeString ub(reinterpret_cast<const UChar*>(b.utf16()), int32_t(b.size()));
            UErrorCode error = U_ZERO_ERROR;
            return primary->compare(ua, ub, error) == UCOL_EQUAL;
        };
        QVector<Initial> result;
        QChar previous;
        for (size_t row = 0; row < order.size(); ++row) {
            const QChar letter = recordLetters[order[row]];
            if (letter == previous)
                continue;
            previous = letter;
            if (result.isEmpty() || !sameLetter(QString(letter), result.constLast().letter))
                result.append({ QString(letter), int(row) });
        }
        return result;
    }
};

std::shared_ptr<const NamesIndex> NamesIndex::build(const QVector<NameRecord>& records)
{
    QElapsedTimer timer;
    timer.start();
    auto index = std::make_shared<NamesIndex>();
    index->m_records = records;
    Builder builder(*index);
    builder.readRecords();
    builder.indexTerms();
    for (int lang = 0; lang < LanguageCount; ++lang)
        builder.orderLanguage(lang);
    qCInfo(lcSearch) << "names index:" << records.size() << "names," << index->termCount() << "terms,"
                     << index->m_keys.size() << "keys," << index->memoryBytes() / 1024 << "KiB in"
                     << timer.elapsed() << "ms";
    return index;
}

uint64_t NamesIndex::termSignature(QStringView lower, std::string_view key)
{
    uint64_t bits = 0;
    if (!lower.isEmpty())
        bits |= uint64_t(1) << (lower.front().unicode() % 20);
    if (!key.empty()) {
        const auto letter = [](char c) { return c >= 'a' && c <= 'z' ? unsigned(c - 'a') : 26u; };
        const unsigned first = letter(key[0]);
        const unsigned second = key.size() > 1 ? letter(key[1]) + 1 : 0;
        bits |= uint64_t(1) << (20 + first % 20);
        bits |= uint64_t(1) << (40 + (first * 28 + second) % 24);
    }
    return bits;
}

int NamesIndex::languageIndex(const QString& language)
{
    const qsizetype i = Language::all().indexOf(language);
    return i >= 0 && i < LanguageCount ? int(i) : 0;
}

int NamesIndex::recordAt(const QString& language, int row) const
{
    if (m_orderings.empty())
        return -1;
    const auto& order = ordering(languageIndex(language)).order;
    return row >= 0 && size_t(row) < order.size() ? int(order[size_t(row)]) : -1;
}

int NamesIndex::rowOf(const QString& language, int record) const
{
    if (m_orderings.empty())
        return -1;
    const auto& rank = ordering(languageIndex(language)).rank;
    return record >= 0 && size_t(record) < rank.size() ? int(rank[size_t(record)]) : -1;
}

const QVector<NamesIndex::Initial>& NamesIndex::initials(const QString& language) const
{
    return m_initials[size_t(languageIndex(language))];
}

std::pair<const uint32_t*, const uint32_t*> NamesIndex::postings(int lang, uint32_t term) const
{
    const uint32_t* base = ordering(lang).postings.data();
    return { base + m_postingStart[term], base + m_postingStart[term + 1] };
}

size_t NamesIndex::memoryBytes() const
{
    size_t bytes = sizeof(NamesIndex) + m_keys.memoryBytes();
    for (const QString& term : m_termLower)
        bytes += sizeof(QString) + 32 + size_t(term.capacity()) * 2; // 32: array header and heap overhead
    const auto vectorBytes = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    bytes += vectorBytes(m_termLower) + vectorBytes(m_termsByLower) + vectorBytes(m_postingStart)
        + vectorBytes(m_recordTermStart) + vectorBytes(m_recordTerms) + vectorBytes(m_numbers)
        + vectorBytes(m_orderings) + vectorBytes(m_coTerms) + vectorBytes(m_termSignature);
    for (const Ordering& o : m_orderings)
        bytes += vectorBytes(o.order) + vectorBytes(o.rank) + vectorBytes(o.postings) + vectorBytes(o.toFirst)
            + vectorBytes(o.signatures) + vectorBytes(o.termRows);
    for (const auto& initials : m_initials) {
        for (const Initial& initial : initials)
            bytes += sizeof(Initial) + size_t(initial.letter.capacity()) * 2 + 32;
    }
    return bytes;
}
