#include "manifestreader.h"

#include "language.h"
#include "timecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

const QString ManifestReader::FileName = QStringLiteral("content.json");

namespace {

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

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

ManifestReader::ManifestReader(const ContentPaths& paths)
    : m_paths(paths)
{
}

bool ManifestReader::read(const QByteArray& json, Content* content)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        m_problems.append(ContentProblem::error(FileName, QStringLiteral("line %1").arg(line),
            QStringLiteral("this is not valid JSON: %1").arg(parseError.errorString()),
            QStringLiteral("Look for a missing comma, quote mark or bracket near that line; a JSON checker "
                           "(e.g. `python3 -m json.tool content.json`) shows the exact place.")));
        return false;
    }
    if (!doc.isObject()) {
        error(QString(), QStringLiteral("the file must hold one JSON object { ... }"),
            QStringLiteral("Start from the sample content.json in the staff guide."));
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isDouble()) {
        error(QStringLiteral("/format"), QStringLiteral("the format version is missing"),
            QStringLiteral("Add \"format\": %1 at the top of the file.").arg(CurrentFormat));
        return false;
    }
    if (format.toInt() != CurrentFormat) {
        error(QStringLiteral("/format"),
            QStringLiteral("format version %1 is not one this kiosk reads (it reads version %2)")
                .arg(format.toInt())
                .arg(CurrentFormat),
            QStringLiteral("Use a content folder made for this version of the kiosk, or update the kiosk."));
        return false;
    }
    content->formatVersion = CurrentFormat;
    content->sample = root.value(QStringLiteral("sample")).toBool(false);
    content->title = readText(root, QStringLiteral("title"), QString(), true);
    readSections(root, content);
    readTestimonies(root, content);
    content->namesPath = readFile(root, QStringLiteral("names"), QString(), FileReference::Kind::NamesList, false);
    return !hasErrors(m_problems);
}

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
        error(where, QStringLiteral("\"%1\" must be an object with one text per language").arg(key),
            QStringLiteral("Write it as {\"kk\": \"…\", \"ru\": \"…\", \"en\": \"…\"}."));
        return text;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!Language::isSupported(it.key())) {
            warning(child(where, it.key()), QStringLiteral("unknown language \"%1\" is ignored").arg(it.key()),
                QStringLiteral("Use the language codes kk, ru and en."));
            continue;
        }
        if (!it.value().isString()) {
            error(child(where, it.key()), QStringLiteral("the text must be a string in quote marks"),
                QStringLiteral("Put the text in double quotes."));
            continue;
        }
        text.set(it.key(), it.value().toString().trimmed());
    }
    if (required && text.isEmpty()) {
        error(where, QStringLiteral("\"%1\" has no text in any language").arg(key),
            QStringLiteral("Write the text at least in one of kk, ru, en."));
        return text;
    }
    for (const QString& code : Language::all()) {
        if (!text.isEmpty() && !text.has(code)) {
            const QString shown = Language::fallbackOrder(code).at(1);
            warning(child(where, code),
                QStringLiteral("no %1 text; visitors who chose %1 will see the %2 one")
                    .arg(Language::nativeName(code), Language::nativeName(text.has(shown) ? shown : text.languages().constFirst())),
                QStringLiteral("Add the translation under \"%1\".").arg(code));
        }
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
        error(where, QStringLiteral("\"%1\" must be a file path in quote marks").arg(key),
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

void ManifestReader::readSections(const QJsonObject& root, Content* content)
{
    const QJsonValue value = root.value(QStringLiteral("sections"));
    if (!value.isArray()) {
        error(QStringLiteral("/sections"), QStringLiteral("the list of sections is missing"),
            QStringLiteral("Add \"sections\": [ ... ] with the sections %1.")
                .arg(Section::requiredIds().join(QStringLiteral(", "))));
        return;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString pointer = child(QStringLiteral("/sections"), i);
        if (!array.at(i).isObject()) {
            error(pointer, QStringLiteral("a section must be an object { ... }"), QString());
            continue;
        }
        Section section = readSection(array.at(i).toObject(), pointer);
        if (section.id.isEmpty())
            continue;
        if (seen.contains(section.id)) {
            error(child(pointer, QStringLiteral("id")), QStringLiteral("the section \"%1\" appears twice").arg(section.id),
                QStringLiteral("Keep one entry for each section."));
            continue;
        }
        seen.insert(section.id);
        content->sections.append(std::move(section));
    }
    for (const QString& id : Section::requiredIds()) {
        if (!seen.contains(id))
            error(QStringLiteral("/sections"), QStringLiteral("the section \"%1\" is missing").arg(id),
                QStringLiteral("Every kiosk shows the sections %1; add one with \"id\": \"%2\".")
                    .arg(Section::requiredIds().join(QStringLiteral(", ")), id));
    }
}

Section ManifestReader::readSection(const QJsonObject& object, const QString& pointer)
{
    Section section;
    const QString id = object.value(QStringLiteral("id")).toString();
    if (!Section::requiredIds().contains(id)) {
        error(child(pointer, QStringLiteral("id")), QStringLiteral("unknown section id \"%1\"").arg(id),
            QStringLiteral("Use one of %1.").arg(Section::requiredIds().join(QStringLiteral(", "))));
        return section;
    }
    section.id = id;
    section.title = readText(object, QStringLiteral("title"), pointer, true);
    section.text = readText(object, QStringLiteral("text"), pointer, true);
    const QJsonArray photos = object.value(QStringLiteral("photos")).toArray();
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const QString photoPointer = child(child(pointer, QStringLiteral("photos")), i);
        const QJsonObject photoObject = photos.at(i).toObject();
        Photo photo;
        photo.path = readFile(photoObject, QStringLiteral("file"), photoPointer, FileReference::Kind::Image, true);
        photo.caption = readText(photoObject, QStringLiteral("caption"), photoPointer, false);
        photo.credit = readText(photoObject, QStringLiteral("credit"), photoPointer, false);
        if (!photo.path.isEmpty())
            section.photos.append(std::move(photo));
    }
    return section;
}

void ManifestReader::readTestimonies(const QJsonObject& root, Content* content)
{
    const QJsonArray array = root.value(QStringLiteral("testimonies")).toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString pointer = child(QStringLiteral("/testimonies"), i);
        Testimony testimony = readTestimony(array.at(i).toObject(), pointer);
        if (testimony.id.isEmpty())
            continue;
        if (seen.contains(testimony.id)) {
            error(child(pointer, QStringLiteral("id")),
                QStringLiteral("the testimony id \"%1\" is used twice").arg(testimony.id),
                QStringLiteral("Give each testimony its own id."));
            continue;
        }
        seen.insert(testimony.id);
        if (!testimony.mediaPath.isEmpty())
            content->testimonies.append(std::move(testimony));
    }
}

