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
QString fileLetter(const NameRecord& record)
{
    const QString& name = record.surname.isEmpty() ? record.givenName : record.surname;
    for (QChar c : name) {
        if (c.isLetter())
            return QString(c).toUpper();
    }
    return QStringLiteral("#");
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
    std::vector<uint32_t> valueTermStart { 0 };
    std::vector<uint32_t> valueTerms;
    QHash<QString, uint32_t> termIds;
    std::vector<std::array<uint32_t, FieldCount>> recordValues;

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

    uint32_t internValue(const QString& value)
    {
        if (value.isEmpty())
            return NoValue;
        const auto it = valueIds.constFind(value);
        if (it != valueIds.constEnd())
            return it.value();
        const auto id = uint32_t(values.size());
        values.push_back(value);
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
        index.m_recordTermStart.reserve(size_t(n) + 1);
        index.m_recordTermStart.push_back(0);
        index.m_recordTerms.reserve(size_t(n) * 4);
        for (qsizetype r = 0; r < n; ++r) {
            const NameRecord& record = index.m_records.at(r);
            auto& ids = recordValues[size_t(r)];
            ids = { internValue(record.surname), internValue(record.givenName), internValue(record.patronymic),
                internValue(record.latin) };
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
        for (uint32_t term = 0; term < termCount; ++term) {
            for (const std::string& key : SearchKey::forName(index.m_termLower[term]))
                index.m_keys.add(key, term);
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

    // The alphabetical rank of every distinct value in a language (0 for "no value").
    std::vector<uint32_t> valueRanks(const QString& language) const
    {
        QCollator collator { QLocale(Language::localeName(language)) };
        std::vector<QCollatorSortKey> keys;
        keys.reserve(values.size());
        for (const QString& value : values)
            keys.push_back(collator.sortKey(value));
        std::vector<uint32_t> byOrder(values.size());
        std::iota(byOrder.begin(), byOrder.end(), 0u);
        std::sort(byOrder.begin(), byOrder.end(), [&keys](uint32_t a, uint32_t b) {
            const int order = keys[a].compare(keys[b]);
            return order != 0 ? order < 0 : a < b;
        });
        std::vector<uint32_t> ranks(values.size());
        for (size_t i = 0; i < byOrder.size(); ++i)
            ranks[byOrder[i]] = uint32_t(i + 1);
        return ranks;
    }

    void orderLanguage(int lang)
    {
        const QString language = Language::all().at(lang);
        const std::vector<uint32_t> ranks = valueRanks(language);
        const auto rankOf = [&ranks](uint32_t value) { return value == NoValue ? 0u : ranks[value]; };
        struct SortEntry
        {
            uint32_t surname, given, patronymic;
            int number;
            uint32_t record;
        };
        std::vector<SortEntry> entries(recordValues.size());
        for (size_t r = 0; r < recordValues.size(); ++r) {
            const auto& ids = recordValues[r];
            entries[r] = { rankOf(ids[Surname]), rankOf(ids[GivenName]), rankOf(ids[Patronymic]),
                index.m_records.at(qsizetype(r)).number, uint32_t(r) };
        }
        std::sort(entries.begin(), entries.end(), [](const SortEntry& a, const SortEntry& b) {
            return std::tie(a.surname, a.given, a.patronymic, a.number, a.record)
                < std::tie(b.surname, b.given, b.patronymic, b.number, b.record);
        });

        auto& order = index.m_order[size_t(lang)];
        auto& rank = index.m_rank[size_t(lang)];
        order.resize(entries.size());
        rank.resize(entries.size());
        for (size_t row = 0; row < entries.size(); ++row) {
            order[row] = entries[row].record;
            rank[entries[row].record] = uint32_t(row);
        }

        auto& postings = index.m_postings[size_t(lang)];
        postings.resize(index.m_recordTerms.size());
        std::vector<uint32_t> cursor(index.m_postingStart.begin(), index.m_postingStart.end() - 1);
        for (size_t row = 0; row < order.size(); ++row) {
            const uint32_t record = order[row];
            for (uint32_t i = index.m_recordTermStart[record]; i < index.m_recordTermStart[record + 1]; ++i)
                postings[cursor[index.m_recordTerms[i]]++] = uint32_t(row);
        }
        index.m_initials[size_t(lang)] = initials(language, order);
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
        QString previous;
        for (size_t row = 0; row < order.size(); ++row) {
            const QString letter = fileLetter(index.m_records.at(qsizetype(order[row])));
            if (letter == previous)
                continue;
            previous = letter;
            if (result.isEmpty() || !sameLetter(letter, result.constLast().letter))
                result.append({ letter, int(row) });
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

int NamesIndex::languageIndex(const QString& language)
{
    const qsizetype i = Language::all().indexOf(language);
    return i >= 0 && i < LanguageCount ? int(i) : 0;
}

int NamesIndex::recordAt(const QString& language, int row) const
{
    const auto& order = m_order[size_t(languageIndex(language))];
    return row >= 0 && size_t(row) < order.size() ? int(order[size_t(row)]) : -1;
}

int NamesIndex::rowOf(const QString& language, int record) const
{
    const auto& rank = m_rank[size_t(languageIndex(language))];
    return record >= 0 && size_t(record) < rank.size() ? int(rank[size_t(record)]) : -1;
}

const QVector<NamesIndex::Initial>& NamesIndex::initials(const QString& language) const
{
    return m_initials[size_t(languageIndex(language))];
}

std::pair<const uint32_t*, const uint32_t*> NamesIndex::postings(int lang, uint32_t term) const
{
    const uint32_t* base = m_postings[size_t(lang)].data();
    return { base + m_postingStart[term], base + m_postingStart[term + 1] };
}

size_t NamesIndex::memoryBytes() const
{
    size_t bytes = sizeof(NamesIndex) + m_keys.memoryBytes();
    for (const QString& term : m_termLower)
        bytes += sizeof(QString) + 32 + size_t(term.capacity()) * 2; // 32: array header and heap overhead
    const auto vectorBytes = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    bytes += vectorBytes(m_termsByLower) + vectorBytes(m_postingStart) + vectorBytes(m_recordTermStart)
        + vectorBytes(m_recordTerms) + vectorBytes(m_numbers);
    for (int lang = 0; lang < LanguageCount; ++lang) {
        bytes += vectorBytes(m_postings[size_t(lang)]) + vectorBytes(m_order[size_t(lang)])
            + vectorBytes(m_rank[size_t(lang)]);
        for (const Initial& initial : m_initials[size_t(lang)])
            bytes += sizeof(Initial) + size_t(initial.letter.capacity()) * 2 + 32;
    }
    return bytes;
}
