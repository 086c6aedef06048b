#include "sectionscreen.h"

#include "photogallery.h"
#include "theme.h"
#include "touchscroll.h"

#include <QBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

SectionScreen::SectionScreen(const QString& sectionId, QWidget* parent)
    : Screen(parent)
    , m_sectionId(sectionId)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_scroll(new QScrollArea(this))
    , m_body(new QLabel)
    , m_gallery(new PhotoGallery(this))
{
    m_body->setObjectName(QStringLiteral("sectionBody"));
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextFormat(Qt::PlainText);
    m_scroll->setObjectName(QStringLiteral("sectionScroll"));
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    TouchScroll::enable(m_scroll);
    m_layout->addWidget(m_scroll, 11);
    m_layout->addWidget(m_gallery, 9);
}

const Section* SectionScreen::section() const
{
    return content() ? content()->section(m_sectionId) : nullptr;
}

QString SectionScreen::title() const
{
    const Section* s = section();
    return s ? s->title.value(language()) : QString();
}

void SectionScreen::resetForNewVisitor()
{
    m_scroll->verticalScrollBar()->setValue(0);
    m_gallery->setCurrentIndex(0);
}

void SectionScreen::refresh()
{
    const Section* s = section();
    m_body->setText(s ? s->text.value(language()) : QString());
    m_body->setAccessibleName(title());
    m_gallery->setLanguage(language());
    if (content().get() != m_shownContent) {
        m_shownContent = content().get();
        m_gallery->setPhotos(s ? s->photos : QList<Photo>());
    }
}

void SectionScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    const bool portrait = height() > width() * 11 / 10;
    m_layout->setDirection(portrait ? QBoxLayout::BottomToTop : QBoxLayout::LeftToRight);
    m_layout->setStretch(0, portrait ? 12 : 11);
    m_layout->setStretch(1, portrait ? 8 : 9);
    const Theme::Metrics m = Theme::metricsFor(this);
    m_layout->setContentsMargins(m.margin, 0, m.margin, m.spacing);
    m_layout->setSpacing(m.margin);
    m_body->setContentsMargins(0, 0, m.spacing, m.margin);
}
