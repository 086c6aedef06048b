#include "staffpanel.h"

#include "clock.h"
#include "kioskconfig.h"
#include "language.h"
#include "logging.h"
#include "staffsettingspage.h"
#include "theme.h"
#include "usagechart.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

const QStringList PageIds { QStringLiteral("status"), QStringLiteral("settings"), QStringLiteral("usage"),
    QStringLiteral("log") };

} // namespace

StaffPanel::StaffPanel(KioskConfig* config, const Clock& clock, QWidget* parent)
    : Overlay(parent)
    , m_config(config)
    , m_clock(clock)
    , m_title(new QLabel)
    , m_close(new QPushButton)
    , m_tabGroup(new QButtonGroup(this))
    , m_pages(new QStackedWidget)
    , m_status(new StaffStatusPage)
    , m_settings(new StaffSettingsPage(config))
    , m_usagePage(new QWidget)
    , m_chart(new UsageChart)
    , m_usageSummary(new QLabel)
    , m_logPage(new QWidget)
    , m_log(new QPlainTextEdit)
    , m_logRefresh(new QPushButton)
{
    setObjectName(QStringLiteral("staffPanel"));
    setBackground(QColor(0x16, 0x16, 0x18));
    m_title->setObjectName(QStringLiteral("staffPanelTitle"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_close->setObjectName(QStringLiteral("staffPanelClose"));
    m_usageSummary->setObjectName(QStringLiteral("staffUsageSummary"));
    m_usageSummary->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("staffLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(200);
    m_logRefresh->setObjectName(QStringLiteral("staffLogRefresh"));

    // Title and buttons side by side in landscape, one above the other in portrait.
    m_header = new QBoxLayout(QBoxLayout::LeftToRight);
    m_header->addWidget(m_title, 1);
    auto* header = new QHBoxLayout;
    header->addStretch(1);
    m_header->addLayout(header);
    for (const QString& code : Language::all()) {
        auto* button = new QPushButton(Language::nativeName(code));
        button->setObjectName(QStringLiteral("staffLanguage_") + code);
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, code] { chooseLanguage(code); });
        m_languageButtons.insert(code, button);
        header->addWidget(button);
    }
    header->addWidget(m_close);

    auto* tabs = new QHBoxLayout;
    for (const QString& id : PageIds) {
        auto* tab = new QPushButton;
        tab->setObjectName(QStringLiteral("staffTab_") + id);
        tab->setCheckable(true);
        m_tabGroup->addButton(tab);
        m_tabs.insert(id, tab);
        tabs->addWidget(tab);
        connect(tab, &QPushButton::clicked, this, [this, id] { showPage(id); });
    }

    auto* usageLayout = new QVBoxLayout(m_usagePage);
    usageLayout->setContentsMargins(0, 0, 0, 0);
    usageLayout->addWidget(m_chart, 1);
    usageLayout->addWidget(m_usageSummary);
    auto* logLayout = new QVBoxLayout(m_logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log, 1);
    logLayout->addWidget(m_logRefresh, 0, Qt::AlignRight);
    m_pages->addWidget(m_status);
    m_pages->addWidget(m_settings);
    m_pages->addWidget(m_usagePage);
    m_pages->addWidget(m_logPage);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addLayout(tabs);
    layout->addWidget(m_pages, 1);

    connect(m_close, &QPushButton::clicked, this, &StaffPanel::close);
    connect(m_status, &StaffStatusPage::reloadRequested, this, &StaffPanel::reloadRequested);
    connect(m_status, &StaffStatusPage::restartRequested, this, &StaffPanel::restartRequested);
    connect(m_status, &StaffStatusPage::exitRequested, this, &StaffPanel::exitRequested);
    connect(m_settings, &StaffSettingsPage::soundTestRequested, this, &StaffPanel::soundTestRequested);
    connect(m_settings, &StaffSettingsPage::applied, this, &StaffPanel::settingsApplied);
    connect(m_logRefresh, &QPushButton::clicked, this, &StaffPanel::logRefreshRequested);

    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &StaffPanel::checkIdle);
    connect(&m_clock, &Clock::advanced, this, &StaffPanel::checkIdle);
    retranslate();
}

