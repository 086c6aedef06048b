#include "lockdown.h"

#include "logging.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

Lockdown::Lockdown(QObject* parent)
    : QObject(parent)
{
}

Lockdown::~Lockdown()
{
    uninstall();
    setCursorHidden(false);
}

void Lockdown::install()
{
    if (m_installed)
        return;
    qApp->installEventFilter(this);
    m_installed = true;
}

void Lockdown::uninstall()
{
    if (!m_installed)
        return;
    qApp->removeEventFilter(this);
    m_installed = false;
}

void Lockdown::setCursorHidden(bool hidden)
{
    if (hidden == m_cursorHidden)
        return;
    m_cursorHidden = hidden;
    if (hidden)
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

bool Lockdown::isBlockedKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return true;
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return true;
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_Menu:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_Back:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
        return true;
    default:
        return false;
    }
}

bool Lockdown::isTextWidget(QObject* watched)
{
    return qobject_cast<QLineEdit*>(watched) || qobject_cast<QTextEdit*>(watched) || qobject_cast<QPlainTextEdit*>(watched)
        || (watched->parent() && (qobject_cast<QTextEdit*>(watched->parent()) || qobject_cast<QPlainTextEdit*>(watched->parent())));
}

void Lockdown::disableSelection(QObject* watched)
{
    if (auto* label = qobject_cast<QLabel*>(watched)) {
        const Qt::TextInteractionFlags flags = label->textInteractionFlags();
        if (flags & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
            label->setTextInteractionFlags(flags & Qt::LinksAccessibleByMouse);
    } else if (auto* text = qobject_cast<QTextEdit*>(watched)) {
        text->setTextInteractionFlags(text->textInteractionFlags() & Qt::LinksAccessibleByMouse);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched)) {
        plain->setTextInteractionFlags(Qt::NoTextInteraction);
    }
}

bool Lockdown::block(QEvent* event)
{
    event->accept(); // accepted: a ShortcutOverride so accepted keeps the shortcut from firing
    ++m_blocked;
    return true;
}

bool Lockdown::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (isBlockedKey(key->key(), key->modifiers())) {
            if (event->type() == QEvent::KeyPress)
                qCDebug(lcKiosk) << "lockdown: key blocked" << key->key() << key->modifiers();
            return block(event);
        }
        break;
    }
    case QEvent::Close:
        if (watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow()) {
            event->ignore();
            ++m_blocked;
            qCInfo(lcKiosk) << "lockdown: a request to close the window was refused";
            return true;
        }
        break;
    case QEvent::ContextMenu:
        return block(event);
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::RightButton || mouse->button() == Qt::MiddleButton)
            return block(event);
        disableSelection(watched);
        if (event->type() == QEvent::MouseButtonDblClick && isTextWidget(watched))
            return block(event); // double-click selects a word
        break;
    }
    case QEvent::MouseMove:
        // Dragging in a text field selects; touch scrolling is done by QScroller, not by this.
        if (qobject_cast<QLineEdit*>(watched) && (static_cast<QMouseEvent*>(event)->buttons() & Qt::LeftButton))
            return block(event);
        break;
    case QEvent::Show:
    case QEvent::Polish:
        disableSelection(watched);
        break;
    case QEvent::Gesture:
        if (static_cast<QGestureEvent*>(event)->gesture(Qt::TapAndHoldGesture))
            return block(event);
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        return block(event);
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
