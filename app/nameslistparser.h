#pragma once

#include "contentproblem.h"
#include "namerecord.h"

#include <QByteArray>
#include <QVector>

// Reads the Wall of Memory names list (CSV with a header row; columns in media/README.md).
// Rows that cannot be used are skipped and reported with their line numbers as warnings (at most
// MaxReportedRows of them one by one, then a count); a file that cannot be read at all (wrong
// encoding, a quote never closed, no usable header, semicolons instead of commas) is an error.
class NamesListParser
{
public:
    static constexpr int MaxReportedRows = 50;

    struct Result
    {
        QVector<NameRecord> records;
        ContentProblems problems;
    };

    // `fileName` is only used in problem reports (relative to the content folder).
    static Result parse(const QByteArray& bytes, const QString& fileName);

    // The column names of the header row, as documented (e.g. "surname", "given_name").
    static const QStringList& knownColumns();
};
