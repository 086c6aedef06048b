#pragma once

#include "overlay.h"
#include "staffstatuspage.h"
#include "usagestats.h"

#include <QHash>
#include <QTimer>

class Clock;
class KioskConfig;
class QBoxLayout;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class StaffSettingsPage;
class UsageChart;

// The staff panel, opened with the hidden gesture and the PIN: content status, settings (volume,
// default language, idle timeout, sound test), usage counts per day, the last 200 log lines,
// restart and exit. In the staff's own language (chosen here, remembered in kiosk.conf). Closes
// itself after staff/panelIdleClose without a touch, so it is never left open for visitors.
class StaffPanel : public Overlay
{
    Q_OBJECT

public:
    StaffPanel(KioskConfig* config, const Clock& clock, QWidget* parent);

    // Shows the panel on its first page, with the settings as they are now.
    void open();
    void close();
    bool isOpen() const { return isVisible(); }

    void setStatus(const StaffStatusPage::Status& status);
    void setUsage(const QList<UsageStats::DayTotals>& days);
    void setLogLines(const QStringList& lines);

    // "status", "settings", "usage", "log".
    void showPage(const QString& id);
    QString currentPage() const;
    QStringList pageIds() const;

    // A touch on the panel: the idle close starts again.
    void noteActivity();
    StaffStatusPage* statusPage() const { return m_status; }
    StaffSettingsPage* settingsPage() const { return m_settings; }
    UsageChart* usageChart() const { return m_chart; }
    QString logText() const;
    QString usageSummary() const;

Q_SIGNALS:
    void reloadRequested();
    void restartRequested();
    void exitRequested();
    void soundTestRequested(int volumePercent);
    void settingsApplied();
    void staffLanguageChosen(const QString& code);
    void logRefreshRequested();
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void checkIdle();
    void chooseLanguage(const QString& code);

    KioskConfig* m_config = nullptr;
    const Clock& m_clock;
    QBoxLayout* m_header = nullptr;
    QLabel* m_title = nullptr;
    QHash<QString, QPushButton*> m_languageButtons;
    QPushButton* m_close = nullptr;
    QHash<QString, QPushButton*> m_tabs;
    QButtonGroup* m_tabGroup = nullptr;
    QStackedWidget* m_pages = nullptr;
    StaffStatusPage* m_status = nullptr;
    StaffSettingsPage* m_settings = nullptr;
    QWidget* m_usagePage = nullptr;
    UsageChart* m_chart = nullptr;
    QLabel* m_usageSummary = nullptr;
    QWidget* m_logPage = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_logRefresh = nullptr;
    QList<UsageStats::DayTotals> m_days;
    QTimer m_idleTimer;
    qint64 m_lastActivityMs = 0;
};
