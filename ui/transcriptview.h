#pragma once

#include "subtitletrack.h"

#include <QListWidget>

// The words of a recording as paragraphs, one per subtitle cue: the line being spoken is
// highlighted and kept in view; a tap on a line asks to play from there.
class TranscriptView : public QListWidget
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void setTrack(const SubtitleTrack& track);
    // Highlights the cue at `positionMs` (the last one started) and scrolls it into view.
    void setPosition(qint64 positionMs);
    int currentCue() const { return m_current; }
    // Where each row starts, for tests and for the tap.
    qint64 startOf(int row) const;

Q_SIGNALS:
    void seekRequested(qint64 positionMs);

private:
    SubtitleTrack m_track;
    int m_current = -1;
};
