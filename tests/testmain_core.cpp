// Test main for the core: a QCoreApplication, no widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "testsupport.h"

int main(int argc, char** argv)
{
    TestSupport::prepareEnvironment();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
