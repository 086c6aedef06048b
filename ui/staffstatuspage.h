#pragma once

#include "contentproblem.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// The staff panel's first page: which content folder is shown, since when, whether new content is
// waiting, the last check's errors and warnings in plain words; reload, restart and exit.
class StaffStatusPage : public QWidget
{
    Q_OBJECT

public:
    struct Status
    {
        QString folder;
        QDateTime loadedAt;
        bool sample = false;
        bool pending = false;
        bool folderAvailable = true;
        ContentProblems problems;
        QString configPath;
        QStringList configWarnings;
    };

    explicit StaffStatusPage(QWidget* parent = nullptr);

    void setStatus(const Status& status);
    QString summaryText() const;
    QStringList problemLines() const;
    // Restart and exit ask for a second tap; this forgets a first one.
    void resetConfirmations();

Q_SIGNALS:
    void reloadRequested();
    void restartRequested();
    void exitRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void confirm(QPushButton* button, bool* armed, void (StaffStatusPage::*signal)());

    Status m_status;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_restart = nullptr;
    QPushButton* m_exit = nullptr;
    bool m_restartArmed = false;
    bool m_exitArmed = false;
    QTimer m_disarm;
};
