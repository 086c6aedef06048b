#include "languagebar.h"

#include "language.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

LanguageBar::LanguageBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // No exclusive QButtonGroup: Qt would then let Tab reach only the checked button. The bar
    // keeps one button checked itself.
    for (const QString& code : Language::all()) {
        auto* button = new QPushButton(Language::nativeName(code), this);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setCheckable(true);
        button->setProperty("languageCode", code);
        m_buttons.append(button);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, code] {
            setCurrentLanguage(code); // a tap on the current language keeps it checked
            Q_EMIT languageChosen(code);
        });
    }
    retranslate();
}

void LanguageBar::setCurrentLanguage(const QString& code)
{
    for (QPushButton* b : std::as_const(m_buttons))
        b->setChecked(b->property("languageCode").toString() == code);
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
    for (QPushButton* b : std::as_const(m_buttons)) {
        const QString code = b->property("languageCode").toString();
        b->setAccessibleName(tr("Language: %1").arg(Language::nativeName(code)));
        b->setAccessibleDescription(tr("Shows the kiosk in this language"));
    }
}
