#pragma once

#include "commandline.h"

#include <QList>
#include <QSize>

// `alzhir-kiosk --screenshots DIR`: renders every screen (and each screen's extra states) in every
// language to DIR/<W>x<H>/<screen>_<lang>.png on the offscreen platform.
class Screenshotter
{
public:
    // Chooses the offscreen platform; call before the QApplication exists.
    static void preparePlatform();
    static QList<QSize> standardSizes();
    static int run(const CommandLineOptions& options);
};
