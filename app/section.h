#pragma once

#include "localizedtext.h"
#include "photo.h"

#include <QList>

// A section of the memorial: its title, its text (paragraphs separated by blank lines) and its
// photo gallery. Ids are fixed by the manifest format: see Section::requiredIds().
struct Section
{
    QString id;
    LocalizedText title;
    LocalizedText text;
    QList<Photo> photos;

    static const QStringList& requiredIds();
};
