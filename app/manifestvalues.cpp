// ManifestReader, part 2: single values (texts in three languages, file paths, strings, arrays),
// the check for unknown keys, and problem reporting. The structure is in manifestreader.cpp.
#include "manifestreader.h"

#include "language.h"

#include <QJsonArray>

namespace JsonPointer {

QString child(const QString& pointer, const QString& key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

QString child(const QString& pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

} // namespace JsonPointer

namespace {

using JsonPointer::child;

// Levenshtein distance, for "did you mean" on misspelt keys (keys are short).
int distance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a text in quotes");
    case QJsonValue::Array:
        return QStringLiteral("a list [ ... ]");
    case QJsonValue::Object:
        return QStringLiteral("an object { ... }");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

LocalizedText ManifestReader::readText(const QJsonObject& parent, const QString& key, const QString& pointer,
    bool required)
{
    LocalizedText text;
    const QString where = child(pointer, key);
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(where, QStringLiteral("the text \"%1\" is missing").arg(key),
                QStringLiteral("Add it with a text for each language: {\"kk\": \"…\", \"ru\": \"…\", \"en\": \"…\"}."));
        return text;
    }
    if (!value.isObject()) {
        error(where, QStringLiteral("\"%1\" must be an object with one text per language, not %2").arg(key, jsonTypeName(value)),
            QStringLiteral("Write it as {\"kk\": \"…\", \"ru\": \"…\", \"en\": \"…\"}."));
        return text;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("$comment"))
            continue;
        if (!Language::isSupported(it.key())) {
            warning(child(where, it.key()), QStringLiteral("unknown language \"%1\" is ignored").arg(it.key()),
                QStringLiteral("Use the language codes kk, ru and en."));
            continue;
        }
        if (!it.value().isString()) {
            error(child(where, it.key()), QStringLiteral("the text must be in double quotes, not %1").arg(jsonTypeName(it.value())),
                QStringLiteral("Put the text in double quotes."));
            continue;
        }
        text.set(it.key(), it.value().toString().trimmed());
    }
    if (text.isEmpty()) {
        if (required)
            error(where, QStringLiteral("\"%1\" has no text in any language").arg(key),
                QStringLiteral("Write the text at least in one of kk, ru, en."));
        return text;
    }
    for (const QString& code : Language::all()) {
        if (text.has(code))
            continue;
        const QStringList order = Language::fallbackOrder(code);
        const auto shown = std::find_if(order.cbegin(), order.cend(), [&](const QString& c) { return text.has(c); });
        warning(child(where, code),
            QStringLiteral("no %1 text; visitors who chose %1 see the %2 one").arg(Language::nativeName(code), Language::nativeName(*shown)),
            QStringLiteral("Add the translation under \"%1\".").arg(code));
    }
    return text;
}

QString ManifestReader::readFile(const QJsonObject& parent, const QString& key, const QString& pointer,
    FileReference::Kind kind, bool required)
{
    const QString where = child(pointer, key);
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(where, QStringLiteral("the file \"%1\" is not named").arg(key),
                QStringLiteral("Add \"%1\": \"folder/file-name\" with the path relative to the content folder.").arg(key));
        return {};
    }
    if (!value.isString()) {
        error(where, QStringLiteral("\"%1\" must be a file path in double quotes, not %2").arg(key, jsonTypeName(value)),
            QStringLiteral("Write the path relative to the content folder, in double quotes."));
        return {};
    }
    const QString relative = value.toString();
    const ContentPaths::Resolved resolved = m_paths.resolve(relative);
    if (resolved.status != ContentPaths::Status::Ok) {
        error(where, ContentPaths::describe(resolved.status, relative), ContentPaths::advice(resolved.status));
        return {};
    }
    m_references.append({ kind, where, relative, resolved.absolutePath });
    return resolved.absolutePath;
}

QString ManifestReader::readString(const QJsonObject& parent, const QString& key, const QString& pointer, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(child(pointer, key), QStringLiteral("\"%1\" is missing").arg(key),
                QStringLiteral("Add \"%1\": \"…\".").arg(key));
        return {};
    }
    if (!value.isString()) {
        error(child(pointer, key), QStringLiteral("\"%1\" must be in double quotes, not %2").arg(key, jsonTypeName(value)),
            QStringLiteral("Write it in double quotes."));
        return {};
    }
    return value.toString();
}

QJsonArray ManifestReader::readArray(const QJsonObject& parent, const QString& key, const QString& pointer, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(child(pointer, key), QStringLiteral("the list \"%1\" is missing").arg(key),
                QStringLiteral("Add \"%1\": [ ... ].").arg(key));
        return {};
    }
    if (!value.isArray()) {
        error(child(pointer, key), QStringLiteral("\"%1\" must be a list [ ... ], not %2").arg(key, jsonTypeName(value)),
            QStringLiteral("Put the entries between square brackets, separated by commas."));
        return {};
    }
    return value.toArray();
}

void ManifestReader::checkKeys(const QJsonObject& object, const QString& pointer, std::initializer_list<const char*> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("$schema") || key == QLatin1String("$comment"))
            continue;
        QString closest;
        int best = 3;
        bool isKnown = false;
        for (const char* k : known) {
            const QString candidate = QString::fromLatin1(k);
            if (candidate == key) {
                isKnown = true;
                break;
            }
            const int d = distance(key, candidate);
            if (d < best) {
                best = d;
                closest = candidate;
            }
        }
        if (isKnown)
            continue;
        warning(child(pointer, key), QStringLiteral("unknown key \"%1\" is ignored").arg(key),
            closest.isEmpty() ? QStringLiteral("Remove it, or check the spelling against the staff guide.")
                              : QStringLiteral("Did you mean \"%1\"?").arg(closest));
    }
}

void ManifestReader::error(const QString& pointer, const QString& what, const QString& fix)
{
    m_problems.append(ContentProblem::error(FileName, pointer, what, fix));
}

void ManifestReader::warning(const QString& pointer, const QString& what, const QString& fix)
{
    m_problems.append(ContentProblem::warning(FileName, pointer, what, fix));
}
