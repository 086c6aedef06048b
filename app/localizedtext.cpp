#include "localizedtext.h"

#include "language.h"

void LocalizedText::set(const QString& language, const QString& text)
{
    if (text.isEmpty())
        m_texts.remove(language);
    else
        m_texts.insert(language, text);
}

QString LocalizedText::value(const QString& language) const
{
    for (const QString& code : Language::fallbackOrder(language)) {
        const auto it = m_texts.constFind(code);
        if (it != m_texts.constEnd())
            return it.value();
    }
    return {};
}

bool LocalizedText::has(const QString& language) const
{
    return m_texts.contains(language);
}

bool LocalizedText::isEmpty() const
{
    return m_texts.isEmpty();
}

QStringList LocalizedText::languages() const
{
    QStringList codes;
    for (const QString& code : Language::all()) {
        if (m_texts.contains(code))
            codes.append(code);
    }
    return codes;
}
