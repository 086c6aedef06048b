#include "nameslistparser.h"

#include "csvreader.h"

#include <QSet>

namespace {

enum Column { Number, Surname, GivenName, Patronymic, BirthYear, Origin, CampYears, Fate, Notes, Latin, Panel,
    Row, ColumnCount };

const QStringList& columnNames()
{
    static const QStringList names { QStringLiteral("number"), QStringLiteral("surname"),
        QStringLiteral("given_name"), QStringLiteral("patronymic"), QStringLiteral("birth_year"),
        QStringLiteral("origin"), QStringLiteral("camp_years"), QStringLiteral("fate"), QStringLiteral("notes"),
        QStringLiteral("latin"), QStringLiteral("panel"), QStringLiteral("row") };
    return names;
}

QString lineLocation(int first, int last = 0)
{
    if (last > first)
        return QStringLiteral("lines %1-%2").arg(first).arg(last);
    return QStringLiteral("line %1").arg(first);
}

// "Given name", "given-name" and "GIVEN_NAME" all name the column given_name.
QString normalizedHeader(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

const QString encodingFix = QStringLiteral(
    "Save the file as \"CSV UTF-8\": in LibreOffice Calc choose Save As, Text CSV, character set "
    "Unicode (UTF-8); in Excel choose \"CSV UTF-8 (comma delimited)\". "
    "`iconv -f cp1251 -t utf-8 old.csv > names.csv` converts a cp1251 file.");

const QString quotingFix = QStringLiteral(
    "A field with a comma, a quote mark or a line break must be inside double quotes, and a quote mark inside "
    "it is written twice: \"Ivanova, Anna \"\"Anya\"\"\".");

// Collects row problems, listing the first few one by one and counting the rest.
class RowReporter
{
public:
    RowReporter(const QString& fileName, ContentProblems* problems)
        : m_fileName(fileName)
        , m_problems(problems)
    {
    }

    void skip(const CsvReader::Row& row, const QString& what, const QString& fix)
    {
        note(row, what + QStringLiteral("; the row is skipped"), fix);
    }

    void note(const CsvReader::Row& row, const QString& what, const QString& fix)
    {
        if (++m_count <= NamesListParser::MaxReportedRows)
            m_problems->append(ContentProblem::warning(m_fileName, lineLocation(row.line, row.lastLine), what, fix));
        else
            m_lastLine = row.line;
    }

    void finish()
    {
        if (m_count > NamesListParser::MaxReportedRows)
            m_problems->append(ContentProblem::warning(m_fileName, QString(),
                QStringLiteral("%1 more rows, up to line %2, have problems of the same kinds (skipped rows, "
                               "numbers used twice)")
                    .arg(m_count - NamesListParser::MaxReportedRows)
                    .arg(m_lastLine),
                QStringLiteral("Fix the rows listed above, then check the file again.")));
    }

private:
    QString m_fileName;
    ContentProblems* m_problems;
    int m_count = 0;
    int m_lastLine = 0;
};

// "unknown columns "a", "b" and 3 more are ignored": one warning however wide the header is.
QString quotedList(const QStringList& names)
{
    constexpr int shown = 8;
    QStringList quoted;
    for (int i = 0; i < names.size() && i < shown; ++i)
        quoted.append(names.at(i).trimmed().isEmpty() ? QStringLiteral("(a column without a name)")
                                                      : QLatin1Char('"') + names.at(i) + QLatin1Char('"'));
    QString text = quoted.join(QStringLiteral(", "));
    if (names.size() > shown)
        text += QStringLiteral(" and %1 more").arg(names.size() - shown);
    return text;
}

void reportHeaderColumns(const QStringList& unknown, const QStringList& doubled, const QString& fileName, int line,
    ContentProblems* problems)
{
    const QString fix = QStringLiteral("Use the column names from the staff guide: %1.")
                            .arg(columnNames().join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        problems->append(ContentProblem::warning(fileName, lineLocation(line),
            unknown.size() == 1 ? QStringLiteral("unknown column %1 is ignored").arg(quotedList(unknown))
                                : QStringLiteral("unknown columns %1 are ignored").arg(quotedList(unknown)),
            fix));
    if (!doubled.isEmpty())
        problems->append(ContentProblem::warning(fileName, lineLocation(line),
            QStringLiteral("these columns appear twice and their second copy is ignored: %1").arg(quotedList(doubled)),
            fix));
}

} // namespace

const QStringList& NamesListParser::knownColumns()
{
    return columnNames();
}

NamesListParser::Result NamesListParser::parse(const QByteArray& bytes, const QString& fileName)
{
    Result result;
    const CsvReader::Result csv = CsvReader::parse(bytes);
    if (!csv.ok()) {
        result.problems.append(ContentProblem::error(fileName, lineLocation(csv.errorLine), csv.error,
            csv.encodingError ? encodingFix : quotingFix));
        return result;
    }
    if (csv.rows.isEmpty()) {
        result.problems.append(ContentProblem::error(fileName, QString(), QStringLiteral("the names list is empty"),
            QStringLiteral("Put a header row (surname,given_name,...) and one row for each name.")));
        return result;
    }

    // Header: map each known column to its index.
    const CsvReader::Row& header = csv.rows.constFirst();
    if (header.fields.size() == 1
        && (header.fields.constFirst().contains(QLatin1Char(';')) || header.fields.constFirst().contains(QLatin1Char('\t')))) {
        result.problems.append(ContentProblem::error(fileName, lineLocation(header.line),
            QStringLiteral("the columns are separated by semicolons or tabs, not by commas"),
            QStringLiteral("Save the file as CSV with commas as separators: in LibreOffice Calc choose Save As, "
                           "Text CSV, field delimiter \",\"; in Excel choose \"CSV UTF-8 (comma delimited)\".")));
        return result;
    }
    QList<int> index(ColumnCount, -1);
    QStringList unknown;
    QStringList doubled;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString& name = header.fields.at(i);
        const int column = int(columnNames().indexOf(normalizedHeader(name)));
        if (column < 0)
            unknown.append(name);
        else if (index[column] >= 0)
            doubled.append(name);
        else
            index[column] = i;
    }
    reportHeaderColumns(unknown, doubled, fileName, header.line, &result.problems);
    if (index[Surname] < 0 || index[GivenName] < 0) {
        result.problems.append(ContentProblem::error(fileName, lineLocation(header.line),
            QStringLiteral("the header row has no \"surname\" or no \"given_name\" column"),
            QStringLiteral("The first row must name the columns, at least: surname,given_name.")));
        return result;
    }

    RowReporter skipped(fileName, &result.problems);
    QSet<int> numbers;
    const qsizetype width = header.fields.size();
    result.records.reserve(csv.rows.size() - 1);
    for (qsizetype r = 1; r < csv.rows.size(); ++r) {
        const CsvReader::Row& row = csv.rows.at(r);
        if (!row.error.isEmpty()) {
            skipped.skip(row, row.error, quotingFix);
            continue;
        }
        if (row.fields.size() != width) {
            skipped.skip(row,
                QStringLiteral("this row has %1 fields but the header has %2").arg(row.fields.size()).arg(width),
                QStringLiteral("Put double quotes around fields that contain commas, and check for a missing or "
                               "extra comma."));
            continue;
        }
        auto field = [&](Column c) { return index[c] < 0 ? QString() : row.fields.at(index[c]).trimmed(); };
        NameRecord record;
        record.surname = field(Surname);
        record.givenName = field(GivenName);
        if (record.surname.isEmpty() && record.givenName.isEmpty()) {
            skipped.skip(row, QStringLiteral("this row has neither a surname nor a given name"),
                QStringLiteral("Fill in the name or delete the row."));
            continue;
        }
        bool numberOk = false;
        const QString numberText = field(Number);
        const int number = numberText.toInt(&numberOk);
        if (!numberText.isEmpty() && (!numberOk || number <= 0 || numbers.contains(number)))
            skipped.note(row,
                numberOk && number > 0 ? QStringLiteral("the number %1 is used twice").arg(number)
                                       : QStringLiteral("\"%1\" is not a positive whole number").arg(numberText),
                QStringLiteral("Give each name its own number, or leave the column empty to number rows in order."));
        record.number = numberOk && number > 0 && !numbers.contains(number) ? number : int(r);
        numbers.insert(record.number);
        record.patronymic = field(Patronymic);
        record.birthYear = field(BirthYear);
        record.origin = field(Origin);
        record.campYears = field(CampYears);
        record.fate = field(Fate);
        record.notes = field(Notes);
        record.latin = field(Latin);
        record.panel = field(Panel);
        record.row = field(Row);
        result.records.append(std::move(record));
    }
    skipped.finish();
    if (result.records.isEmpty())
        result.problems.append(ContentProblem::warning(fileName, QString(),
            QStringLiteral("the names list has no usable row; the Wall of Memory will show no names"),
            QStringLiteral("Add one row for each name under the header row (see the staff guide).")));
    return result;
}
