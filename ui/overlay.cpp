#include "overlay.h"

#include <QEvent>
#include <QLayout>
#include <QPainter>

Overlay::Overlay(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_NoMousePropagation);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent, m_background.alpha() == 255);
    hide();
    if (parent) {
        parent->installEventFilter(this);
        setGeometry(parent->rect());
    }
}

void Overlay::present()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
}

void Overlay::setBackground(const QColor& color)
{
    m_background = color;
    // An opaque overlay hides the screens: Qt then skips painting what lies under it.
    setAttribute(Qt::WA_OpaquePaintEvent, color.alpha() == 255);
    update();
}

void Overlay::fitCard(QWidget* card, int width)
{
    card->setFixedWidth(width);
    if (card->layout())
        card->setFixedHeight(card->layout()->totalHeightForWidth(width));
}

bool Overlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void Overlay::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
}
