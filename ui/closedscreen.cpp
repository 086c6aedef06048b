#include "closedscreen.h"

ClosedScreen::ClosedScreen(QWidget* parent)
    : Overlay(parent)
{
    setObjectName(QStringLiteral("closedScreen"));
    setBackground(Qt::black);
}

void ClosedScreen::mousePressEvent(QMouseEvent* event)
{
    Q_UNUSED(event)
    ++m_ignored;
}
