#pragma once

class QAbstractScrollArea;

// Kinetic, finger-driven scrolling for a scroll area (QScroller on a left-button/touch drag), tuned
// to be calm: no overshoot bounce.
class TouchScroll
{
public:
    static void enable(QAbstractScrollArea* area);
};
