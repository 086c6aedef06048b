#pragma once

#include <cstdio>

struct CommandLineOptions;

// The kiosk's terminal commands for installers: `--set-pin` and `--export-stats FILE`.
// Each returns the process exit code (0 done, 1 failed, 64 bad input).
class HeadlessCommands
{
public:
    // Reads a PIN (4-12 digits) from `in` (twice, without echo, when it is a terminal) and saves
    // its salted hash into the configuration file.
    static int setPin(const CommandLineOptions& options, std::FILE* in = stdin);
    // Writes the usage counts as CSV.
    static int exportStats(const CommandLineOptions& options);
};
