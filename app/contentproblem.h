#pragma once

#include <QList>
#include <QString>

// One thing wrong with the content folder, in words a staff member can act on.
struct ContentProblem
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;     // relative to the content folder, e.g. "content.json" or "names/names.csv"
    QString location; // a JSON pointer ("/sections/2/photos/0/file") or "line 12"; may be empty
    QString what;     // what is wrong
    QString fix;      // how to fix it

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;

    static ContentProblem error(const QString& file, const QString& location, const QString& what,
        const QString& fix);
    static ContentProblem warning(const QString& file, const QString& location, const QString& what,
        const QString& fix);
};

using ContentProblems = QList<ContentProblem>;

bool hasErrors(const ContentProblems& problems);
