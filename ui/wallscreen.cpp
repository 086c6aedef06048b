#include "wallscreen.h"

#include "touchscroll.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStringListModel>
#include <QVBoxLayout>

WallScreen::WallScreen(QWidget* parent)
    : Screen(parent)
    , m_intro(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new QStringListModel(this))
{
    m_intro->setObjectName(QStringLiteral("wallIntro"));
    m_intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("namesView"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TouchScroll::enable(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
}

QString WallScreen::title() const
{
    const Section* s = content() ? content()->section(QStringLiteral("wall")) : nullptr;
    return s ? s->title.value(language()) : QString();
}

void WallScreen::resetForNewVisitor()
{
    m_view->verticalScrollBar()->setValue(0);
}

void WallScreen::refresh()
{
    const ContentPtr c = content();
    const Section* s = c ? c->section(QStringLiteral("wall")) : nullptr;
    m_intro->setText(s ? s->text.value(language()).section(QStringLiteral("\n\n"), 0, 0) : QString());
    if (c.get() == m_shownContent)
        return;
    m_shownContent = c.get();
    QStringList names;
    if (c) {
        names.reserve(c->names.size());
        for (const NameRecord& r : c->names)
            names.append(r.fullName());
    }
    m_model->setStringList(names);
}
