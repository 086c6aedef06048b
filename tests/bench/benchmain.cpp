// alzhir-bench: the project's Google Benchmark suites (each suite is one bench_*.cpp file), plus
//   alzhir-bench --generate-names N FILE   writes a synthetic placeholder names list (CSV).
// Everything else on the command line goes to Google Benchmark (--benchmark_filter=...).
#include "namesgenerator.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <cstring>

namespace {

int generateNames(const char* countText, const char* path)
{
    bool ok = false;
    const int count = QByteArray(countText).toInt(&ok);
    if (!ok || count < 1) {
        std::fprintf(stderr, "alzhir-bench: --generate-names needs a positive number of names, not \"%s\"\n", countText);
        return 64;
    }
    QSaveFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "alzhir-bench: cannot write %s: %s\n", path, qPrintable(file.errorString()));
        return 1;
    }
    file.write(NamesGenerator::toCsv(NamesGenerator().generate(count)));
    if (!file.commit()) {
        std::fprintf(stderr, "alzhir-bench: cannot write %s: %s\n", path, qPrintable(file.errorString()));
        return 1;
    }
    std::fprintf(stdout, "%d sample names written to %s\n", count, path);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "--generate-names") == 0) {
        if (argc != 4) {
            std::fprintf(stderr, "usage: alzhir-bench --generate-names N FILE\n");
            return 64;
        }
        return generateNames(argv[2], argv[3]);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 64;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
