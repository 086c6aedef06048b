#include "subtitletrack.h"

#include <algorithm>

SubtitleTrack::SubtitleTrack(QList<SubtitleCue> cues)
    : m_cues(std::move(cues))
{
    std::stable_sort(m_cues.begin(), m_cues.end(),
        [](const SubtitleCue& a, const SubtitleCue& b) { return a.startMs < b.startMs; });
    m_maxEndUpTo.reserve(m_cues.size());
    qint64 maxEnd = 0;
    for (const SubtitleCue& cue : std::as_const(m_cues)) {
        maxEnd = qMax(maxEnd, cue.endMs);
        m_maxEndUpTo.append(maxEnd);
    }
}

int SubtitleTrack::currentIndex(qint64 positionMs) const
{
    // The first cue that starts after the position; the one before it is the current one.
    const auto after = std::upper_bound(m_cues.cbegin(), m_cues.cend(), positionMs,
        [](qint64 position, const SubtitleCue& cue) { return position < cue.startMs; });
    return int(after - m_cues.cbegin()) - 1;
}

QList<int> SubtitleTrack::activeIndexes(qint64 positionMs) const
{
    QList<int> result;
    // Walk back from the last started cue while an earlier cue could still be running.
    for (int i = currentIndex(positionMs); i >= 0 && m_maxEndUpTo.at(i) > positionMs; --i) {
        if (m_cues.at(i).contains(positionMs))
            result.prepend(i);
    }
    return result;
}

QString SubtitleTrack::textAt(qint64 positionMs) const
{
    QStringList lines;
    for (int index : activeIndexes(positionMs))
        lines.append(m_cues.at(index).text);
    return lines.join(QLatin1Char('\n'));
}
