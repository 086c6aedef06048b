#pragma once

#include "content.h"
#include "theme.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class ContentStore;
class LanguageManager;
class NamesSearchService;
class NavBar;
class QLabel;
class QStackedWidget;
class Screen;

// The kiosk's one window: a title header, the screens, and the navigation bar. It is a small
// navigator: which screen shows, the way back, and handing snapshot and language to the screens.
class MainWindow : public QWidget
{
    Q_OBJECT

public:
    MainWindow(ContentStore* store, LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // "home", then the sections and the lists, in the order of the home screen.
    static QStringList screenIds();

    void showScreen(const QString& id);
    QString currentScreenId() const;
    // The screen with this id, made on first use (start-up builds only Home).
    Screen* screen(const QString& id);
    Screen* currentScreen() const;
    NavBar* navBar() const { return m_navBar; }

    void goHome();
    void goBack();
    bool canGoBack() const { return !m_history.isEmpty(); }

    // Styles and lays the window out for `size` before it is shown (start-up does this while the
    // content is being read, so that showing it costs less).
    void prepareForSize(const QSize& size);
    // Starts, in the background, the work the screens will need later (the Wall of Memory's names
    // index), and keeps it up to date with the content from then on. The kiosk calls it after its
    // first frame; without it a screen starts what it needs when it is first shown.
    void prepareInBackground();
    NamesSearchService* namesSearch() const { return m_namesSearch; }

    // Forgets the last visitor: every screen resets, the history is cleared, Home is shown.
    void resetForNewVisitor();
    // True while the visitor is not idle without touching (e.g. a recording plays).
    bool isBusy() const;

    // The visitor's accessibility choices; all return to normal with resetForNewVisitor().
    void setTextStep(int step);
    void setHighContrast(bool on);
    void setReachMode(bool on);
    int textStep() const { return m_themeOptions.textStep; }
    bool highContrast() const { return m_themeOptions.highContrast; }
    bool reachMode() const { return m_reachMode; }
    // Reach mode keeps every control below this fraction of the window's height.
    static constexpr double ReachTop = 0.4;

Q_SIGNALS:
    void screenShown(const QString& id);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Screen* createScreen(const QString& id);
    void addScreen(const QString& id, Screen* screen);
    void setContent(ContentPtr content);
    void setLanguage(const QString& code);
    void updateChrome();
    void setAccessibility(const Theme::Options& options, bool reachMode);
    void applyTheme(bool force = false);
    void updateReachLayout();

    ContentStore* m_store = nullptr;
    LanguageManager* m_languages = nullptr;
    QWidget* m_header = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_sampleMark = nullptr;
    QStackedWidget* m_stack = nullptr;
    NavBar* m_navBar = nullptr;
    NamesSearchService* m_namesSearch = nullptr;
    bool m_preparing = false;
    QHash<QString, Screen*> m_screens; // the screens made so far
    ContentPtr m_content;
    QString m_language;
    QStringList m_history;
    QSize m_themedSize;
    Theme::Options m_themeOptions;
    bool m_reachMode = false;
};
