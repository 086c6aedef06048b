#include "namerecord.h"

#include <QStringList>

QString NameRecord::fullName() const
{
    QStringList parts;
    for (const QString& part : { surname, givenName, patronymic }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}
