#include "contentwatcher.h"

#include "contentstore.h"
#include "logging.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

ContentWatcher::ContentWatcher(const QString& contentPath, ContentStore* store, QObject* parent)
    : QObject(parent)
    , m_path(QFileInfo(contentPath).absoluteFilePath())
    , m_store(store)
{
    m_scanTimer.setInterval(DefaultScanIntervalMs);
    m_quietTimer.setSingleShot(true);
    connect(&m_scanTimer, &QTimer::timeout, this, &ContentWatcher::onActivity);
    connect(&m_quietTimer, &QTimer::timeout, this, &ContentWatcher::onQuiet);
    // A copy of many files sends many events: they are gathered into one scan.
    m_eventTimer.setSingleShot(true);
    m_eventTimer.setInterval(EventCoalescingMs);
    connect(&m_eventTimer, &QTimer::timeout, this, &ContentWatcher::onActivity);
    auto scanSoon = [this] {
        if (!m_eventTimer.isActive())
            m_eventTimer.start();
    };
    connect(&m_fileSystem, &QFileSystemWatcher::directoryChanged, this, scanSoon);
    connect(&m_fileSystem, &QFileSystemWatcher::fileChanged, this, scanSoon);
    connect(&m_check, &QFutureWatcher<ContentLoader::Result>::finished, this, &ContentWatcher::onCheckFinished);
}

ContentWatcher::~ContentWatcher()
{
    stop();
    m_check.waitForFinished();
}

void ContentWatcher::start()
{
    start(FolderFingerprint::scan(m_path));
}

void ContentWatcher::start(const FolderFingerprint& baseline)
{
    m_lastSeen = baseline;
    m_checked = m_lastSeen;
    m_folderGone = m_lastSeen.state() != FolderFingerprint::State::Ok;
    watchDirectories(m_lastSeen);
    m_scanTimer.start();
    qCInfo(lcContent) << "watching" << m_path << "for new content; quiet period" << m_quietMs << "ms";
}

void ContentWatcher::stop()
{
    m_scanTimer.stop();
    m_quietTimer.stop();
    m_eventTimer.stop();
    const QStringList watched = m_fileSystem.directories() + m_fileSystem.files();
    if (!watched.isEmpty())
        m_fileSystem.removePaths(watched);
}

void ContentWatcher::checkNow()
{
    const FolderFingerprint fingerprint = FolderFingerprint::scan(m_path);
    m_lastSeen = fingerprint;
    noteFolderState(fingerprint);
    if (m_check.isRunning()) {
        m_checkAgain = true;
        return;
    }
    startCheck(fingerprint);
}

void ContentWatcher::setQuietPeriod(int ms)
{
    m_quietMs = qMax(0, ms);
}

void ContentWatcher::setScanInterval(int ms)
{
    m_scanTimer.setInterval(qMax(10, ms));
}

void ContentWatcher::onActivity()
{
    const FolderFingerprint fingerprint = FolderFingerprint::scan(m_path);
    if (fingerprint.sameActivity(m_lastSeen))
        return;
    if (fingerprint.directories() != m_lastSeen.directories())
        watchDirectories(fingerprint);
    m_lastSeen = fingerprint;
    noteFolderState(fingerprint);
    m_quietTimer.start(m_quietMs); // restarted by every change: copying must come to rest first
    Q_EMIT changeSeen();
}

void ContentWatcher::onQuiet()
{
    const FolderFingerprint fingerprint = FolderFingerprint::scan(m_path);
    if (!fingerprint.sameActivity(m_lastSeen)) {
        m_lastSeen = fingerprint;
        noteFolderState(fingerprint);
        watchDirectories(fingerprint);
        m_quietTimer.start(m_quietMs);
        return;
    }
    if (fingerprint.state() != FolderFingerprint::State::Ok || fingerprint.sameContent(m_checked))
        return; // gone (already reported), or only temporary files came and went
    if (m_check.isRunning()) {
        m_checkAgain = true;
        return;
    }
    startCheck(fingerprint);
}

void ContentWatcher::startCheck(const FolderFingerprint& fingerprint)
{
    m_checking = fingerprint;
    qCInfo(lcContent) << "checking the content in" << m_path << "(" << fingerprint.fileCount() << "files )";
    Q_EMIT checkStarted();
    m_check.setFuture(QtConcurrent::run([path = m_path] { return ContentLoader::load(path); }));
}

void ContentWatcher::onCheckFinished()
{
    const ContentLoader::Result result = m_check.result();
    const FolderFingerprint now = FolderFingerprint::scan(m_path);
    if (!now.sameContent(m_checking)) {
        // Files changed while they were being read: the result may mix old and new. Wait again.
        qCInfo(lcContent) << "the content changed while it was being checked; checking again when copying stops";
        m_lastSeen = now;
        noteFolderState(now);
        watchDirectories(now);
        m_quietTimer.start(m_quietMs);
        return;
    }
    m_checked = m_checking;
    ++m_checksFinished;
    m_store->setLastProblems(result.problems);
    if (result.ok()) {
        qCInfo(lcContent) << "new content in" << m_path << "is valid with" << result.problems.size()
                          << "warnings; it is shown at the next idle moment";
        m_store->setPending(result.content);
    } else {
        for (const ContentProblem& problem : result.problems)
            qCWarning(lcContent).noquote() << problem.toString();
        qCWarning(lcContent) << "the content in" << m_path << "has errors; the kiosk keeps showing the last good content";
    }
    Q_EMIT checkFinished(result.ok());
    if (m_checkAgain) {
        m_checkAgain = false;
        m_quietTimer.start(m_quietMs);
    }
}

void ContentWatcher::noteFolderState(const FolderFingerprint& fingerprint)
{
    const bool gone = fingerprint.state() != FolderFingerprint::State::Ok;
    if (gone == m_folderGone)
        return;
    m_folderGone = gone;
    if (gone) {
        const bool missing = fingerprint.state() == FolderFingerprint::State::Missing;
        const QString what = missing ? QStringLiteral("the content folder has disappeared")
                                     : QStringLiteral("the content folder cannot be read");
        qCWarning(lcContent).noquote() << what << m_path << "- the kiosk keeps showing the last good content";
        m_store->setLastProblems({ ContentProblem::error(m_path, QString(), what,
            QStringLiteral("Put the folder back (or plug the drive in again); the kiosk picks it up by itself.")) });
        m_checked = FolderFingerprint(); // whatever comes back is checked again
    } else {
        qCInfo(lcContent) << "the content folder" << m_path << "is back";
    }
    Q_EMIT folderAvailabilityChanged(!gone);
}

void ContentWatcher::watchDirectories(const FolderFingerprint& fingerprint)
{
    const QStringList old = m_fileSystem.directories() + m_fileSystem.files();
    if (!old.isEmpty())
        m_fileSystem.removePaths(old);
    QStringList paths = fingerprint.directories();
    // The parent shows the folder (or the link to it) being removed, recreated or switched.
    const QString parent = QFileInfo(m_path).absolutePath();
    if (QFileInfo(parent).isDir())
        paths.prepend(parent);
    if (!paths.isEmpty())
        m_fileSystem.addPaths(paths);
}
