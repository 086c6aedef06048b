#pragma once

#include "content.h"
#include "contentproblem.h"

// Reads a content folder into an immutable snapshot. Safe to call from any thread: it touches no
// GUI object. Errors leave `content` null; warnings come with a valid snapshot.
class ContentLoader
{
public:
    struct Result
    {
        ContentPtr content;
        ContentProblems problems;
        bool ok() const { return content != nullptr; }
    };

    static Result load(const QString& rootDir);
};
