#pragma once

#include <QColor>
#include <QIcon>

// The player's icons, drawn as simple shapes (no icon font or theme needed, sharp at every size).
class PlayerIcons
{
public:
    enum class Kind { Play, Pause, Back15, Forward15, Close, VolumeDown, VolumeUp, Replay };

    static QIcon icon(Kind kind, const QColor& color, int size);
};
