#include "wallscreen.h"

#include "jumpbar.h"
#include "namecard.h"
#include "namerowdelegate.h"
#include "nameslistmodel.h"
#include "namessearchservice.h"
#include "onscreenkeyboard.h"
#include "theme.h"
#include "touchscroll.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QScopeGuard>

WallScreen::WallScreen(NamesSearchService* names, QWidget* parent)
    : Screen(parent)
    , m_service(names)
    , m_pages(new QStackedWidget(this))
    , m_searchPage(new QWidget(m_pages))
    , m_intro(new QLabel(m_searchPage))
    , m_field(new QLineEdit(m_searchPage))
    , m_status(new QLabel(m_searchPage))
    , m_view(new QListView(m_searchPage))
    , m_jumpBar(new JumpBar(m_searchPage))
    , m_letterBubble(new QLabel(m_view))
    , m_model(new NamesListModel(this))
    , m_keyboard(new OnScreenKeyboard(m_searchPage))
    , m_card(new NameCard)
{
    m_intro->setObjectName(QStringLiteral("wallIntro"));
    m_intro->setWordWrap(true);
    m_intro->setProperty("role", QStringLiteral("muted"));
    m_field->setObjectName(QStringLiteral("nameSearchField"));
    m_field->setFocusPolicy(Qt::ClickFocus);
    m_field->setClearButtonEnabled(false);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("namesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NameRowDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    TouchScroll::enable(m_view);

    auto* listRow = new QHBoxLayout;
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_view, 1);
    listRow->addWidget(m_jumpBar);
    auto* results = new QVBoxLayout;
    results->addWidget(m_intro);
    results->addWidget(m_field);
    results->addWidget(m_status);
    results->addLayout(listRow, 1);
    m_searchLayout = new QBoxLayout(QBoxLayout::LeftToRight, m_searchPage);
    m_searchLayout->setContentsMargins(0, 0, 0, 0);
    m_searchLayout->addLayout(results, 1);
    m_searchLayout->addWidget(m_keyboard, 0, Qt::AlignBottom);

    auto* scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("nameCardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_card);
    TouchScroll::enable(scroll);
    m_cardPage = scroll;
    m_pages->addWidget(m_searchPage);
    m_pages->addWidget(m_cardPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);

    connect(m_service, &NamesSearchService::ready, this, &WallScreen::indexReady);
    connect(m_field, &QLineEdit::textChanged, this, &WallScreen::runSearch);
    connect(m_keyboard, &OnScreenKeyboard::typed, this, &WallScreen::type);
    connect(m_keyboard, &OnScreenKeyboard::backspace, this, [this] {
        QString text = m_field->text();
        text.chop(1);
        m_field->setText(text);
    });
    connect(m_keyboard, &OnScreenKeyboard::clear, m_field, &QLineEdit::clear);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) {
        openCard(m_model->recordAt(index.row()));
    });
    connect(m_jumpBar, &JumpBar::rowRequested, this, [this](int row) {
        m_view->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
    });
    m_letterBubble->setObjectName(QStringLiteral("letterBubble"));
    m_letterBubble->setAlignment(Qt::AlignCenter);
    m_letterBubble->hide();
    connect(m_jumpBar, &JumpBar::letterShown, this, [this](const QString& letter) {
        const int side = Theme::metricsFor(this).buttonHeight * 2;
        m_letterBubble->setText(letter);
        m_letterBubble->setGeometry((m_view->width() - side) / 2, (m_view->height() - side) / 2, side, side);
        m_letterBubble->setVisible(!letter.isEmpty());
        m_letterBubble->raise();
    });
    connect(m_card, &NameCard::backRequested, this, &WallScreen::showSearch);
}

QString WallScreen::title() const
{
    const Section* s = content() ? content()->section(QStringLiteral("wall")) : nullptr;
    return s ? s->title.value(language()) : tr("Wall of Memory");
}

QString WallScreen::query() const
{
    return m_field->text();
}

void WallScreen::setQuery(const QString& query)
{
    m_field->setText(query);
}

bool WallScreen::isCardShown() const
{
    return m_pages->currentWidget() == m_cardPage;
}

bool WallScreen::hasInnerPage() const
{
    return isCardShown();
}

bool WallScreen::goBack()
{
    if (!isCardShown())
        return false;
    showSearch();
    return true;
}