void StaffPanel::open()
{
    m_settings->load();
    m_status->resetConfirmations();
    if (QPushButton* button = m_languageButtons.value(m_config->staffLanguage()))
        button->setChecked(true);
    showPage(QStringLiteral("status"));
    present();
    noteActivity();
    m_idleTimer.start();
}

void StaffPanel::close()
{
    if (!isVisible())
        return;
    m_idleTimer.stop();
    hide();
    Q_EMIT closed();
}

void StaffPanel::noteActivity()
{
    m_lastActivityMs = m_clock.monotonicMs();
}

void StaffPanel::checkIdle()
{
    if (!isVisible())
        return;
    const qint64 limit = m_config->staffPanelIdleClose().count();
    if (m_clock.monotonicMs() - m_lastActivityMs >= limit) {
        qCInfo(lcKiosk) << "staff panel closed after" << limit / 1000 << "s without a touch";
        close();
    }
}

void StaffPanel::chooseLanguage(const QString& code)
{
    for (auto it = m_languageButtons.cbegin(); it != m_languageButtons.cend(); ++it)
        it.value()->setChecked(it.key() == code);
    Q_EMIT staffLanguageChosen(code);
}

void StaffPanel::setStatus(const StaffStatusPage::Status& status)
{
    m_status->setStatus(status);
}

void StaffPanel::setUsage(const QList<UsageStats::DayTotals>& days)
{
    m_days = days;
    m_chart->setDays(days);
    retranslate();
}

void StaffPanel::setLogLines(const QStringList& lines)
{
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

QString StaffPanel::logText() const
{
    return m_log->toPlainText();
}

QString StaffPanel::usageSummary() const
{
    return m_usageSummary->text();
}

void StaffPanel::showPage(const QString& id)
{
    const int index = PageIds.indexOf(id);
    if (index < 0)
        return;
    m_pages->setCurrentIndex(index);
    m_tabs.value(id)->setChecked(true);
}

QString StaffPanel::currentPage() const
{
    return PageIds.value(m_pages->currentIndex());
}

QStringList StaffPanel::pageIds() const
{
    return PageIds;
}

void StaffPanel::retranslate()
{
    //: Title of the staff panel.
    m_title->setText(tr("Staff panel"));
    //: Closes the staff panel and returns to the kiosk.
    m_close->setText(tr("Close"));
    //: Staff panel tab.
    m_tabs.value(QStringLiteral("status"))->setText(tr("Content"));
    //: Staff panel tab.
    m_tabs.value(QStringLiteral("settings"))->setText(tr("Settings"));
    //: Staff panel tab.
    m_tabs.value(QStringLiteral("usage"))->setText(tr("Usage"));
    //: Staff panel tab.
    m_tabs.value(QStringLiteral("log"))->setText(tr("Log"));
    //: Staff panel button: reads the log again.
    m_logRefresh->setText(tr("Refresh"));
    UsageStats::DayTotals sum;
    for (const UsageStats::DayTotals& day : std::as_const(m_days)) {
        sum.sessions += day.sessions;
        sum.screens += day.screens;
        sum.testimoniesStarted += day.testimoniesStarted;
        sum.testimoniesFinished += day.testimoniesFinished;
        sum.searches += day.searches;
    }
    //: Staff panel usage page; %1 is the number of days, then the totals.
    m_usageSummary->setText(tr("Last %1 days: %2 visitor sessions, %3 screens opened, %4 testimonies started, %5 played to the "
                               "end, %6 name searches. Export them all with: alzhir-kiosk --export-stats FILE.csv")
                                .arg(m_days.size())
                                .arg(sum.sessions)
                                .arg(sum.screens)
                                .arg(sum.testimoniesStarted)
                                .arg(sum.testimoniesFinished)
                                .arg(sum.searches));
}

void StaffPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Overlay::changeEvent(event);
}

void StaffPanel::resizeEvent(QResizeEvent* event)
{
    Overlay::resizeEvent(event);
    const Theme::Metrics m = Theme::metricsFor(this);
    m_header->setDirection(height() > width() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    layout()->setContentsMargins(m.margin, m.margin / 2, m.margin, m.margin / 2);
    layout()->setSpacing(m.spacing);
    QFont mono(QStringLiteral("monospace"));
    mono.setPixelSize(std::max(14, m.smallPx * 3 / 4));
    m_log->setFont(mono);
}
