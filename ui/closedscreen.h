#pragma once

#include "overlay.h"

// Outside opening hours: a black window that shows nothing and ignores visitors' touches. (The
// staff gesture is watched at the application level, so it still works here.)
class ClosedScreen : public Overlay
{
    Q_OBJECT

public:
    explicit ClosedScreen(QWidget* parent);

    int touchesIgnored() const { return m_ignored; }

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    int m_ignored = 0;
};
