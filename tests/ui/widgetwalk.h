#pragma once

#include <QList>
#include <QRect>
#include <QString>

class QWidget;

// Walks a window's visible widget tree for the layout and accessibility checks.
namespace WidgetWalk {

// Visible widgets a visitor can operate: buttons, sliders, text fields, lists.
QList<QWidget*> interactiveWidgets(QWidget* window);
// A widget's rectangle in its window's coordinates.
QRect windowRect(const QWidget* widget);
// Descriptions of every visible widget that sticks out of its parent, overlaps a visible sibling,
// or whose text does not fit; empty when the layout holds.
QStringList layoutFaults(QWidget* window);
// A readable name for messages: object name and class.
QString describe(const QWidget* widget);

} // namespace WidgetWalk
