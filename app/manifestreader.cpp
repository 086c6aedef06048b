// ManifestReader, part 1: the structure of content.json (document, sections, photos, testimonies,
// subtitles, chapters). Single values are read in manifestvalues.cpp.
#include "manifestreader.h"

#include "language.h"
#include "timecode.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

const QString ManifestReader::FileName = QStringLiteral("content.json");

namespace {

using JsonPointer::child;

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

// 1-based line and column of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return { line, column };
}

} // namespace

ManifestReader::ManifestReader(const ContentPaths& paths)
    : m_paths(paths)
{
}

bool ManifestReader::read(const QByteArray& json, Content* content)
{
    QJsonObject root;
    if (!readDocument(json, &root))
        return false;
    checkKeys(root, QString(), { "format", "sample", "title", "sections", "testimonies", "names" });
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        error(QStringLiteral("/format"), QStringLiteral("the format version is missing"),
            QStringLiteral("Add \"format\": %1 at the top of the file.").arg(CurrentFormat));
        return false;
    }
    const double version = format.toDouble(-1);
    if (!format.isDouble() || version < 1 || version != std::floor(version)) {
        error(QStringLiteral("/format"), QStringLiteral("the format version must be a whole number such as %1").arg(CurrentFormat),
            QStringLiteral("Write \"format\": %1 (without quote marks).").arg(CurrentFormat));
        return false;
    }
    if (version != CurrentFormat) {
        error(QStringLiteral("/format"),
            QStringLiteral("format version %1 is not one this kiosk reads (it reads version %2)")
                .arg(QString::number(version, 'f', 0))
                .arg(CurrentFormat),
            version > CurrentFormat
                ? QStringLiteral("This content was made for a newer kiosk: update the kiosk software first, or use "
                                 "content made for format %1.").arg(CurrentFormat)
                : QStringLiteral("Use content made for format %1 (see the staff guide).").arg(CurrentFormat));
        return false;
    }
    content->formatVersion = CurrentFormat;
    const QJsonValue sample = root.value(QStringLiteral("sample"));
    if (!sample.isUndefined() && !sample.isBool())
        error(QStringLiteral("/sample"), QStringLiteral("\"sample\" must be true or false (without quote marks)"),
            QStringLiteral("Write \"sample\": false for real content."));
    content->sample = sample.toBool(false);
    content->title = readText(root, QStringLiteral("title"), QString(), true);
    readSections(root, content);
    readTestimonies(root, content);
    if (root.contains(QStringLiteral("names")))
        content->namesPath = readFile(root, QStringLiteral("names"), QString(), FileReference::Kind::NamesList, true);
    else
        warning(QStringLiteral("/names"), QStringLiteral("no names list is named; the Wall of Memory shows no names"),
            QStringLiteral("Add \"names\": \"names/names.csv\" and the list (see the staff guide)."));
    return !hasErrors(m_problems);
}

bool ManifestReader::readDocument(const QByteArray& bytes, QJsonObject* root)
{
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (json.trimmed().isEmpty()) {
        error(QString(), QStringLiteral("content.json is empty"),
            QStringLiteral("Copy content.json again; start from the sample in the staff guide."));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(json);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const auto [line, column] = lineAndColumn(json, qsizetype(text.left(qMax<qsizetype>(0, bad)).toUtf8().size()));
        Q_UNUSED(column);
        m_problems.append(ContentProblem::error(FileName, QStringLiteral("line %1").arg(line),
            QStringLiteral("content.json is not UTF-8 text"),
            QStringLiteral("Save it with the encoding UTF-8 (in a text editor: Save as… → Encoding → UTF-8).")));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        m_problems.append(ContentProblem::error(FileName, QStringLiteral("line %1, column %2").arg(line).arg(column),
            QStringLiteral("this is not valid JSON: %1").arg(parseError.errorString()),
            QStringLiteral("Look for a missing or extra comma, quote mark or bracket at that place or just before "
                           "it; `python3 -m json.tool content.json` shows it too.")));
        return false;
    }
    if (!doc.isObject()) {
        error(QString(), QStringLiteral("the file must hold one JSON object { ... }"),
            QStringLiteral("Start from the sample content.json in the staff guide."));
        return false;
    }
    *root = doc.object();
    return true;
}

void ManifestReader::readSections(const QJsonObject& root, Content* content)
{
    const QJsonArray array = readArray(root, QStringLiteral("sections"), QString(), true);
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString pointer = child(QStringLiteral("/sections"), i);
        if (!array.at(i).isObject()) {
            error(pointer, QStringLiteral("a section must be an object { ... }"),
                QStringLiteral("Write each section as {\"id\": \"arch\", \"title\": {...}, \"text\": {...}}."));
            continue;
        }
        Section section = readSection(array.at(i).toObject(), pointer);
        if (section.id.isEmpty())
            continue;
        if (seen.contains(section.id)) {
            error(child(pointer, QStringLiteral("id")), QStringLiteral("the section \"%1\" appears twice").arg(section.id),
                QStringLiteral("Keep one entry for each section; join the two."));
            continue;
        }
        seen.insert(section.id);
        content->sections.append(std::move(section));
    }
    for (const QString& id : Section::requiredIds()) {
        if (!seen.contains(id) && root.value(QStringLiteral("sections")).isArray())
            error(QStringLiteral("/sections"), QStringLiteral("the section \"%1\" is missing").arg(id),
                QStringLiteral("Every kiosk shows the sections %1; add one with \"id\": \"%2\".")
                    .arg(Section::requiredIds().join(QStringLiteral(", ")), id));
    }
}

