#pragma once

#include "contentloader.h"

#include <QJsonObject>
#include <QString>

// `alzhir-kiosk --check-content DIR [--json]`: checks a content folder the way the kiosk would
// before using it, prints a report for staff and returns the exit code:
// 0 valid, 1 valid with warnings (the kiosk would use it), 2 errors (the kiosk would keep its last
// good content instead).
class ContentCheckCommand
{
public:
    enum ExitCode { Valid = 0, ValidWithWarnings = 1, Invalid = 2 };

    // Runs the check and prints to standard output.
    static int run(const QString& dir, bool json);

    static int exitCode(const ContentLoader::Result& result);
    static QString textReport(const QString& dir, const ContentLoader::Result& result);
    static QJsonObject jsonReport(const QString& dir, const ContentLoader::Result& result);
};