void WallScreen::resetForNewVisitor()
{
    m_pages->setCurrentWidget(m_searchPage);
    m_field->clear();
    m_keyboard->setKeyLayout(OnScreenKeyboard::layoutFor(language()));
    m_view->verticalScrollBar()->setValue(0);
    innerPageChanged();
}

void WallScreen::hideEvent(QHideEvent* event)
{
    // Leaving the screen (another screen shows, the window stays) forgets the search: the next
    // visitor sees no one else's. The main window updates its bar itself on a screen change.
    if (window()->isVisible() && (!m_field->text().isEmpty() || isCardShown())) {
        m_pages->setCurrentWidget(m_searchPage);
        m_field->clear();
        m_view->verticalScrollBar()->setValue(0);
    }
    Screen::hideEvent(event);
}

void WallScreen::refresh()
{
    const ContentPtr c = content();
    const Section* s = c ? c->section(QStringLiteral("wall")) : nullptr;
    m_intro->setText(s ? s->text.value(language()).section(QStringLiteral("\n\n"), 0, 0) : QString());
    arrange();
    m_field->setPlaceholderText(tr("Type a name: surname, given name or both"));
    m_field->setAccessibleName(tr("Name to search for"));
    m_view->setAccessibleName(tr("Names on the Wall of Memory"));
    m_keyboard->setKeyLayout(OnScreenKeyboard::layoutFor(language()));
    m_service->setContent(c);
    if (m_service->index() && (m_service->index() != m_index || m_indexLanguage != language()))
        indexReady();
    else if (!m_service->index())
        runSearch();
    else
        updateStatus(m_lastCount, m_lastMore);
}

void WallScreen::indexReady()
{
    m_index = m_service->index();
    if (m_index)
        m_index->prepareSearchThread();
    m_indexLanguage = language();
    m_panelCount = 0;
    m_rowCount = 0;
    m_model->setIndex(m_index, language());
    m_jumpBar->setInitials(m_index ? m_index->initials(language()) : QVector<NamesIndex::Initial>());
    runSearch();
}

void WallScreen::type(const QString& letter)
{
    QString text = m_field->text();
    if (letter == QLatin1String(" ")) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(' ')))
            m_field->setText(text + letter);
        return;
    }
    // Names start with a capital: the first letter of each word is shown as one.
    const bool wordStart = text.isEmpty() || text.endsWith(QLatin1Char(' '));
    m_field->setText(text + (wordStart ? letter.toUpper() : letter));
}

void WallScreen::runSearch()
{
    const QString text = m_field->text().trimmed();
    if (!m_index) {
        m_jumpBar->hide();
        m_status->setText(tr("Preparing the list of names…"));
        return;
    }
    if (text.isEmpty()) {
        m_model->showAll();
        m_jumpBar->setVisible(!m_jumpBar->initials().isEmpty());
        updateStatus(m_index->size(), false);
    } else {
        m_jumpBar->hide();
        const NamesSearchResult result = m_index->search(text, language(), ResultLimit);
        QVector<int> records;
        records.reserve(result.matches.size());
        for (const NameMatch& match : result.matches)
            records.append(match.record);
        if (!records.isEmpty()) {
            m_model->showRecords(records, NamesListModel::Mode::Results);
        } else {
            m_model->showRecords(m_index->closest(text, language(), 12), NamesListModel::Mode::Closest);
        }
        updateStatus(int(records.size()), result.more);
    }
    m_view->scrollToTop();
}

void WallScreen::updateStatus(int count, bool more)
{
    m_lastCount = count;
    m_lastMore = more;
    if (!m_index)
        return;
    // The status line may wrap anew: lay out now, not at the next event loop turn.
    const auto relayout = qScopeGuard([this] { m_searchLayout->activate(); });
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("%n name(s) on the Wall of Memory. Type a name, or touch a letter on the right.", "",
            m_index->size()));
    } else if (m_model->mode() == NamesListModel::Mode::Closest) {
        m_status->setText(m_model->rowCount() > 0
                ? tr("No name on the list matches “%1”. Perhaps one of these names:").arg(text)
                : tr("No name on the list matches “%1”. Try fewer letters, or the surname alone.").arg(text));
    } else if (more) {
        m_status->setText(tr("The first %1 names that match. Type more letters to find her.").arg(count));
    } else {
        m_status->setText(tr("%n name(s) match.", "", count));
    }
}

