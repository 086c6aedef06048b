#pragma once

#include "localizedtext.h"

// A named point in a testimony that a visitor can jump to.
struct Chapter
{
    qint64 startMs = 0;
    LocalizedText title;
};
