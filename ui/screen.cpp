#include "screen.h"

#include <QEvent>

Screen::Screen(QWidget* parent)
    : QWidget(parent)
{
}

void Screen::setContent(ContentPtr content)
{
    m_content = std::move(content);
    refresh();
    Q_EMIT titleChanged();
}

void Screen::setLanguage(const QString& code)
{
    if (code == m_language)
        return;
    m_language = code;
    refresh();
    Q_EMIT titleChanged();
}

void Screen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}
