#pragma once

#include "subtitlecue.h"

#include <QList>
#include <QString>

// The cues of one subtitle file, ordered by start time, with lookup by playback position.
// Cues may overlap (two speakers at once); lookups then return all of them, earliest first.
class SubtitleTrack
{
public:
    SubtitleTrack() = default;
    explicit SubtitleTrack(QList<SubtitleCue> cues);

    const QList<SubtitleCue>& cues() const { return m_cues; }
    bool isEmpty() const { return m_cues.isEmpty(); }
    qsizetype size() const { return m_cues.size(); }

    // Indexes of the cues shown at `positionMs`, in start order; empty between cues.
    QList<int> activeIndexes(qint64 positionMs) const;
    // The text shown at `positionMs`: the active cues joined by '\n'; empty between cues.
    QString textAt(qint64 positionMs) const;
    // The cue a transcript highlights at `positionMs`: the last cue that has started, or -1 before
    // the first one. Stays on a cue through the silence after it.
    int currentIndex(qint64 positionMs) const;

private:
    QList<SubtitleCue> m_cues;
    QList<qint64> m_maxEndUpTo; // m_maxEndUpTo[i] = max(endMs of cues 0..i), for overlap lookup
};
