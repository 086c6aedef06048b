#include "inputfilter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

// Like Tab and Shift+Tab: the next control in the window's focus chain that takes focus.
void moveFocus(QWidget* from, bool forward)
{
    QWidget* w = from;
    do {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (w->window() == from->window() && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    } while (w != from);
}

} // namespace

InputFilter::InputFilter(QObject* parent)
    : QObject(parent)
{
}

bool InputFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonDblClick:
        return true;
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        QWidget* focus = QApplication::focusWidget();
        if (focus && watched == focus && key->modifiers() == Qt::NoModifier)
            return handleKey(focus, key->key());
        return false;
    }
    default:
        return false;
    }
}

bool InputFilter::handleKey(QWidget* focus, int key)
{
    const bool ownsArrows = qobject_cast<QAbstractItemView*>(focus) || qobject_cast<QAbstractSlider*>(focus)
        || qobject_cast<QLineEdit*>(focus);
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (auto* button = qobject_cast<QAbstractButton*>(focus)) {
            button->click();
            return true;
        }
        return false;
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (ownsArrows)
            return false;
        moveFocus(focus, true);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (ownsArrows)
            return false;
        moveFocus(focus, false);
        return true;
    default:
        return false;
    }
}
