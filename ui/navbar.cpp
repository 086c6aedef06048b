#include "navbar.h"

#include "languagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

NavBar::NavBar(QWidget* parent)
    : QWidget(parent)
    , m_home(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_languages(new LanguageBar(this))
{
    setObjectName(QStringLiteral("navBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_home);
    layout->addWidget(m_back);
    layout->addStretch(1);
    layout->addWidget(m_languages);
    connect(m_home, &QPushButton::clicked, this, &NavBar::homeRequested);
    connect(m_back, &QPushButton::clicked, this, &NavBar::backRequested);
    retranslate();
}

void NavBar::setBackEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
}

void NavBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavBar::retranslate()
{
    //: Button that returns to the start screen of the kiosk.
    m_home->setText(tr("Home"));
    m_home->setAccessibleName(tr("Home"));
    m_home->setAccessibleDescription(tr("Returns to the start screen"));
    //: Button that returns to the previous screen.
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Returns to the previous screen"));
}
