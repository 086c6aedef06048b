#include "testimoniesscreen.h"

#include "contentnotepage.h"
#include "language.h"
#include "playerview.h"
#include "testimonycard.h"
#include "theme.h"
#include "touchscroll.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

TestimoniesScreen::TestimoniesScreen(QWidget* parent)
    : Screen(parent)
    , m_pages(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_filterGroup(new QButtonGroup(this))
    , m_filterLabel(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(this))
    , m_note(new ContentNotePage(this))
{
    m_filterGroup->setExclusive(true);
    m_filterLabel->setProperty("role", QStringLiteral("muted"));
    m_filterRow = new QHBoxLayout;
    m_filterRow->addWidget(m_filterLabel);
    m_filterRow->addStretch(1);

    auto* cards = new QWidget;
    cards->setObjectName(QStringLiteral("testimonyCards"));
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("testimonyList"));
    m_scroll->setWidget(cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    TouchScroll::enable(m_scroll);
    m_empty->setObjectName(QStringLiteral("testimoniesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->addLayout(m_filterRow);
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_scroll, 1);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(m_pages, &QStackedWidget::currentChanged, this, &Screen::innerPageChanged);

    connect(m_note, &ContentNotePage::continueRequested, this, &TestimoniesScreen::startFromNote);
    connect(m_note, &ContentNotePage::backRequested, this, &TestimoniesScreen::showList);
    m_prewarm.setSingleShot(true);
    connect(&m_prewarm, &QTimer::timeout, this, [this] { player()->controller()->engine(); });
}

QString TestimoniesScreen::title() const
{
    return tr("Survivor testimonies");
}

PlayerView* TestimoniesScreen::player()
{
    if (!m_player) {
        m_player = new PlayerView(this);
        m_player->controller()->setVolumeLimits(m_volume[0], m_volume[1], m_volume[2]);
        m_player->setLanguage(language());
        m_pages->addWidget(m_player);
        connect(m_player, &PlayerView::finished, this, &TestimoniesScreen::showList);
        connect(m_player->controller(), &PlaybackController::stateChanged, this, [this](PlaybackController::State state) {
            const QString id = m_player->testimonyId();
            if (state == PlaybackController::State::Playing && !m_startReported && !id.isEmpty()) {
                m_startReported = true;
                Q_EMIT testimonyStarted(id);
            } else if (state == PlaybackController::State::Ended && !id.isEmpty()) {
                Q_EMIT testimonyFinished(id);
            }
        });
    }
    return m_player;
}

QString TestimoniesScreen::currentPage() const
{
    if (m_pages->currentWidget() == m_note)
        return QStringLiteral("note");
    if (m_player && m_pages->currentWidget() == m_player)
        return QStringLiteral("player");
    return QStringLiteral("list");
}

void TestimoniesScreen::openTestimony(const QString& id)
{
    const Testimony* t = content() ? content()->testimony(id) : nullptr;
    if (!t)
        return;
    m_openId = id;
    m_startReported = false;
    m_prewarm.stop();
    if (!t->contentNote.isEmpty()) {
        m_note->setNote(t->title.value(language()), t->contentNote.value(language()));
        m_pages->setCurrentWidget(m_note);
        player()->prepare(*t, language()); // loads while the note is read
        return;
    }
    player()->open(*t, language());
    m_pages->setCurrentWidget(m_player);
}

void TestimoniesScreen::startFromNote()
{
    m_pages->setCurrentWidget(player());
    m_player->start();
}

void TestimoniesScreen::showList()
{
    if (m_player)
        m_player->close();
    m_openId.clear();
    m_pages->setCurrentWidget(m_listPage);
}

bool TestimoniesScreen::goBack()
{
    if (!hasInnerPage())
        return false;
    showList();
    return true;
}

bool TestimoniesScreen::hasInnerPage() const
{
    return currentPage() != QLatin1String("list");
}

void TestimoniesScreen::setLanguageFilter(const QString& code)
{
    m_filter = code;
    if (QPushButton* button = m_filterButtons.value(code))
        button->setChecked(true);
    applyFilter();
}

void TestimoniesScreen::setVolumeLimits(int minPercent, int maxPercent, int defaultPercent)
{
    m_volume[0] = minPercent;
    m_volume[1] = maxPercent;
    m_volume[2] = defaultPercent;
    if (m_player)
        m_player->controller()->setVolumeLimits(minPercent, maxPercent, defaultPercent);
}

void TestimoniesScreen::resetForNewVisitor()
{
    if (m_player)
        m_player->resetForNewVisitor();
    showList();
    setLanguageFilter(QString());
    m_scroll->verticalScrollBar()->setValue(0);
}

bool TestimoniesScreen::isBusy() const
{
    if (!m_player)
        return false;
    const auto state = m_player->controller()->state();
    return state == PlaybackController::State::Playing || state == PlaybackController::State::Loading;
}

QStringList TestimoniesScreen::screenshotStates() const
{
    return { QStringLiteral("note"), QStringLiteral("player"), QStringLiteral("unavailable") };
}

void TestimoniesScreen::enterScreenshotState(const QString& state)
{
    if (!content() || content()->testimonies.isEmpty())
        return;
    const Testimony& first = content()->testimonies.first();
    if (state == QLatin1String("note")) {
        m_note->setNote(first.title.value(language()), first.contentNote.value(language()));
        m_pages->setCurrentWidget(m_note);
    } else if (state == QLatin1String("player")) {
        // The second spoken line of the first testimony, with the transcript open.
        player()->showPreview(first, language(), 6000);
        m_pages->setCurrentWidget(m_player);
    } else if (state == QLatin1String("unavailable")) {
        player()->showUnavailablePreview(first, language());
        m_pages->setCurrentWidget(m_player);
    }
}

void TestimoniesScreen::refresh()
{
    if (m_builtFor != content().get())
        rebuildCards();
    retranslate();
    if (m_player)
        m_player->setLanguage(language());
    const Testimony* open = content() && !m_openId.isEmpty() ? content()->testimony(m_openId) : nullptr;
    if (open && m_pages->currentWidget() == m_note)
        m_note->setNote(open->title.value(language()), open->contentNote.value(language()));
}

void TestimoniesScreen::rebuildCards()
{
    m_builtFor = content().get();
    qDeleteAll(m_cards);
    m_cards.clear();
    if (content()) {
        int index = 0;
        for (const Testimony& t : content()->testimonies) {
            auto* card = new TestimonyCard(t, m_scroll->widget());
            card->setPosterHeight(Theme::metricsFor(this).buttonHeight * 2);
            m_cardLayout->insertWidget(index++, card);
            m_cards.insert(t.id, card);
            connect(card, &QPushButton::clicked, this, [this, id = t.id] { openTestimony(id); });
        }
    }
    rebuildFilter();
    applyFilter();
}

void TestimoniesScreen::rebuildFilter()
{
    qDeleteAll(m_filterButtons);
    m_filterButtons.clear();
    QStringList codes { QString() };
    for (const QString& code : Language::all()) {
        for (const TestimonyCard* card : std::as_const(m_cards)) {
            if (card->recordingLanguage() == code) {
                codes.append(code);
                break;
            }
        }
    }
    if (!codes.contains(m_filter))
        m_filter.clear();
    int index = 1;
    for (const QString& code : std::as_const(codes)) {
        auto* button = new QPushButton(m_listPage);
        button->setObjectName(QStringLiteral("filter_") + (code.isEmpty() ? QStringLiteral("all") : code));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setChecked(code == m_filter);
        m_filterGroup->addButton(button);
        m_filterRow->insertWidget(index++, button);
        m_filterButtons.insert(code, button);
        connect(button, &QPushButton::clicked, this, [this, code] { setLanguageFilter(code); });
    }
    // One language only: nothing to choose between.
    const bool useful = codes.size() > 2;
    m_filterLabel->setVisible(useful);
    for (QPushButton* button : std::as_const(m_filterButtons))
        button->setVisible(useful);
}

void TestimoniesScreen::applyFilter()
{
    int shown = 0;
    for (TestimonyCard* card : std::as_const(m_cards)) {
        const bool visible = m_filter.isEmpty() || card->recordingLanguage() == m_filter;
        card->setVisible(visible);
        shown += visible ? 1 : 0;
    }
    m_empty->setVisible(shown == 0);
    m_scroll->setVisible(shown > 0);
}

void TestimoniesScreen::retranslate()
{
    m_filterLabel->setText(tr("Language of the recording:"));
    for (auto it = m_filterButtons.cbegin(); it != m_filterButtons.cend(); ++it) {
        const QString& code = it.key();
        QString text = tr("All");
        if (code == QLatin1String("kk"))
            text = tr("Kazakh");
        else if (code == QLatin1String("ru"))
            text = tr("Russian");
        else if (code == QLatin1String("en"))
            text = tr("English");
        it.value()->setText(text);
    }
    m_empty->setText(content() && !content()->testimonies.isEmpty() ? tr("No testimonies in this language yet.")
                                                                     : tr("No testimonies yet."));
    if (!content())
        return;
    for (const Testimony& t : content()->testimonies) {
        if (TestimonyCard* card = m_cards.value(t.id))
            card->setTexts(t, language());
    }
}

void TestimoniesScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    if (m_prewarmDelay >= 0 && !(m_player && m_player->controller()->hasEngine()) && !m_cards.isEmpty())
        m_prewarm.start(m_prewarmDelay);
}

void TestimoniesScreen::hideEvent(QHideEvent* event)
{
    // Leaving the screen (Home, Back, idle reset) stops the recording: one thing plays at a time.
    m_prewarm.stop();
    if (m_pages->currentWidget() != m_listPage)
        showList();
    Screen::hideEvent(event);
}

void TestimoniesScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    const Theme::Metrics m = Theme::metricsFor(this);
    for (TestimonyCard* card : std::as_const(m_cards))
        card->setPosterHeight(m.buttonHeight * 2);
    // Touch targets keep at least the theme's gap between them.
    m_filterRow->setSpacing(m.spacing);
    m_cardLayout->setSpacing(m.spacing);
}
