#include "contentproblem.h"

#include <algorithm>

QString ContentProblem::toString() const
{
    QString where = file;
    if (!location.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + location;
    const QString kind = isError() ? QStringLiteral("ERROR") : QStringLiteral("WARNING");
    QString line = kind + QStringLiteral(": ") + where + QStringLiteral(": ") + what;
    if (!fix.isEmpty())
        line += QStringLiteral(" -> ") + fix;
    return line;
}

ContentProblem ContentProblem::error(const QString& file, const QString& location, const QString& what,
    const QString& fix)
{
    return { Severity::Error, file, location, what, fix };
}

ContentProblem ContentProblem::warning(const QString& file, const QString& location, const QString& what,
    const QString& fix)
{
    return { Severity::Warning, file, location, what, fix };
}

bool hasErrors(const ContentProblems& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ContentProblem& p) { return p.isError(); });
}