void WallScreen::openCard(int record)
{
    if (!m_index || record < 0 || record >= m_index->size())
        return;
    if (m_panelCount == 0) { // the drawing's scale: the highest panel and row in the whole list
        m_panelCount = 1;
        m_rowCount = 1;
        for (const NameRecord& r : m_index->records()) {
            m_panelCount = std::max(m_panelCount, r.panel.toInt());
            m_rowCount = std::max(m_rowCount, r.row.toInt());
        }
    }
    m_card->setRecord(m_index->record(record), m_panelCount, m_rowCount);
    m_pages->setCurrentWidget(m_cardPage);
    static_cast<QScrollArea*>(m_cardPage)->verticalScrollBar()->setValue(0);
    innerPageChanged();
}

void WallScreen::showSearch()
{
    m_pages->setCurrentWidget(m_searchPage);
    innerPageChanged();
}

void WallScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    arrange();
}

void WallScreen::changeEvent(QEvent* event)
{
    Screen::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        applyStyle();
}

// The search field in the kiosk's colours, as tall as a touch target (the window's style sheet
// has no rule for text fields).
void WallScreen::applyStyle()
{
    const Theme::Metrics m = Theme::metricsFor(this);
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    const QString style = QStringLiteral("#nameSearchField { background: %1; color: %2; border: 2px solid %3;"
                                         " border-radius: %4px; padding: 0 %5px; min-height: %6px; font-size: %7px; }")
                              .arg(p.surface.name(), p.text.name(), p.accent.name())
                              .arg(m.spacing / 2)
                              .arg(m.spacing)
                              .arg(m.minTarget)
                              .arg(m.bodyPx * 6 / 5);
    // The large letter over the list while a finger is on the jump bar: styled here, once, not at
    // every letter the finger passes.
    const QString bubble = QStringLiteral("#letterBubble { background: %1; color: %2; border-radius: %3px;"
                                          " font-size: %4px; font-weight: bold; }")
                               .arg(p.accent.name(), p.accentText.name())
                               .arg(m.spacing)
                               .arg(m.titlePx * 3 / 2);
    if (style + bubble == m_style)
        return;
    m_style = style + bubble;
    m_field->setStyleSheet(style);
    m_letterBubble->setStyleSheet(bubble);
}

// Landscape: results beside the keyboard, keys at least Theme's button height square. Portrait:
// the keyboard under the results, as wide as the screen. The keyboard's height is the screen's
// minimum: everything else shares the rest.
void WallScreen::arrange()
{
    applyStyle();
    const Theme::Metrics m = Theme::metricsFor(this);
    const bool landscape = width() >= height();
    m_searchLayout->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_searchLayout->setSpacing(m.spacing * 2);
    m_searchLayout->setContentsMargins(m.spacing, 0, m.spacing, m.spacing);
    if (landscape) {
        const int keyWidth = std::max(m.buttonHeight, (width() * 6 / 10) / m_keyboard->columns() - m.spacing);
        m_keyboard->setFixedWidth(std::min(m_keyboard->widthFor(keyWidth), width() * 2 / 3));
    } else {
        m_keyboard->setMinimumWidth(0);
        m_keyboard->setMaximumWidth(QWIDGETSIZE_MAX);
    }
    m_jumpBar->setFixedWidth(m.minTarget);
    m_view->setMinimumHeight(m.minTarget);
    m_card->layout()->setContentsMargins(m.spacing, m.spacing / 2, m.spacing, m.spacing);
}

QStringList WallScreen::screenshotStates() const
{
    return { QStringLiteral("search"), QStringLiteral("card") };
}

void WallScreen::enterScreenshotState(const QString& state)
{
    m_service->waitForIndex();
    if (!m_index || m_index->size() == 0)
        return;
    // A name that has a place on the wall, first in the alphabet, found by its first letters.
    int chosen = m_index->recordAt(language(), 0);
    for (int row = 0; row < m_index->size(); ++row) {
        const int record = m_index->recordAt(language(), row);
        if (!m_index->record(record).panel.isEmpty()) {
            chosen = record;
            break;
        }
    }
    showSearch();
    setQuery(m_index->record(chosen).surname.left(4));
    if (state == QLatin1String("card"))
        openCard(chosen);
}
