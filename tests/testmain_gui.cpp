// Test main for screens: a QApplication on the offscreen platform unless one is chosen. CTest's
// discovery runs this binary without the test environment, so the platform is set here too.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "theme.h"

#include <QApplication>

#include "testsupport.h"

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    Theme::installFonts();
    return Catch::Session().run(argc, argv);
}
