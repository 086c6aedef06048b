#include "content.h"

const Section* Content::section(const QString& id) const
{
    for (const Section& s : sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Testimony* Content::testimony(const QString& id) const
{
    for (const Testimony& t : testimonies) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QList<Photo> Content::allPhotos() const
{
    QList<Photo> photos;
    for (const Section& s : sections)
        photos.append(s.photos);
    return photos;
}