Section ManifestReader::readSection(const QJsonObject& object, const QString& pointer)
{
    Section section;
    checkKeys(object, pointer, { "id", "title", "text", "photos" });
    const QString id = readString(object, QStringLiteral("id"), pointer, true);
    if (!Section::requiredIds().contains(id)) {
        if (!id.isEmpty())
            error(child(pointer, QStringLiteral("id")), QStringLiteral("unknown section id \"%1\"").arg(id),
                QStringLiteral("Use one of %1.").arg(Section::requiredIds().join(QStringLiteral(", "))));
        return section;
    }
    section.id = id;
    section.title = readText(object, QStringLiteral("title"), pointer, true);
    section.text = readText(object, QStringLiteral("text"), pointer, true);
    section.photos = readPhotos(object, pointer);
    return section;
}

QList<Photo> ManifestReader::readPhotos(const QJsonObject& object, const QString& pointer)
{
    QList<Photo> photos;
    const QString listPointer = child(pointer, QStringLiteral("photos"));
    const QJsonArray array = readArray(object, QStringLiteral("photos"), pointer, false);
    QSet<QString> files;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString photoPointer = child(listPointer, i);
        if (!array.at(i).isObject()) {
            error(photoPointer, QStringLiteral("a photo must be an object { ... }"),
                QStringLiteral("Write it as {\"file\": \"photos/name.jpg\", \"caption\": {...}, \"credit\": {...}}."));
            continue;
        }
        const QJsonObject photoObject = array.at(i).toObject();
        checkKeys(photoObject, photoPointer, { "file", "caption", "credit" });
        Photo photo;
        photo.path = readFile(photoObject, QStringLiteral("file"), photoPointer, FileReference::Kind::Image, true);
        photo.caption = readText(photoObject, QStringLiteral("caption"), photoPointer, false);
        photo.credit = readText(photoObject, QStringLiteral("credit"), photoPointer, false);
        if (photo.path.isEmpty())
            continue;
        if (files.contains(photo.path))
            warning(child(photoPointer, QStringLiteral("file")), QStringLiteral("this photo is already in this section"),
                QStringLiteral("Remove the second entry, unless it is meant to be shown twice."));
        files.insert(photo.path);
        photos.append(std::move(photo));
    }
    return photos;
}

void ManifestReader::readTestimonies(const QJsonObject& root, Content* content)
{
    const QJsonArray array = readArray(root, QStringLiteral("testimonies"), QString(), false);
    const QJsonValue value = root.value(QStringLiteral("testimonies"));
    if (value.isUndefined() || value.isNull())
        warning(QStringLiteral("/testimonies"), QStringLiteral("there are no testimonies; that screen will say so"),
            QStringLiteral("Add \"testimonies\": [ ... ] (see the staff guide)."));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString pointer = child(QStringLiteral("/testimonies"), i);
        if (!array.at(i).isObject()) {
            error(pointer, QStringLiteral("a testimony must be an object { ... }"),
                QStringLiteral("Start from the sample testimony in the staff guide."));
            continue;
        }
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
    checkKeys(object, pointer, { "id", "speaker", "years", "language", "title", "summary", "note", "media", "poster",
                                   "subtitles", "chapters", "duration" });
    const QString id = readString(object, QStringLiteral("id"), pointer, true);
    if (!isValidId(id)) {
        if (!id.isEmpty())
            error(child(pointer, QStringLiteral("id")), QStringLiteral("\"%1\" is not a valid testimony id").arg(id),
                QStringLiteral("Use a short id of lower-case Latin letters, digits and dashes, e.g. \"testimony-3\"."));
        return t;
    }
    t.id = id;
    t.speaker = readText(object, QStringLiteral("speaker"), pointer, true);
    t.years = readString(object, QStringLiteral("years"), pointer, false);
    t.recordingLanguage = readString(object, QStringLiteral("language"), pointer, true);
    if (!t.recordingLanguage.isEmpty() && !Language::isSupported(t.recordingLanguage))
        error(child(pointer, QStringLiteral("language")),
            QStringLiteral("the recording language \"%1\" is not kk, ru or en").arg(t.recordingLanguage),
            QStringLiteral("Write the language spoken in the recording: \"kk\", \"ru\" or \"en\"."));
    t.title = readText(object, QStringLiteral("title"), pointer, true);
    t.summary = readText(object, QStringLiteral("summary"), pointer, false);
    t.contentNote = readText(object, QStringLiteral("note"), pointer, false);
    t.mediaPath = readFile(object, QStringLiteral("media"), pointer, FileReference::Kind::Media, true);
    t.posterPath = readFile(object, QStringLiteral("poster"), pointer, FileReference::Kind::Image, false);
    const QString duration = readString(object, QStringLiteral("duration"), pointer, false);
    if (!duration.isEmpty()) {
        bool ok = false;
        t.durationMs = Timecode::parse(duration, &ok);
        if (!ok || t.durationMs <= 0) {
            t.durationMs = 0;
            error(child(pointer, QStringLiteral("duration")), QStringLiteral("\"%1\" is not a duration").arg(duration),
                QStringLiteral("Write it as minutes and seconds, \"MM:SS\", or leave it out."));
        }
    }
    readSubtitles(object, pointer, &t);
    t.chapters = readChapters(object, pointer);
    if (t.durationMs > 0 && !t.chapters.isEmpty() && t.chapters.constLast().startMs >= t.durationMs)
        error(child(pointer, QStringLiteral("chapters")), QStringLiteral("a chapter starts after the end of the recording"),
            QStringLiteral("Check the chapter times against the recording's length (%1).").arg(Timecode::format(t.durationMs)));
    return t;
}

