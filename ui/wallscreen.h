#pragma once

#include "namesindex.h"
#include "screen.h"

class JumpBar;
class NameCard;
class NamesListModel;
class NamesSearchService;
class OnScreenKeyboard;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

// The Wall of Memory: find one name among thousands. A search field fed by the kiosk's own
// keyboard; results update with every key; without a query, the whole list in the alphabetical
// order of the interface language with a jump bar of initial letters; a tap opens the name's card.
// The names index is built in the background (NamesSearchService) when the content arrives, or
// sooner: the main window starts it after the kiosk's first frame.
class WallScreen : public Screen
{
    Q_OBJECT

public:
    // `names` keeps the names index (the main window's, shared with its background start).
    explicit WallScreen(NamesSearchService* names, QWidget* parent = nullptr);

    QString title() const override;
    void resetForNewVisitor() override;
    bool goBack() override;
    bool hasInnerPage() const override;
    QStringList screenshotStates() const override;
    void enterScreenshotState(const QString& state) override;

    QString query() const;
    void setQuery(const QString& query);
    QListView* namesView() const { return m_view; }
    QLineEdit* searchField() const { return m_field; }
    OnScreenKeyboard* keyboard() const { return m_keyboard; }
    JumpBar* jumpBar() const { return m_jumpBar; }
    NameCard* card() const { return m_card; }
    bool isCardShown() const;
    NamesSearchService* searchService() const { return m_service; }
    NamesListModel* namesModel() const { return m_model; }

    // The most names a search lists (the status line says when there are more).
    static constexpr int ResultLimit = 300;

protected:
    void refresh() override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void indexReady();
    void runSearch();
    void type(const QString& letter);
    void openCard(int record);
    void showSearch();
    void arrange();
    void applyStyle();
    void updateStatus(int count, bool more);

    NamesSearchService* m_service = nullptr;
    std::shared_ptr<const NamesIndex> m_index;
    QString m_indexLanguage;
    int m_panelCount = 0; // highest panel and row numbers of the list, for the card's drawing
    int m_rowCount = 0;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_searchPage = nullptr;
    QLabel* m_intro = nullptr;
    QBoxLayout* m_searchLayout = nullptr;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QListView* m_view = nullptr;
    JumpBar* m_jumpBar = nullptr;
    QLabel* m_letterBubble = nullptr; // the letter under the finger on the jump bar, large
    NamesListModel* m_model = nullptr;
    OnScreenKeyboard* m_keyboard = nullptr;
    NameCard* m_card = nullptr;
    QWidget* m_cardPage = nullptr;
    QString m_style;
    int m_lastCount = 0;
    bool m_lastMore = false;
};
