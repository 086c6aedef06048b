#include "transcriptview.h"

#include "timecode.h"
#include "touchscroll.h"

#include <QScroller>

TranscriptView::TranscriptView(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("transcriptList"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTextElideMode(Qt::ElideNone);
    TouchScroll::enable(this);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT seekRequested(startOf(row(item)));
    });
}

void TranscriptView::setTrack(const SubtitleTrack& track)
{
    m_track = track;
    m_current = -1;
    clear();
    for (const SubtitleCue& cue : track.cues()) {
        auto* item = new QListWidgetItem(QString(cue.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        item->setToolTip(Timecode::format(cue.startMs));
        addItem(item);
    }
}

void TranscriptView::setPosition(qint64 positionMs)
{
    const int index = m_track.currentIndex(positionMs);
    if (index == m_current)
        return;
    m_current = index;
    if (index < 0) {
        clearSelection();
        return;
    }
    setCurrentRow(index);
    // Follow the speech, but not while a finger is scrolling the text.
    const QScroller::State scrolling = QScroller::scroller(viewport())->state();
    if (scrolling == QScroller::Inactive)
        scrollToItem(item(index), QAbstractItemView::PositionAtCenter);
}

qint64 TranscriptView::startOf(int row) const
{
    if (row < 0 || row >= m_track.size())
        return 0;
    return m_track.cues().at(row).startMs;
}
