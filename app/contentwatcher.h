#pragma once

#include "contentloader.h"
#include "folderfingerprint.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class ContentStore;

// Watches the content folder while the kiosk runs and hands new, valid content to the store.
//
// Changes are seen by QFileSystemWatcher and, as a safety net (missed events, network folders,
// a link switched to a new release folder), by a scan of sizes and modification times every
// scanInterval(). Temporary files of copy and sync tools do not count as content (see
// FolderFingerprint). When nothing has changed for quietPeriod() and the content differs from the
// last check, the folder is validated in the background (QtConcurrent, ContentLoader::load). If it
// changed again meanwhile, the result is thrown away and the watcher waits for quiet again.
// Valid content goes to ContentStore::setPending(): the kiosk runtime applies it at the next idle
// moment with ContentStore::applyPending(), never in front of a visitor. Invalid content is
// logged (alzhir.content) and its problems stored with ContentStore::setLastProblems(); the last
// good content stays. A folder that disappears or cannot be read is reported the same way and
// picked up again when it returns.
class ContentWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultQuietPeriodMs = 5000; // kiosk.conf: [content] quietPeriod (seconds)
    static constexpr int DefaultScanIntervalMs = 2000;
    static constexpr int EventCoalescingMs = 50;

    ContentWatcher(const QString& contentPath, ContentStore* store, QObject* parent = nullptr);
    ~ContentWatcher() override;

    // Takes the folder as it is now as the state the store's content came from, and starts watching.
    void start();
    // The same, from a scan taken before the store's content was read: a change made while it was
    // read is then seen as a change.
    void start(const FolderFingerprint& baseline);
    void stop();
    // Validates now, without waiting for quiet (the staff panel's "reload content").
    void checkNow();

    void setQuietPeriod(int ms);
    int quietPeriod() const { return m_quietMs; }
    void setScanInterval(int ms);
    int scanInterval() const { return m_scanTimer.interval(); }

    QString contentPath() const { return m_path; }
    bool isChecking() const { return m_check.isRunning(); }
    bool isFolderAvailable() const { return !m_folderGone; }
    int checksFinished() const { return m_checksFinished; }

Q_SIGNALS:
    void changeSeen();            // something changed; a check follows after the quiet period
    void checkStarted();
    void checkFinished(bool ok);  // ok: new content is pending in the store
    void folderAvailabilityChanged(bool available);

private:
    void onActivity();
    void onQuiet();
    void startCheck(const FolderFingerprint& fingerprint);
    void onCheckFinished();
    void noteFolderState(const FolderFingerprint& fingerprint);
    void watchDirectories(const FolderFingerprint& fingerprint);

    QString m_path;
    ContentStore* m_store = nullptr;
    QFileSystemWatcher m_fileSystem;
    QTimer m_scanTimer;
    QTimer m_quietTimer;
    QTimer m_eventTimer;
    int m_quietMs = DefaultQuietPeriodMs;
    FolderFingerprint m_lastSeen;  // the latest scan
    FolderFingerprint m_checked;   // the content of the last finished check (or of start())
    FolderFingerprint m_checking;  // the content the running check started from
    QFutureWatcher<ContentLoader::Result> m_check;
    bool m_checkAgain = false;
    bool m_folderGone = false;
    int m_checksFinished = 0;
};
