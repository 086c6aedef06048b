// Content loading benchmarks (docs/benchmarks.md, "Content loading"): the names list at 100,000
// rows, the whole sample folder, and the watcher's scan.
#include "contentloader.h"
#include "csvreader.h"
#include "folderfingerprint.h"
#include "nameslistparser.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QLoggingCategory>
#include <QStringList>

namespace {

// The loader's progress lines would interleave with the table.
[[maybe_unused]] const bool quiet = [] {
    QLoggingCategory::setFilterRules(QStringLiteral("alzhir.content.info=false"));
    return true;
}();

// A synthetic names list: made-up placeholder names from syllables, with the quoting staff files
// have (commas and line breaks inside quotes in every tenth row). About 110 bytes a row.
QByteArray syntheticNames(int rows)
{
    static const QStringList stems { QStringLiteral("Образц"), QStringLiteral("Пример"), QStringLiteral("Тестов"),
        QStringLiteral("Шаблон"), QStringLiteral("Условн"), QStringLiteral("Макетн"), QStringLiteral("Пробн") };
    static const QStringList given { QStringLiteral("Анна"), QStringLiteral("Мария"), QStringLiteral("Әйгерім"),
        QStringLiteral("Ольга"), QStringLiteral("Гүлнар"), QStringLiteral("Зоя") };
    QByteArray csv = "\xEF\xBB\xBFnumber,surname,given_name,patronymic,birth_year,origin,camp_years,fate,notes\r\n";
    csv.reserve(qsizetype(rows) * 120);
    for (int i = 1; i <= rows; ++i) {
        const QString surname = stems.at(i % stems.size()) + QStringLiteral("ова-%1").arg(i);
        const QString notes = i % 10 == 0 ? QStringLiteral("\"sample, placeholder\r\nsecond line\"")
                                          : QStringLiteral("sample placeholder");
        csv += QStringLiteral("%1,%2,%3,Образцовна,%4,Placeholder town,1938–1943,sample,%5\r\n")
                   .arg(i)
                   .arg(surname, given.at(i % given.size()))
                   .arg(1890 + i % 30)
                   .arg(notes)
                   .toUtf8();
    }
    return csv;
}

const QByteArray& names100k()
{
    static const QByteArray csv = syntheticNames(100'000);
    return csv;
}

void csvReader100k(benchmark::State& state)
{
    const QByteArray& csv = names100k();
    for (auto _ : state) {
        CsvReader::Result result = CsvReader::parse(csv);
        benchmark::DoNotOptimize(result.rows.size());
    }
    state.SetBytesProcessed(state.iterations() * csv.size());
    state.counters["rows"] = 100'000;
}
BENCHMARK(csvReader100k)->Unit(benchmark::kMillisecond);

void namesList100k(benchmark::State& state)
{
    const QByteArray& csv = names100k();
    for (auto _ : state) {
        NamesListParser::Result result = NamesListParser::parse(csv, QStringLiteral("names.csv"));
        if (result.records.size() != 100'000)
            state.SkipWithError("not every row was read");
        benchmark::DoNotOptimize(result.records.data());
    }
    state.SetBytesProcessed(state.iterations() * csv.size());
    state.counters["rows"] = 100'000;
}
BENCHMARK(namesList100k)->Unit(benchmark::kMillisecond);

void sampleContentLoad(benchmark::State& state)
{
    for (auto _ : state) {
        ContentLoader::Result result = ContentLoader::load(QStringLiteral(ALZHIR_SOURCE_MEDIA_DIR));
        if (!result.ok())
            state.SkipWithError("the sample content does not load");
        benchmark::DoNotOptimize(result.content.get());
    }
}
BENCHMARK(sampleContentLoad)->Unit(benchmark::kMillisecond);

void sampleFolderScan(benchmark::State& state)
{
    for (auto _ : state) {
        FolderFingerprint fingerprint = FolderFingerprint::scan(QStringLiteral(ALZHIR_SOURCE_MEDIA_DIR));
        benchmark::DoNotOptimize(fingerprint.fileCount());
    }
}
BENCHMARK(sampleFolderScan)->Unit(benchmark::kMicrosecond);

} // namespace
