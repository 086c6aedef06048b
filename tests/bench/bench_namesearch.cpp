// Wall of Memory search benchmarks (docs/benchmarks.md, "Wall of Memory search"): index build
// time and memory, and per-keystroke latency of the names index beside SQLite FTS5 (trigram) and a
// linear scan, on synthetic lists of 20,000 and 1,000,000 names.
#include "namesearchengines.h"
#include "namesgenerator.h"
#include "namesindex.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>

namespace {

constexpr int ResultLimit = 100; // a screenful and more: what the results list asks for
constexpr int QueryTargets = 24; // names looked up per list; 48 queries, every keystroke of each

[[maybe_unused]] const bool quiet = [] {
    QLoggingCategory::setFilterRules(QStringLiteral("alzhir.search.info=false"));
    return true;
}();

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

const QVector<NameRecord>& names(int count)
{
    static std::map<int, QVector<NameRecord>> cache;
    auto it = cache.find(count);
    if (it == cache.end())
        it = cache.emplace(count, NamesGenerator(1938).generate(count)).first;
    return it->second;
}

const std::shared_ptr<const NamesIndex>& index(int count)
{
    static std::map<int, std::shared_ptr<const NamesIndex>> cache;
    auto it = cache.find(count);
    if (it == cache.end())
        it = cache.emplace(count, NamesIndex::build(names(count))).first;
    return it->second;
}

const TypedQueries& queries(int count)
{
    static std::map<int, TypedQueries> cache;
    auto it = cache.find(count);
    if (it == cache.end())
        it = cache.emplace(count, TypedQueries::forNames(*index(count), QueryTargets)).first;
    return it->second;
}

double threadCpuMicros()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

// Runs every keystroke once per iteration, timing each (wall clock and this thread's CPU time:
// on a busy machine the wall clock also counts the time other processes had the core), and
// reports the percentiles. ALZHIR_BENCH_SLOWEST=N prints the N slowest keystrokes (CPU).
template <typename Search>
void typeAll(benchmark::State& state, const QStringList& keystrokes, Search&& search)
{
    std::vector<double> wall;
    std::vector<std::pair<double, QString>> cpu;
    size_t hits = 0;
    for (auto _ : state) {
        for (const QString& keystroke : keystrokes) {
            const double cpuStart = threadCpuMicros();
            const auto start = std::chrono::steady_clock::now();
            const size_t found = search(keystroke);
            const auto end = std::chrono::steady_clock::now();
            cpu.emplace_back(threadCpuMicros() - cpuStart, keystroke);
            benchmark::DoNotOptimize(found);
            hits += found;
            wall.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        }
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const auto at = [](const auto& sorted, double q, auto value) {
        return sorted.empty() ? 0.0 : value(sorted[size_t(q * double(sorted.size() - 1))]);
    };
    const auto plain = [](double v) { return v; };
    const auto first = [](const std::pair<double, QString>& v) { return v.first; };
    state.counters["keystrokes"] = double(keystrokes.size());
    state.counters["p50_us"] = at(wall, 0.50, plain);
    state.counters["p99_us"] = at(wall, 0.99, plain);
    state.counters["cpu_p50_us"] = at(cpu, 0.50, first);
    state.counters["cpu_p99_us"] = at(cpu, 0.99, first);
    state.counters["cpu_max_us"] = cpu.empty() ? 0.0 : cpu.back().first;
    state.counters["hits_per_key"] = wall.empty() ? 0.0 : double(hits) / double(wall.size());
    const int slowest = qEnvironmentVariableIntValue("ALZHIR_BENCH_SLOWEST");
    for (int i = 0; i < slowest && i < int(cpu.size()); ++i) {
        const auto& [micros, query] = cpu[cpu.size() - 1 - size_t(i)];
        std::fprintf(stderr, "  %8.0f us  \"%s\"\n", micros, query.toUtf8().constData());
    }
}

void BM_IndexBuild(benchmark::State& state)
{
    const QVector<NameRecord>& records = names(int(state.range(0)));
    size_t bytes = 0;
    long rssGrowth = 0;
    int terms = 0;
    for (auto _ : state) {
        const long before = residentKiB();
        const auto built = NamesIndex::build(records);
        rssGrowth = std::max(rssGrowth, residentKiB() - before);
        bytes = built->memoryBytes();
        terms = built->termCount();
        benchmark::DoNotOptimize(built.get());
    }
    state.counters["index_MB"] = double(bytes) / 1e6;
    state.counters["rss_growth_MB"] = double(rssGrowth) / 1024.0;
    state.counters["terms"] = terms;
}

void BM_KeystrokeIndex(benchmark::State& state)
{
    const int count = int(state.range(0));
    const NamesIndex& idx = *index(count);
    idx.prepareSearchThread(); // as the Wall of Memory does when the index arrives
    typeAll(state, queries(count).keystrokes, [&idx](const QString& query) {
        return size_t(idx.search(query, QStringLiteral("kk"), ResultLimit).matches.size());
    });
}

void BM_KeystrokeFts5(benchmark::State& state)
{
    const int count = int(state.range(0));
    NameSearchBaselines::Fts5 fts(NameSearchBaselines::keyLines(*index(count)));
    if (!fts.ok()) {
        state.SkipWithError("SQLite FTS5 is not available");
        return;
    }
    typeAll(state, queries(count).keystrokes, [&fts](const QString& query) {
        return fts.search(NameSearchBaselines::queryKeys(query), ResultLimit).size();
    });
    state.counters["build_s"] = fts.buildSeconds();
    state.counters["db_MB"] = double(fts.databaseBytes()) / 1e6;
}

void BM_KeystrokeLinearScan(benchmark::State& state)
{
    const int count = int(state.range(0));
    const NameSearchBaselines::LinearScan scan(NameSearchBaselines::keyLines(*index(count)));
    typeAll(state, queries(count).keystrokes, [&scan](const QString& query) {
        return scan.search(NameSearchBaselines::queryKeys(query), ResultLimit).size();
    });
    state.counters["data_MB"] = double(scan.memoryBytes()) / 1e6;
}

// ALZHIR_BENCH_QUERY="query": that one query, over and over (for profiling a slow keystroke).
void BM_OneQuery(benchmark::State& state)
{
    const int count = int(state.range(0));
    const NamesIndex& idx = *index(count);
    const QString query = qEnvironmentVariable("ALZHIR_BENCH_QUERY");
    size_t found = 0;
    for (auto _ : state)
        found = size_t(idx.search(query, QStringLiteral("kk"), ResultLimit).matches.size());
    state.counters["hits"] = double(found);
}

} // namespace

BENCHMARK(BM_OneQuery)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_IndexBuild)->Arg(20'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_KeystrokeIndex)->Arg(20'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_KeystrokeFts5)->Arg(20'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_KeystrokeLinearScan)->Arg(20'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);
