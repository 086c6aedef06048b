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
        // Rows come in order, each on its own lines; only a row with a quoting mistake may have no fields.
        if (row.line <= previousLine || row.lastLine < row.line || (row.error.isEmpty() && row.fields.isEmpty()))
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
    // The report stays bounded: MaxReportedRows rows, a count of the rest, two about the header,
    // one about an empty list.
    if (names.problems.size() > NamesListParser::MaxReportedRows + 4)
        std::abort();
    return 0;
}
