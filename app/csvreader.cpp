#include "csvreader.h"

#include <QStringDecoder>

namespace {

QString decodeUtf8(const QByteArray& bytes, bool* ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

int firstBadUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        bool ok = false;
        decodeUtf8(bytes.mid(start, end - start), &ok);
        if (!ok)
            return line;
        ++line;
        start = end + 1;
    }
    return 1;
}

// Walks the text once over its raw characters; `m_line` counts physical lines.
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_data(text.constData())
        , m_size(text.size())
    {
    }

    CsvReader::Result run()
    {
        CsvReader::Result result;
        while (m_pos < m_size) {
            CsvReader::Row row;
            row.line = m_line;
            row.fields.reserve(m_width); // rows are usually as wide as the one before
            if (!readRow(&row)) {
                result.error = m_fatal;
                result.errorLine = m_fatalLine;
                return result;
            }
            row.lastLine = m_line - 1;
            m_width = qMax<qsizetype>(1, row.fields.size());
            const bool blank = row.error.isEmpty() && row.fields.size() == 1 && row.fields.constFirst().isEmpty();
            if (!blank)
                result.rows.append(std::move(row));
        }
        return result;
    }

private:
    bool isLineEnd(QChar c) const { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

    // Reads one row and its line end. False only on a fatal error.
    bool readRow(CsvReader::Row* row)
    {
        while (true) {
            QString field;
            if (m_pos < m_size && m_data[m_pos] == QLatin1Char('"')) {
                if (!readQuoted(&field))
                    return false;
                if (m_pos < m_size && m_data[m_pos] != QLatin1Char(',') && !isLineEnd(m_data[m_pos])) {
                    row->error = QStringLiteral("there is text after a closing quote mark");
                    skipRestOfLine();
                    return true;
                }
            } else if (!readPlain(&field)) {
                row->error = QStringLiteral("a quote mark is inside a field that does not start with one");
                skipRestOfLine();
                return true;
            }
            row->fields.append(std::move(field));
            if (m_pos < m_size && m_data[m_pos] == QLatin1Char(',')) {
                ++m_pos; // at the very end of the file, the next readPlain() gives the last, empty field
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

    bool readPlain(QString* field)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size) {
            const QChar c = m_data[m_pos];
            if (c == QLatin1Char(',') || isLineEnd(c))
                break;
            if (c == QLatin1Char('"'))
                return false;
            ++m_pos;
        }
        *field = QString(m_data + start, m_pos - start);
        return true;
    }

    bool readQuoted(QString* field)
    {
        const int startLine = m_line;
        ++m_pos; // opening quote
        qsizetype segment = m_pos;
        while (m_pos < m_size) {
            const QChar c = m_data[m_pos];
            if (c == QLatin1Char('"')) {
                field->append(QStringView(m_data + segment, m_pos - segment));
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == QLatin1Char('"')) {
                    field->append(QLatin1Char('"'));
                    m_pos += 2;
                    segment = m_pos;
                    continue;
                }
                ++m_pos; // closing quote
                return true;
            }
            if (c == QLatin1Char('\r')) {
                // CRLF or a lone CR inside quotes: one line break, written as LF.
                field->append(QStringView(m_data + segment, m_pos - segment));
                field->append(QLatin1Char('\n'));
                ++m_line;
                ++m_pos;
                if (m_pos < m_size && m_data[m_pos] == QLatin1Char('\n'))
                    ++m_pos;
                segment = m_pos;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            ++m_pos;
        }
        m_fatal = QStringLiteral("a quoted field that starts on this line is never closed (a quote mark is missing)");
        m_fatalLine = startLine;
        return false;
    }

    void skipRestOfLine()
    {
        while (m_pos < m_size && !isLineEnd(m_data[m_pos]))
            ++m_pos;
        skipLineEnd();
    }

    void skipLineEnd()
    {
        if (m_pos < m_size && m_data[m_pos] == QLatin1Char('\r'))
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
    }

    const QChar* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_width = 1;
    int m_line = 1;
    QString m_fatal;
    int m_fatalLine = 0;
};

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        Result result;
        result.error = QStringLiteral("the file is UTF-16 text (\"Unicode text\"), not UTF-8");
        result.errorLine = 1;
        result.encodingError = true;
        return result;
    }
    bool utf8 = false;
    const QString text = decodeUtf8(bytes, &utf8);
    if (!utf8) {
        Result result;
        result.error = looksLikeCp1251(bytes)
            ? QStringLiteral("the file is not UTF-8; it looks like Windows-1251 (cp1251), the old Cyrillic encoding")
            : QStringLiteral("the file is not UTF-8 text");
        result.errorLine = firstBadUtf8Line(bytes);
        result.encodingError = true;
        return result;
    }
    return Parser(text).run();
}

bool CsvReader::looksLikeCp1251(const QByteArray& bytes)
{
    // In cp1251 the Cyrillic letters are the bytes 0xC0-0xFF (plus Ё/ё at 0xA8/0xB8), and a
    // Cyrillic word is a run of them. A Latin-1 text has single high bytes between ASCII letters
    // ("M\xfcller"). (Kazakh letters such as Ә, Қ are not in cp1251 at all.)
    qsizetype cyrillic = 0;
    qsizetype high = 0;
    qsizetype inRuns = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b < 0x80)
            continue;
        ++high;
        if (b >= 0xC0 || b == 0xA8 || b == 0xB8)
            ++cyrillic;
        const bool before = i > 0 && static_cast<unsigned char>(bytes.at(i - 1)) >= 0x80;
        const bool after = i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80;
        if (before || after)
            ++inRuns;
    }
    return high > 0 && cyrillic * 10 >= high * 7 && inRuns * 2 >= high;
}
