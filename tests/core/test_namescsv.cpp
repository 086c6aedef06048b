// The names list: RFC 4180 CSV in UTF-8, read by CsvReader and NamesListParser.
#include <catch2/catch.hpp>

#include "contentfixture.h"
#include "csvreader.h"
#include "nameslistparser.h"

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

QString problems(const NamesListParser::Result& r)
{
    QStringList lines;
    for (const ContentProblem& p : r.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("CSV: a BOM is skipped and CRLF, LF and CR line ends all work", "[csv]")
{
    for (const char* end : { "\r\n", "\n", "\r" }) {
        INFO(end);
        const QByteArray csv = QByteArray("\xEF\xBB\xBFsurname,given_name") + end + "Образцова,Анна" + end + "Тестова,Ольга";
        const CsvReader::Result r = CsvReader::parse(csv);
        REQUIRE(r.ok());
        REQUIRE(r.rows.size() == 3);
        CHECK(r.rows.at(0).fields.at(0) == str("surname"));
        CHECK(r.rows.at(2).line == 3);
        CHECK(r.rows.at(2).fields.at(1) == str("Ольга"));
    }
}

TEST_CASE("CSV: quoted fields keep commas, quotes and line breaks, and lines are counted through them", "[csv]")
{
    const CsvReader::Result r = CsvReader::parse("a,b\n\"1,2\",\"x\r\ny\"\n\"say \"\"hi\"\"\",\n\"\",last\n");
    REQUIRE(r.ok());
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows.at(1).fields == QStringList { str("1,2"), str("x\ny") });
    CHECK(r.rows.at(1).line == 2);
    CHECK(r.rows.at(1).lastLine == 3);
    CHECK(r.rows.at(2).fields == QStringList { str("say \"hi\""), QString() });
    CHECK(r.rows.at(2).line == 4);
    CHECK(r.rows.at(3).fields == QStringList { QString(), str("last") });
}

TEST_CASE("CSV: a bad row is reported and reading goes on at the next line", "[csv]")
{
    const CsvReader::Result r = CsvReader::parse("a,b\nx\"y,z\n\"q\"r,s\nok,1\n");
    REQUIRE(r.ok());
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows.at(1).error.contains(str("quote mark")));
    CHECK(r.rows.at(2).error.contains(str("after a closing quote")));
    CHECK(r.rows.at(3).error.isEmpty());
    CHECK(r.rows.at(3).line == 4);
}

TEST_CASE("CSV: encodings other than UTF-8 are refused with what they look like", "[csv]")
{
    const CsvReader::Result cp = CsvReader::parse(TestFiles::cp1251(str("surname\nОбразцова\n")));
    CHECK(cp.encodingError);
    CHECK(cp.error.contains(str("Windows-1251")));
    CHECK(cp.errorLine == 2);
    const CsvReader::Result utf16 = CsvReader::parse(QByteArray("\xFF\xFEs\0u\0", 6));
    CHECK(utf16.encodingError);
    CHECK(utf16.error.contains(str("UTF-16")));
    const CsvReader::Result latin = CsvReader::parse("surname\nM\xfcller\n");
    CHECK(latin.error == str("the file is not UTF-8 text"));
}

TEST_CASE("Names: header names are forgiving, unknown and doubled columns are warned about", "[names]")
{
    const NamesListParser::Result r = NamesListParser::parse(
        "Surname,Given Name,birth-year,hometown,surname\nОбразцова,Анна,1900,x,y\n", str("names.csv"));
    INFO(problems(r).toStdString());
    REQUIRE(r.records.size() == 1);
    CHECK(r.records.at(0).givenName == str("Анна"));
    CHECK(r.records.at(0).birthYear == str("1900"));
    CHECK(r.records.at(0).surname == str("Образцова"));
    CHECK(problems(r).contains(str("unknown column \"hometown\"")));
    CHECK(problems(r).contains(str("appear twice and their second copy is ignored: \"surname\"")));
}

TEST_CASE("Names: a header of hundreds of unknown columns gives one warning (found by fuzzing)", "[names]")
{
    QByteArray header = "surname,given_name";
    for (int i = 0; i < 300; ++i)
        header += ",col" + QByteArray::number(i) + ",surname";
    const NamesListParser::Result r = NamesListParser::parse(header + "\n", str("names.csv"));
    INFO(problems(r).toStdString());
    CHECK(r.problems.size() == 3); // unknown columns, doubled columns, no usable row
    CHECK(problems(r).contains(str("unknown columns \"col0\", \"col1\"")));
    CHECK(problems(r).contains(str("and 292 more are ignored")));
}

TEST_CASE("Names: every documented column is read", "[names]")
{
    const NamesListParser::Result r = NamesListParser::parse(
        "number,surname,given_name,patronymic,birth_year,origin,camp_years,fate,notes,latin,panel,row\n"
        "7,Образцова,Анна,Петровна,1901,Алматы,1938–1943,освобождена,sample,Obraztsova Anna,3,12\n",
        str("names.csv"));
    REQUIRE(r.problems.isEmpty());
    REQUIRE(r.records.size() == 1);
    const NameRecord& n = r.records.at(0);
    CHECK(n.number == 7);
    CHECK(n.fullName() == str("Образцова Анна Петровна"));
    CHECK(n.origin == str("Алматы"));
    CHECK(n.campYears == str("1938–1943"));
    CHECK(n.fate == str("освобождена"));
    CHECK(n.latin == str("Obraztsova Anna"));
    CHECK(n.panel == str("3"));
    CHECK(n.row == str("12"));
    CHECK(NamesListParser::knownColumns().size() == 12);
}

TEST_CASE("Names: a header without surname or given_name is an error", "[names]")
{
    const NamesListParser::Result r = NamesListParser::parse("name,year\nАнна,1900\n", str("names.csv"));
    CHECK(hasErrors(r.problems));
    CHECK(problems(r).contains(str("no \"surname\" or no \"given_name\"")));
    CHECK(hasErrors(NamesListParser::parse(QByteArray(), str("names.csv")).problems));
}

TEST_CASE("Names: duplicate or bad numbers are warned about and the rows kept", "[names]")
{
    const NamesListParser::Result r = NamesListParser::parse(
        "number,surname,given_name\n1,А,Б\n1,В,Г\nx,Д,Е\n", str("names.csv"));
    REQUIRE(r.records.size() == 3);
    CHECK(problems(r).contains(str("line 3")));
    CHECK(problems(r).contains(str("the number 1 is used twice")));
    CHECK(problems(r).contains(str("\"x\" is not a positive whole number")));
    CHECK(r.records.at(1).number != 1);
}

TEST_CASE("Names: a bad number in every row gives a bounded report", "[names]")
{
    QByteArray csv = "number,surname,given_name\n";
    for (int i = 0; i < 3000; ++i)
        csv += "x,А,Б\n";
    const NamesListParser::Result r = NamesListParser::parse(csv, str("names.csv"));
    CHECK(r.records.size() == 3000);
    CHECK(r.problems.size() == NamesListParser::MaxReportedRows + 1);
}

TEST_CASE("Names: thousands of bad rows give a bounded report", "[names]")
{
    QByteArray csv = "surname,given_name\n";
    for (int i = 0; i < 5000; ++i)
        csv += "only-one-field\n";
    csv += "Образцова,Анна\n";
    const NamesListParser::Result r = NamesListParser::parse(csv, str("names.csv"));
    CHECK(r.records.size() == 1);
    CHECK(r.problems.size() == NamesListParser::MaxReportedRows + 1);
    CHECK(r.problems.constLast().what.contains(str("4950 more rows, up to line 5001")));
}
