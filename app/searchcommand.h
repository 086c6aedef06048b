#pragma once

#include "commandline.h"

// `alzhir-kiosk --search QUERY [--content DIR] [--json] [--limit N] [--lang CODE]`: prints the
// Wall of Memory names that match, best first, so that staff can check a name from a terminal.
// Exit status: 0 names found, 1 none found (the closest names are printed), 2 the content folder
// could not be read.
class SearchCommand
{
public:
    static int run(const CommandLineOptions& options);
};
