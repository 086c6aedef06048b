#include "testimoniesscreen.h"

#include "language.h"
#include "touchscroll.h"

#include <QListWidget>
#include <QScrollBar>
#include <QVBoxLayout>

TestimoniesScreen::TestimoniesScreen(QWidget* parent)
    : Screen(parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("testimonyList"));
    m_list->setWordWrap(true);
    TouchScroll::enable(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

QString TestimoniesScreen::title() const
{
    return tr("Survivor testimonies");
}

void TestimoniesScreen::resetForNewVisitor()
{
    m_list->verticalScrollBar()->setValue(0);
}

void TestimoniesScreen::refresh()
{
    m_list->clear();
    if (!content())
        return;
    for (const Testimony& t : content()->testimonies) {
        m_list->addItem(QStringLiteral("%1\n%2 · %3 · %4")
                            .arg(t.title.value(language()), t.speaker.value(language()), t.years,
                                Language::nativeName(t.recordingLanguage)));
    }
}
