#include "searchcommand.h"

#include "contentloader.h"
#include "namesindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>

namespace {

QString tierName(MatchTier tier)
{
    switch (tier) {
    case MatchTier::Exact: return QStringLiteral("exact");
    case MatchTier::Prefix: return QStringLiteral("prefix");
    case MatchTier::Folded: return QStringLiteral("folded");
    case MatchTier::FoldedPrefix: return QStringLiteral("folded-prefix");
    case MatchTier::Fuzzy: return QStringLiteral("fuzzy");
    }
    return {};
}

QJsonObject toJson(const NameRecord& record)
{
    QJsonObject object {
        { QStringLiteral("number"), record.number },
        { QStringLiteral("full_name"), record.fullName() },
    };
    const std::pair<const char*, const QString*> fields[] = { { "surname", &record.surname },
        { "given_name", &record.givenName }, { "patronymic", &record.patronymic },
        { "birth_year", &record.birthYear }, { "origin", &record.origin }, { "camp_years", &record.campYears },
        { "fate", &record.fate }, { "notes", &record.notes }, { "latin", &record.latin },
        { "panel", &record.panel }, { "row", &record.row } };
    for (const auto& [name, value] : fields) {
        if (!value->isEmpty())
            object.insert(QLatin1String(name), *value);
    }
    return object;
}

QString describe(const NameRecord& record)
{
    QStringList parts { record.fullName() };
    if (!record.birthYear.isEmpty())
        parts.append(QStringLiteral("b. %1").arg(record.birthYear));
    if (!record.origin.isEmpty())
        parts.append(record.origin);
    if (!record.panel.isEmpty())
        parts.append(QStringLiteral("wall panel %1, row %2").arg(record.panel, record.row));
    return QStringLiteral("#%1  %2").arg(record.number).arg(parts.join(QStringLiteral(", ")));
}

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

} // namespace

int SearchCommand::run(const CommandLineOptions& options)
{
    // The answer is the output: no progress lines from the loader and the index.
    QLoggingCategory::setFilterRules(QStringLiteral("alzhir.content.info=false\nalzhir.search.info=false"));
    const QString dir = options.contentDir.isEmpty() ? CommandLine::defaultContentDir() : options.contentDir;
    const ContentLoader::Result loaded = ContentLoader::load(dir);
    if (!loaded.ok()) {
        std::fprintf(stderr, "alzhir-kiosk: cannot read the content folder %s:\n", qPrintable(dir));
        for (const ContentProblem& problem : loaded.problems) {
            if (problem.isError())
                std::fprintf(stderr, "  %s\n", problem.toString().toUtf8().constData());
        }
        return 2;
    }
    const QString language = options.language.isEmpty() ? QStringLiteral("kk") : options.language;
    const auto index = NamesIndex::build(loaded.content->names);
    const NamesSearchResult result = index->search(options.query, language, options.limit);
    const QVector<int> closest = result.matches.isEmpty() ? index->closest(options.query, language, options.limit)
                                                          : QVector<int>();
    if (options.json) {
        QJsonArray matches;
        for (const NameMatch& match : result.matches) {
            QJsonObject object = toJson(index->record(match.record));
            object.insert(QStringLiteral("match"), tierName(match.tier));
            matches.append(object);
        }
        QJsonArray nearest;
        for (int record : closest)
            nearest.append(toJson(index->record(record)));
        const QJsonObject report { { QStringLiteral("query"), options.query }, { QStringLiteral("content"), dir },
            { QStringLiteral("count"), int(result.matches.size()) }, { QStringLiteral("more"), result.more },
            { QStringLiteral("matches"), matches }, { QStringLiteral("closest"), nearest } };
        print(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    } else if (result.matches.isEmpty()) {
        print(QStringLiteral("No name matches \"%1\".\n").arg(options.query));
        if (!closest.isEmpty())
            print(QStringLiteral("Closest names:\n"));
        for (int record : closest)
            print(QStringLiteral("  %1\n").arg(describe(index->record(record))));
    } else {
        for (const NameMatch& match : result.matches)
            print(QStringLiteral("%1  [%2]\n").arg(describe(index->record(match.record)), tierName(match.tier)));
        if (result.more)
            print(QStringLiteral("(more names match; show more with --limit N)\n"));
    }
    return result.matches.isEmpty() ? 1 : 0;
}
