#include "touchscroll.h"

#include <QAbstractScrollArea>
#include <QScroller>
#include <QScrollerProperties>

void TouchScroll::enable(QAbstractScrollArea* area)
{
    QWidget* viewport = area->viewport();
    QScroller::grabGesture(viewport, QScroller::LeftMouseButtonGesture);
    QScroller* scroller = QScroller::scroller(viewport);
    QScrollerProperties properties = scroller->scrollerProperties();
    const QVariant noOvershoot = QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff);
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy, noOvershoot);
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy, noOvershoot);
    properties.setScrollMetric(QScrollerProperties::DragStartDistance, 0.004);
    scroller->setScrollerProperties(properties);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}
