#pragma once

#include "screen.h"

#include <QHash>
#include <QTimer>

class ContentNotePage;
class PlayerView;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;
class TestimonyCard;

// Survivor testimonies: the list of recordings (cards, filter by the language of the recording),
// the content note some carry, and the player. The player and its media engine are made when the
// first testimony is opened (or shortly after the list is shown, see setPrewarmDelay()), never at
// start-up.
class TestimoniesScreen : public Screen
{
    Q_OBJECT

public:
    explicit TestimoniesScreen(QWidget* parent = nullptr);

    QString title() const override;
    void resetForNewVisitor() override;
    bool isBusy() const override;
    bool goBack() override;
    bool hasInnerPage() const override;
    QStringList screenshotStates() const override;
    void enterScreenshotState(const QString& state) override;

    // Opens a testimony as a tap on its card does: the content note first when it has one.
    void openTestimony(const QString& id);
    // Shows only the testimonies recorded in `code` ("kk", "ru", "en"), or all for an empty code.
    void setLanguageFilter(const QString& code);
    QString languageFilter() const { return m_filter; }

    // Staff limits for the volume, in percent; every recording starts at `defaultPercent`.
    void setVolumeLimits(int minPercent, int maxPercent, int defaultPercent);
    // Milliseconds after the list appears to make the media engine ready for a fast first frame;
    // negative: only when the first testimony is opened.
    void setPrewarmDelay(int ms) { m_prewarmDelay = ms; }

    // The player, made on the first call.
    PlayerView* player();
    bool hasPlayer() const { return m_player != nullptr; }
    TestimonyCard* card(const QString& id) const { return m_cards.value(id); }
    ContentNotePage* notePage() const { return m_note; }
    QString currentPage() const; // "list", "note" or "player"

Q_SIGNALS:
    // For the usage counts: a testimony began to play (once per opening), and one played to its end.
    void testimonyStarted(const QString& id);
    void testimonyFinished(const QString& id);

protected:
    void refresh() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildCards();
    void rebuildFilter();
    void applyFilter();
    void retranslate();
    void showList();
    void startFromNote();

    QStackedWidget* m_pages = nullptr;
    QWidget* m_listPage = nullptr;
    QHBoxLayout* m_filterRow = nullptr;
    QButtonGroup* m_filterGroup = nullptr;
    QLabel* m_filterLabel = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
    QLabel* m_empty = nullptr;
    ContentNotePage* m_note = nullptr;
    PlayerView* m_player = nullptr;
    QHash<QString, TestimonyCard*> m_cards;
    QHash<QString, QPushButton*> m_filterButtons;
    QString m_filter;
    QString m_openId;
    bool m_startReported = false;
    const void* m_builtFor = nullptr; // the content snapshot the cards were made from
    int m_volume[3] = { 0, 100, 70 }; // min, max, default
    int m_prewarmDelay = 1500;
    QTimer m_prewarm;
};
