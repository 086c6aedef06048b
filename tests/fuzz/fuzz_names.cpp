// libFuzzer target: the names list (CSV) as staff might save it, read by CsvReader and
// NamesListParser.
#include "csvreader.h"
#include "nameslistparser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvReader::Result csv = CsvReader::parse(bytes);
    int previousLine = 0;
    for (const CsvReader::Row& row : csv.rows) {
        // Rows come in order, each on its own lines, never empty of fields.
        if (row.line <= previousLine || row.lastLine < row.line || row.fields.isEmpty())
            std::abort();
        previousLine = row.lastLine;
    }
    if (!csv.ok() && csv.errorLine < 1)
        std::abort();
    const NamesListParser::Result names = NamesListParser::parse(bytes, QStringLiteral("names.csv"));
    if (names.records.size() > csv.rows.size())
        std::abort();
    for (const NameRecord& record : names.records) {
        if (record.surname.isEmpty() && record.givenName.isEmpty())
            std::abort();
        if (record.number <= 0)
            std::abort();
    }
    qsizetype rowProblems = 0;
    for (const ContentProblem& p : names.problems)
        rowProblems += p.location.startsWith(QLatin1String("line")) ? 1 : 0;
    if (rowProblems > NamesListParser::MaxReportedRows + 20 + 2 * names.records.size() + 2)
        std::abort(); // the report stays bounded
    return 0;
}
