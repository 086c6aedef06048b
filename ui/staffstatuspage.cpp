#include "staffstatuspage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

StaffStatusPage::StaffStatusPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_reload(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_exit(new QPushButton(this))
{
    setObjectName(QStringLiteral("staffStatusPage"));
    m_summary->setObjectName(QStringLiteral("staffContentSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("staffContentProblems"));
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::NoSelection);
    m_problems->setFocusPolicy(Qt::NoFocus);
    m_reload->setObjectName(QStringLiteral("staffReload"));
    m_restart->setObjectName(QStringLiteral("staffRestart"));
    m_exit->setObjectName(QStringLiteral("staffExit"));

    // Reload on its own row, apart from restart and exit (and so that long words fit in portrait).
    auto* reloadRow = new QHBoxLayout;
    reloadRow->addWidget(m_reload);
    reloadRow->addStretch(1);
    auto* leaveRow = new QHBoxLayout;
    leaveRow->addStretch(1);
    leaveRow->addWidget(m_restart);
    leaveRow->addWidget(m_exit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(reloadRow);
    layout->addLayout(leaveRow);

    m_disarm.setSingleShot(true);
    m_disarm.setInterval(5000);
    connect(&m_disarm, &QTimer::timeout, this, &StaffStatusPage::resetConfirmations);
    connect(m_reload, &QPushButton::clicked, this, &StaffStatusPage::reloadRequested);
    connect(m_restart, &QPushButton::clicked, this,
        [this] { confirm(m_restart, &m_restartArmed, &StaffStatusPage::restartRequested); });
    connect(m_exit, &QPushButton::clicked, this,
        [this] { confirm(m_exit, &m_exitArmed, &StaffStatusPage::exitRequested); });
    retranslate();
}

void StaffStatusPage::confirm(QPushButton* button, bool* armed, void (StaffStatusPage::*signal)())
{
    Q_UNUSED(button)
    if (*armed) {
        resetConfirmations();
        Q_EMIT(this->*signal)();
        return;
    }
    resetConfirmations();
    *armed = true;
    m_disarm.start();
    retranslate();
}

void StaffStatusPage::resetConfirmations()
{
    m_restartArmed = false;
    m_exitArmed = false;
    m_disarm.stop();
    retranslate();
}

void StaffStatusPage::setStatus(const Status& status)
{
    m_status = status;
    retranslate();
}

QString StaffStatusPage::summaryText() const
{
    return m_summary->text();
}

QStringList StaffStatusPage::problemLines() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines.append(m_problems->item(i)->text());
    return lines;
}

void StaffStatusPage::retranslate()
{
    QStringList lines;
    //: Staff panel: the content folder the kiosk shows.
    lines.append(tr("Content folder: %1").arg(m_status.folder));
    //: Staff panel: when the content on screen was loaded.
    lines.append(tr("Shown since: %1").arg(m_status.loadedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (m_status.sample)
        //: Staff panel: the content is the placeholder sample.
        lines.append(tr("This is the sample content (placeholders), not the museum's own."));
    if (m_status.pending)
        //: Staff panel: new content was checked and waits.
        lines.append(tr("New content is ready; it will be shown as soon as nobody is using the kiosk."));
    if (!m_status.folderAvailable)
        //: Staff panel: the folder was removed or cannot be read.
        lines.append(tr("The content folder cannot be read right now. The kiosk keeps showing the last good content."));
    int errors = 0;
    for (const ContentProblem& problem : std::as_const(m_status.problems))
        errors += problem.isError() ? 1 : 0;
    const int warnings = m_status.problems.size() - errors;
    if (m_status.problems.isEmpty())
        //: Staff panel: the result of the last content check.
        lines.append(tr("Last check: no problems."));
    else
        //: Staff panel: the result of the last content check; %1 errors, %2 warnings.
        lines.append(tr("Last check: %1 error(s) and %2 warning(s), listed below. With errors, the new content is not shown.")
                         .arg(errors)
                         .arg(warnings));
    if (!m_status.configWarnings.isEmpty())
        //: Staff panel: problems in kiosk.conf; %1 is its path.
        lines.append(tr("The settings file %1 has problems (listed below); defaults are used for those settings.")
                         .arg(m_status.configPath));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_problems->clear();
    for (const ContentProblem& problem : std::as_const(m_status.problems))
        m_problems->addItem(problem.toString());
    for (const QString& warning : std::as_const(m_status.configWarnings))
        m_problems->addItem(m_status.configPath + QStringLiteral(": ") + warning);
    m_problems->setVisible(m_problems->count() > 0);

    //: Staff panel button: check the content folder and show it if it is valid.
    m_reload->setText(tr("Check and reload content"));
    //: Staff panel button; the second text asks to tap again to confirm.
    m_restart->setText(m_restartArmed ? tr("Tap again to restart") : tr("Restart the kiosk"));
    //: Staff panel button; the second text asks to tap again to confirm.
    m_exit->setText(m_exitArmed ? tr("Tap again to exit") : tr("Exit the kiosk"));
}

void StaffStatusPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
