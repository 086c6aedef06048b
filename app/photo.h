#pragma once

#include "localizedtext.h"

// One picture of a section's gallery. `path` is absolute, resolved inside the content folder.
struct Photo
{
    QString path;
    LocalizedText caption;
    LocalizedText credit;
};
