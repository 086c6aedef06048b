#include "contentcheckcommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

qsizetype countErrors(const ContentProblems& problems, bool errors)
{
    return std::count_if(problems.cbegin(), problems.cend(), [&](const ContentProblem& p) { return p.isError() == errors; });
}

QString plural(qsizetype n, const char* one, const char* many)
{
    return QString::number(n) + QLatin1Char(' ') + QString::fromLatin1(n == 1 ? one : many);
}

QString summary(const Content& content)
{
    qsizetype photos = 0;
    for (const Section& section : content.sections)
        photos += section.photos.size();
    return QStringLiteral("%1, %2, %3, %4%5")
        .arg(plural(content.sections.size(), "section", "sections"), plural(photos, "photo", "photos"),
            plural(content.testimonies.size(), "testimony", "testimonies"), plural(content.names.size(), "name", "names"),
            content.sample ? QStringLiteral(" (marked as sample content)") : QString());
}

QString verdict(int code)
{
    switch (code) {
    case ContentCheckCommand::Valid:
        return QStringLiteral("OK: the kiosk can show this content.");
    case ContentCheckCommand::ValidWithWarnings:
        return QStringLiteral("OK WITH WARNINGS: the kiosk can show this content; fixing the warnings makes it better.");
    default:
        return QStringLiteral("NOT USABLE: the kiosk would keep showing its last good content. Fix the errors and "
                              "check again.");
    }
}

} // namespace

int ContentCheckCommand::exitCode(const ContentLoader::Result& result)
{
    if (!result.ok() || hasErrors(result.problems))
        return Invalid;
    return result.problems.isEmpty() ? Valid : ValidWithWarnings;
}

QString ContentCheckCommand::textReport(const QString& dir, const ContentLoader::Result& result)
{
    QString text;
    QTextStream out(&text);
    out << "Content folder: " << QFileInfo(dir).absoluteFilePath() << '\n';
    if (result.content && result.content->rootDir != QFileInfo(dir).absoluteFilePath())
        out << "  (a link to " << result.content->rootDir << ")\n";
    if (result.content)
        out << "Contents: " << summary(*result.content) << '\n';
    out << '\n';
    // Errors first: they are what stops the content from being used.
    for (const bool errors : { true, false }) {
        for (const ContentProblem& p : result.problems) {
            if (p.isError() != errors)
                continue;
            out << (errors ? "ERROR   " : "WARNING ") << p.file;
            if (!p.location.isEmpty())
                out << " (" << p.location << ')';
            out << "\n        " << p.what << '\n';
            if (!p.fix.isEmpty())
                out << "        Fix: " << p.fix << '\n';
        }
    }
    const qsizetype errors = countErrors(result.problems, true);
    const qsizetype warnings = countErrors(result.problems, false);
    if (!result.problems.isEmpty())
        out << '\n';
    out << plural(errors, "error", "errors") << ", " << plural(warnings, "warning", "warnings") << ". "
        << verdict(exitCode(result)) << '\n';
    out.flush();
    return text;
}

QJsonObject ContentCheckCommand::jsonReport(const QString& dir, const ContentLoader::Result& result)
{
    QJsonArray problems;
    for (const ContentProblem& p : result.problems) {
        problems.append(QJsonObject { { QStringLiteral("severity"), p.isError() ? QStringLiteral("error") : QStringLiteral("warning") },
            { QStringLiteral("file"), p.file }, { QStringLiteral("location"), p.location },
            { QStringLiteral("what"), p.what }, { QStringLiteral("fix"), p.fix } });
    }
    const int code = exitCode(result);
    QJsonObject report { { QStringLiteral("folder"), QFileInfo(dir).absoluteFilePath() },
        { QStringLiteral("status"), code == Valid ? QStringLiteral("valid")
                                    : code == ValidWithWarnings ? QStringLiteral("warnings")
                                                                : QStringLiteral("errors") },
        { QStringLiteral("exitCode"), code }, { QStringLiteral("errors"), countErrors(result.problems, true) },
        { QStringLiteral("warnings"), countErrors(result.problems, false) }, { QStringLiteral("problems"), problems } };
    if (result.content) {
        const Content& c = *result.content;
        qsizetype photos = 0;
        for (const Section& section : c.sections)
            photos += section.photos.size();
        report.insert(QStringLiteral("resolvedFolder"), c.rootDir);
        report.insert(QStringLiteral("contents"),
            QJsonObject { { QStringLiteral("format"), c.formatVersion }, { QStringLiteral("sample"), c.sample },
                { QStringLiteral("sections"), c.sections.size() }, { QStringLiteral("photos"), photos },
                { QStringLiteral("testimonies"), c.testimonies.size() }, { QStringLiteral("names"), c.names.size() } });
    }
    return report;
}

int ContentCheckCommand::run(const QString& dir, bool json)
{
    // The report says it all; the loader's progress lines would only clutter the terminal.
    QLoggingCategory::setFilterRules(QStringLiteral("alzhir.content.info=false"));
    const ContentLoader::Result result = ContentLoader::load(dir);
    const QByteArray output = json ? QJsonDocument(jsonReport(dir, result)).toJson(QJsonDocument::Indented)
                                   : textReport(dir, result).toUtf8();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
    return exitCode(result);
}
