#pragma once

#include "localizedtext.h"
#include "namerecord.h"
#include "section.h"
#include "testimony.h"

#include <QDateTime>
#include <QList>
#include <QVector>

#include <memory>

// An immutable snapshot of the content folder, made by ContentLoader. Screens hold a ContentPtr
// and never change it; a new load makes a new snapshot that replaces the old one whole.
struct Content
{
    int formatVersion = 1;
    bool sample = false;
    QString rootDir; // absolute path of the content folder this was read from
    QDateTime loadedAt;
    LocalizedText title;
    QList<Section> sections;
    QList<Testimony> testimonies;
    QString namesPath;
    QVector<NameRecord> names;

    const Section* section(const QString& id) const;
    const Testimony* testimony(const QString& id) const;
    QList<Photo> allPhotos() const;
};

using ContentPtr = std::shared_ptr<const Content>;
