#pragma once

#include "contentstore.h"
#include "contentwatcher.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

// A running kiosk's content side, on a copy of the sample content that a test may break:
// the store shows the sample (the "last good content"), and a ContentWatcher with a short quiet
// period watches the copy, as KioskShell does.
class ContentFixture
{
public:
    static constexpr int QuietMs = 150;
    static constexpr int ScanMs = 30;

    // `folderName` is the copy's name inside the temporary folder (a test may replace the folder).
    explicit ContentFixture(const QString& folderName = QStringLiteral("content"));
    ~ContentFixture();

    QString root() const { return m_root; }
    QString path(const QString& relative) const { return m_root + QLatin1Char('/') + relative; }
    QString tempPath(const QString& relative) const { return m_temp.path() + QLatin1Char('/') + relative; }

    ContentStore& store() { return m_store; }
    ContentWatcher& watcher() { return *m_watcher; }
    ContentPtr initial() const { return m_initial; }

    // Helpers that break or change the copy.
    void writeFile(const QString& relative, const QByteArray& bytes);
    QByteArray readFile(const QString& relative) const;
    void truncateFile(const QString& relative, qint64 size);
    void editManifest(const std::function<void(QJsonObject&)>& edit);
    // In a manifest being edited: the file of photo `photo` of section `section`.
    static void setPhotoFile(QJsonObject& root, int section, int photo, const QString& file);

    // Waits until the watcher has finished one more check than `before` (default: now).
    bool waitForCheck(int before = -1, int timeoutMs = 15000);
    // The store still shows the content it started with, and nothing is waiting to replace it.
    bool lastGoodStays() const;
    // The first problem of the last check whose text contains `text` (nullptr if none).
    const ContentProblem* problem(const QString& text) const;
    QString problemsText() const;

private:
    QTemporaryDir m_temp;
    QString m_root;
    ContentStore m_store;
    ContentPtr m_initial;
    std::unique_ptr<ContentWatcher> m_watcher;
};

// Small builders for test files.
namespace TestFiles {
QByteArray jpeg(int width, int height);
QByteArray png(int width, int height);
// A PNG whose header claims `width` x `height` (the pixels are those of a 2x2 picture).
QByteArray pngClaiming(quint32 width, quint32 height);
QByteArray wav(int milliseconds);
QByteArray cp1251(const QString& text);
} // namespace TestFiles

// Readable QStrings in Catch's failure messages.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
