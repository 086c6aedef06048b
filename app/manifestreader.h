#pragma once

#include "content.h"
#include "contentpaths.h"
#include "contentproblem.h"
#include "filereference.h"

#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>

// Turns content.json into a Content (without the names, which NamesListParser reads) and a list
// of problems, each with its JSON pointer. Every path is resolved through ContentPaths; the files
// themselves are checked afterwards (ContentLoader runs MediaProbe over references()).
//
// The accepted structure is described in media/content.schema.json. Besides what the schema
// says, the reader warns about keys it does not know (probably misspelt; "$schema" and "$comment"
// are allowed anywhere) and about missing translations, which fall back along
// Language::fallbackOrder(). Implemented in manifestreader.cpp (structure) and
// manifestvalues.cpp (texts, paths and other single values).
class ManifestReader
{
public:
    static constexpr int CurrentFormat = 1;
    static const QString FileName; // "content.json"

    explicit ManifestReader(const ContentPaths& paths);

    // Fills `content`; returns false when an error was found.
    bool read(const QByteArray& json, Content* content);

    const ContentProblems& problems() const { return m_problems; }
    const QList<FileReference>& references() const { return m_references; }

private:
    // manifestreader.cpp
    bool readDocument(const QByteArray& json, QJsonObject* root);
    void readSections(const QJsonObject& root, Content* content);
    Section readSection(const QJsonObject& object, const QString& pointer);
    QList<Photo> readPhotos(const QJsonObject& object, const QString& pointer);
    void readTestimonies(const QJsonObject& root, Content* content);
    Testimony readTestimony(const QJsonObject& object, const QString& pointer);
    void readSubtitles(const QJsonObject& object, const QString& pointer, Testimony* testimony);
    QList<Chapter> readChapters(const QJsonObject& object, const QString& pointer);

    // manifestvalues.cpp
    LocalizedText readText(const QJsonObject& parent, const QString& key, const QString& pointer, bool required);
    QString readFile(const QJsonObject& parent, const QString& key, const QString& pointer,
        FileReference::Kind kind, bool required);
    QString readString(const QJsonObject& parent, const QString& key, const QString& pointer, bool required);
    QJsonArray readArray(const QJsonObject& parent, const QString& key, const QString& pointer, bool required);
    void checkKeys(const QJsonObject& object, const QString& pointer, std::initializer_list<const char*> known);
    void error(const QString& pointer, const QString& what, const QString& fix);
    void warning(const QString& pointer, const QString& what, const QString& fix);

    const ContentPaths& m_paths;
    ContentProblems m_problems;
    QList<FileReference> m_references;
};

// JSON pointer helpers (RFC 6901), shared by the two files.
namespace JsonPointer {
QString child(const QString& pointer, const QString& key);
QString child(const QString& pointer, qsizetype index);
} // namespace JsonPointer
