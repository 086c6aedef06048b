#include "playersidepanel.h"

#include "timecode.h"
#include "touchscroll.h"
#include "transcriptview.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

PlayerSidePanel::PlayerSidePanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_transcript(new TranscriptView(this))
    , m_chapters(new QListWidget(this))
{
    setObjectName(QStringLiteral("playerSidePanel"));
    m_heading->setProperty("role", QStringLiteral("heading"));
    m_heading->setObjectName(QStringLiteral("playerSideHeading"));
    m_chapters->setObjectName(QStringLiteral("chapterList"));
    m_chapters->setWordWrap(true);
    TouchScroll::enable(m_chapters);
    m_stack->addWidget(m_transcript);
    m_stack->addWidget(m_chapters);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    connect(m_transcript, &TranscriptView::seekRequested, this, &PlayerSidePanel::seekRequested);
    connect(m_chapters, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const int row = m_chapters->row(item);
        if (row >= 0 && row < m_chapterData.size())
            Q_EMIT seekRequested(m_chapterData.at(row).startMs);
    });
    retranslate();
}

void PlayerSidePanel::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Transcript ? static_cast<QWidget*>(m_transcript) : m_chapters);
    retranslate();
}

void PlayerSidePanel::setChapters(const QList<Chapter>& chapters, const QString& language)
{
    m_chapterData = chapters;
    m_language = language;
    m_chapters->clear();
    for (const Chapter& chapter : chapters)
        m_chapters->addItem(Timecode::format(chapter.startMs) + QStringLiteral("  ") + chapter.title.value(language));
}

void PlayerSidePanel::setPosition(qint64 positionMs)
{
    m_transcript->setPosition(positionMs);
    int current = -1;
    for (int i = 0; i < m_chapterData.size(); ++i) {
        if (m_chapterData.at(i).startMs <= positionMs)
            current = i;
    }
    if (current != m_chapters->currentRow() && current >= 0)
        m_chapters->setCurrentRow(current);
}

void PlayerSidePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerSidePanel::retranslate()
{
    m_heading->setText(m_mode == Mode::Transcript ? tr("Transcript") : tr("Chapters"));
}
