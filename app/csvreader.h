#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a quote inside quotes,
// commas and line breaks allowed inside quotes, CRLF, LF or CR line ends. The bytes must be UTF-8;
// a UTF-8 byte order mark is accepted and skipped.
//
// A row with a quoting mistake (a quote mark inside an unquoted field, text after a closing quote)
// is returned with `error` set and the reader goes on at the next line, so one bad row does not
// lose the file. Only what cannot be recovered stops it: a wrong encoding, or a quote that is
// never closed (everything after it would be one field).
class CsvReader
{
public:
    struct Row
    {
        int line = 0;     // the physical line the row starts on, 1-based
        int lastLine = 0; // the line it ends on (a quoted field may hold line breaks)
        QStringList fields;
        QString error; // empty for a good row
    };

    struct Result
    {
        QList<Row> rows;
        QString error;     // empty when the whole file was read
        int errorLine = 0; // where the error was found
        bool encodingError = false;
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray& bytes);

    // True when `bytes` is not valid UTF-8 but reads like a single-byte Cyrillic file (cp1251).
    static bool looksLikeCp1251(const QByteArray& bytes);
};
