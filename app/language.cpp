#include "language.h"

const QString Language::Kazakh = QStringLiteral("kk");
const QString Language::Russian = QStringLiteral("ru");
const QString Language::English = QStringLiteral("en");

const QStringList& Language::all()
{
    static const QStringList codes { Kazakh, Russian, English };
    return codes;
}

bool Language::isSupported(const QString& code)
{
    return all().contains(code);
}

QStringList Language::fallbackOrder(const QString& code)
{
    // Kazakh and Russian visitors read each other's texts more often than English; English
    // visitors are better served by Russian than by Kazakh.
    if (code == Kazakh)
        return { Kazakh, Russian, English };
    if (code == Russian)
        return { Russian, Kazakh, English };
    return { English, Russian, Kazakh };
}

QString Language::nativeName(const QString& code)
{
    if (code == Kazakh)
        return QStringLiteral("Қазақша");
    if (code == Russian)
        return QStringLiteral("Русский");
    if (code == English)
        return QStringLiteral("English");
    return code;
}

QString Language::localeName(const QString& code)
{
    if (code == Kazakh)
        return QStringLiteral("kk_KZ");
    if (code == Russian)
        return QStringLiteral("ru_RU");
    return QStringLiteral("en_GB");
}