void ManifestReader::readSubtitles(const QJsonObject& object, const QString& pointer, Testimony* t)
{
    const QString subtitlesPointer = child(pointer, QStringLiteral("subtitles"));
    const QJsonValue value = object.value(QStringLiteral("subtitles"));
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        error(subtitlesPointer, QStringLiteral("\"subtitles\" must be an object with one file per language"),
            QStringLiteral("Write it as {\"kk\": \"testimonies/x.kk.vtt\", \"ru\": \"…\", \"en\": \"…\"}."));
        return;
    }
    const QJsonObject subtitles = value.toObject();
    for (auto it = subtitles.constBegin(); it != subtitles.constEnd(); ++it) {
        if (it.key() == QLatin1String("$comment"))
            continue;
        if (!Language::isSupported(it.key())) {
            warning(child(subtitlesPointer, it.key()), QStringLiteral("unknown language \"%1\" is ignored").arg(it.key()),
                QStringLiteral("Use the language codes kk, ru and en."));
            continue;
        }
        const QString path = readFile(subtitles, it.key(), subtitlesPointer, FileReference::Kind::Subtitles, true);
        if (!path.isEmpty())
            t->subtitlePaths.insert(it.key(), path);
    }
    if (t->subtitlePaths.isEmpty())
        return;
    for (const QString& code : Language::all()) {
        if (!t->subtitlePaths.contains(code) && !subtitles.contains(code))
            warning(child(subtitlesPointer, code),
                QStringLiteral("no %1 subtitles; visitors who chose %1 cannot read along").arg(Language::nativeName(code)),
                QStringLiteral("Add a subtitle file for \"%1\".").arg(code));
    }
}

QList<Chapter> ManifestReader::readChapters(const QJsonObject& object, const QString& pointer)
{
    QList<Chapter> chapters;
    const QString listPointer = child(pointer, QStringLiteral("chapters"));
    const QJsonArray array = readArray(object, QStringLiteral("chapters"), pointer, false);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString chapterPointer = child(listPointer, i);
        if (!array.at(i).isObject()) {
            error(chapterPointer, QStringLiteral("a chapter must be an object { ... }"),
                QStringLiteral("Write it as {\"start\": \"01:30\", \"title\": {...}}."));
            continue;
        }
        const QJsonObject chapterObject = array.at(i).toObject();
        checkKeys(chapterObject, chapterPointer, { "start", "title" });
        Chapter chapter;
        const QString start = readString(chapterObject, QStringLiteral("start"), chapterPointer, true);
        bool ok = false;
        chapter.startMs = Timecode::parse(start, &ok);
        if (!ok) {
            if (!start.isEmpty())
                error(child(chapterPointer, QStringLiteral("start")), QStringLiteral("\"%1\" is not a time").arg(start),
                    QStringLiteral("Write the start as minutes and seconds, \"MM:SS\" or \"HH:MM:SS\"."));
            continue;
        }
        chapter.title = readText(chapterObject, QStringLiteral("title"), chapterPointer, true);
        if (!chapters.isEmpty() && chapter.startMs <= chapters.constLast().startMs)
            warning(child(chapterPointer, QStringLiteral("start")),
                QStringLiteral("this chapter does not start after the one before it; chapters are shown in time order"),
                QStringLiteral("List the chapters in the order they are heard."));
        chapters.append(std::move(chapter));
    }
    std::stable_sort(chapters.begin(), chapters.end(),
        [](const Chapter& a, const Chapter& b) { return a.startMs < b.startMs; });
    return chapters;
}
