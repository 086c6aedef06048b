#pragma once

#include "commandline.h"
#include "contentstore.h"
#include "contentwatcher.h"
#include "languagemanager.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class MainWindow;

// Owns the kiosk's services and its window, and wires them together: the one place where the
// core and the widgets meet at run time.
class KioskShell : public QObject
{
    Q_OBJECT

public:
    KioskShell(const CommandLineOptions& options, const QElapsedTimer& sinceStart, QObject* parent = nullptr);
    ~KioskShell() override;

    // Loads the content and shows the window. False when there is nothing to show.
    bool start();

    MainWindow* window() const { return m_window.get(); }
    ContentStore* store() { return &m_store; }
    // Watches the content folder; new valid content waits in the store until the kiosk is idle.
    ContentWatcher* contentWatcher() const { return m_contentWatcher.get(); }
    LanguageManager* languages() { return &m_languages; }

    // True when a display (Wayland, X11, or a platform chosen with QT_QPA_PLATFORM) is there.
    static bool displayAvailable();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString contentDir() const;
    bool loadInitialContent();

    CommandLineOptions m_options;
    QElapsedTimer m_sinceStart;
    ContentStore m_store;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ContentWatcher> m_contentWatcher;
    bool m_firstFrameReported = false;
};
