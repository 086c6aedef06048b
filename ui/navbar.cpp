#include "navbar.h"

#include "accessibilitybar.h"
#include "languagebar.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QPushButton>

NavBar::NavBar(QWidget* parent)
    : QWidget(parent)
    , m_home(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_languages(new LanguageBar(this))
    , m_accessibility(new AccessibilityBar(this))
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("navBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_layout->setColumnStretch(2, 1);
    arrange(false);
    connect(m_home, &QPushButton::clicked, this, &NavBar::homeRequested);
    connect(m_back, &QPushButton::clicked, this, &NavBar::backRequested);
    retranslate();
}

void NavBar::setBackEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
}

void NavBar::arrange(bool twoRows)
{
    const int rows = twoRows ? 2 : 1;
    if (rows == m_rows)
        return;
    m_rows = rows;
    for (QWidget* w : { static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_back),
             static_cast<QWidget*>(m_accessibility), static_cast<QWidget*>(m_languages) })
        m_layout->removeWidget(w);
    m_layout->addWidget(m_home, 0, 0);
    m_layout->addWidget(m_back, 0, 1);
    m_layout->addWidget(m_accessibility, 0, 3);
    if (twoRows)
        m_layout->addWidget(m_languages, 1, 0, 1, 5, Qt::AlignRight);
    else
        m_layout->addWidget(m_languages, 0, 4);
}

void NavBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const Theme::Metrics m = Theme::metricsFor(this);
    m_layout->setContentsMargins(m.spacing, m.spacing / 2, m.spacing, m.spacing / 2);
    m_layout->setHorizontalSpacing(m.spacing);
    m_layout->setVerticalSpacing(m.spacing);
    for (QLayout* inner : { m_languages->layout(), m_accessibility->layout() })
        inner->setSpacing(m.spacing);
    const int oneRow = m_home->sizeHint().width() + m_back->sizeHint().width() + m_accessibility->sizeHint().width()
        + m_languages->sizeHint().width() + 6 * m.spacing;
    arrange(oneRow > width());
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
