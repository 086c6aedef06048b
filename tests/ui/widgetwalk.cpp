#include "widgetwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>

namespace WidgetWalk {

namespace {

bool shownIn(const QWidget* widget, const QWidget* window)
{
    return widget->isVisibleTo(window) && widget->window() == window && !widget->size().isEmpty();
}

// Children of a scroll area's viewport may be larger than the viewport: that is scrolling.
bool insideScrolledContent(const QWidget* widget)
{
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p)
            return true;
    }
    return false;
}

bool allowsOverlap(const QWidget* widget)
{
    for (const QWidget* p = widget; p; p = p->parentWidget()) {
        if (p->property("allowOverlap").toBool())
            return true;
    }
    return false;
}

QString textFault(const QWidget* w)
{
    if (auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty() && label->pixmap().isNull()) {
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 2)
                return QStringLiteral("text needs %1 px height, has %2").arg(needed).arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 2) {
            return QStringLiteral("text needs %1 px width, has %2").arg(label->sizeHint().width()).arg(label->width());
        }
    }
    if (auto* button = qobject_cast<const QAbstractButton*>(w); button && button->hasHeightForWidth()) {
        const int needed = button->heightForWidth(button->width());
        if (needed > button->height() + 2)
            return QStringLiteral("label needs %1 px height, button is %2").arg(needed).arg(button->height());
        return {};
    }
    if (auto* button = qobject_cast<const QAbstractButton*>(w); button && !button->text().isEmpty()) {
        const QFontMetrics fm(button->font());
        const int textWidth = fm.horizontalAdvance(button->text());
        if (textWidth > button->width() + 2 && !button->text().contains(QLatin1Char('\n')))
            return QStringLiteral("label needs %1 px, button is %2").arg(textWidth).arg(button->width());
    }
    return {};
}

} // namespace

QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    for (const QWidget* p = widget->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        name = p->objectName().isEmpty() ? QString() : QStringLiteral("in ") + p->objectName();
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text().left(30);
    else if (auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text().left(30);
    return QStringLiteral("%1 (%2) \"%3\"").arg(name, QString::fromLatin1(widget->metaObject()->className()), text);
}

QRect windowRect(const QWidget* widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

QList<QWidget*> interactiveWidgets(QWidget* window)
{
    QList<QWidget*> result;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!shownIn(w, window))
            continue;
        if (qobject_cast<QScrollBar*>(w))
            continue; // scroll bars are indicators here: content scrolls by touch
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QAbstractItemView*>(w))
            result.append(w);
    }
    return result;
}

QStringList layoutFaults(QWidget* window)
{
    QStringList faults;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!shownIn(w, window) || qobject_cast<QScrollBar*>(w))
            continue;
        QWidget* parent = w->parentWidget();
        if (parent && !insideScrolledContent(w) && !parent->rect().contains(w->geometry()))
            faults.append(describe(w) + QStringLiteral(" sticks out of its parent"));
        const QString text = insideScrolledContent(w) && qobject_cast<QLabel*>(w) ? QString() : textFault(w);
        if (!text.isEmpty())
            faults.append(describe(w) + QStringLiteral(": ") + text);
        if (!parent || qobject_cast<QStackedWidget*>(parent) || allowsOverlap(w))
            continue;
        for (QObject* o : parent->children()) {
            auto* sibling = qobject_cast<QWidget*>(o);
            if (!sibling || sibling == w || !shownIn(sibling, window) || sibling->isWindow())
                continue;
            if (w < sibling && w->geometry().intersects(sibling->geometry()))
                faults.append(describe(w) + QStringLiteral(" overlaps ") + describe(sibling));
        }
    }
    return faults;
}

} // namespace WidgetWalk
