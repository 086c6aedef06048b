#pragma once

#include <QString>
#include <QStringList>

// The three languages of the kiosk, by ISO 639-1 code: "kk", "ru", "en".
class Language
{
public:
    static const QString Kazakh;
    static const QString Russian;
    static const QString English;

    // All supported codes, in the order of the language bar.
    static const QStringList& all();
    static bool isSupported(const QString& code);

    // The order in which content texts are looked up when `code` is missing: the language itself,
    // then the others. Documented in media/README.md.
    static QStringList fallbackOrder(const QString& code);

    // The language's own name, as shown on the language bar ("Қазақша", "Русский", "English").
    static QString nativeName(const QString& code);

    // The QLocale name used for collation and number formats ("kk_KZ", "ru_RU", "en_GB").
    static QString localeName(const QString& code);
};
