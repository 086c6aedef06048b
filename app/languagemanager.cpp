#include "languagemanager.h"

#include "language.h"
#include "logging.h"

#include <QCoreApplication>
#include <QTranslator>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!Language::isSupported(code)) {
        qCWarning(lcUi) << "unsupported language" << code;
        return false;
    }
    if (code == m_language)
        return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/alzhir_%1.qm").arg(code))) {
        qCWarning(lcUi) << "no translation for" << code;
        return false;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}
