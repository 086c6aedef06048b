#include "languagebar.h"

#include "language.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

LanguageBar::LanguageBar(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_group->setExclusive(true);
    for (const QString& code : Language::all()) {
        auto* button = new QPushButton(Language::nativeName(code), this);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setCheckable(true);
        button->setProperty("languageCode", code);
        m_group->addButton(button);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, code] { Q_EMIT languageChosen(code); });
    }
    retranslate();
}

void LanguageBar::setCurrentLanguage(const QString& code)
{
    if (QPushButton* b = button(code))
        b->setChecked(true);
}

QPushButton* LanguageBar::button(const QString& code) const
{
    return findChild<QPushButton*>(QStringLiteral("language_") + code);
}

void LanguageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LanguageBar::retranslate()
{
    for (QAbstractButton* b : m_group->buttons()) {
        const QString code = b->property("languageCode").toString();
        b->setAccessibleName(tr("Language: %1").arg(Language::nativeName(code)));
        b->setAccessibleDescription(tr("Shows the kiosk in this language"));
    }
}