Testimony ManifestReader::readTestimony(const QJsonObject& object, const QString& pointer)
{
    Testimony t;
    const QString id = object.value(QStringLiteral("id")).toString();
    if (!isValidId(id)) {
        error(child(pointer, QStringLiteral("id")), QStringLiteral("the testimony has no valid id (\"%1\")").arg(id),
            QStringLiteral("Give it a short id of lower-case Latin letters, digits and dashes, e.g. \"testimony-3\"."));
        return t;
    }
    t.id = id;
    t.speaker = readText(object, QStringLiteral("speaker"), pointer, true);
    t.years = object.value(QStringLiteral("years")).toString();
    t.recordingLanguage = object.value(QStringLiteral("language")).toString();
    if (!Language::isSupported(t.recordingLanguage))
        error(child(pointer, QStringLiteral("language")),
            QStringLiteral("the recording language \"%1\" is not kk, ru or en").arg(t.recordingLanguage),
            QStringLiteral("Write the language spoken in the recording: \"kk\", \"ru\" or \"en\"."));
    t.title = readText(object, QStringLiteral("title"), pointer, true);
    t.summary = readText(object, QStringLiteral("summary"), pointer, false);
    t.contentNote = readText(object, QStringLiteral("note"), pointer, false);
    t.mediaPath = readFile(object, QStringLiteral("media"), pointer, FileReference::Kind::Media, true);
    t.posterPath = readFile(object, QStringLiteral("poster"), pointer, FileReference::Kind::Image, false);
    const QJsonObject subtitles = object.value(QStringLiteral("subtitles")).toObject();
    const QString subtitlesPointer = child(pointer, QStringLiteral("subtitles"));
    for (auto it = subtitles.constBegin(); it != subtitles.constEnd(); ++it) {
        if (!Language::isSupported(it.key())) {
            warning(child(subtitlesPointer, it.key()), QStringLiteral("unknown language \"%1\" is ignored").arg(it.key()),
                QStringLiteral("Use the language codes kk, ru and en."));
            continue;
        }
        const QString path = readFile(subtitles, it.key(), subtitlesPointer, FileReference::Kind::Subtitles, true);
        if (!path.isEmpty())
            t.subtitlePaths.insert(it.key(), path);
    }
    t.chapters = readChapters(object, pointer);
    return t;
}

QList<Chapter> ManifestReader::readChapters(const QJsonObject& object, const QString& pointer)
{
    QList<Chapter> chapters;
    const QJsonArray array = object.value(QStringLiteral("chapters")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString chapterPointer = child(child(pointer, QStringLiteral("chapters")), i);
        const QJsonObject chapterObject = array.at(i).toObject();
        Chapter chapter;
        const QString start = chapterObject.value(QStringLiteral("start")).toString();
        bool ok = false;
        chapter.startMs = Timecode::parse(start, &ok);
        if (!ok) {
            error(child(chapterPointer, QStringLiteral("start")),
                QStringLiteral("\"%1\" is not a time").arg(start),
                QStringLiteral("Write the start as minutes and seconds, \"MM:SS\" or \"HH:MM:SS\"."));
            continue;
        }
        chapter.title = readText(chapterObject, QStringLiteral("title"), chapterPointer, true);
        chapters.append(std::move(chapter));
    }
    return chapters;
}

void ManifestReader::error(const QString& pointer, const QString& what, const QString& fix)
{
    m_problems.append(ContentProblem::error(FileName, pointer, what, fix));
}

void ManifestReader::warning(const QString& pointer, const QString& what, const QString& fix)
{
    m_problems.append(ContentProblem::warning(FileName, pointer, what, fix));
}
