#include "section.h"

const QStringList& Section::requiredIds()
{
    static const QStringList ids { QStringLiteral("arch"), QStringLiteral("museum"), QStringLiteral("wall"),
        QStringLiteral("tear"), QStringLiteral("about") };
    return ids;
}
