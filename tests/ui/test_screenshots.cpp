// `alzhir-kiosk --screenshots DIR` writes a non-empty PNG for every screen in every language at
// each of the three sizes.
#include <catch2/catch.hpp>

#include "language.h"
#include "mainwindow.h"
#include "screenshotter.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

TEST_CASE("The screenshots mode renders every screen in every language at three sizes", "[screenshots]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(ALZHIR_KIOSK_BINARY), { QStringLiteral("--screenshots"), out.path() });
    REQUIRE(process.waitForFinished(240000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    for (const QSize& size : Screenshotter::standardSizes()) {
        const QString dir = QStringLiteral("%1/%2x%3").arg(out.path()).arg(size.width()).arg(size.height());
        for (const QString& code : Language::all()) {
            for (const QString& id : MainWindow::screenIds()) {
                const QString file = QStringLiteral("%1/%2_%3.png").arg(dir, id, code);
                INFO(file.toStdString());
                const QImage image(file);
                REQUIRE_FALSE(image.isNull());
                CHECK(image.size() == size);
                // Not a blank frame: the text draws in more than one colour.
                CHECK(image.pixel(size.width() / 2, size.height() / 2) != 0);
                CHECK(image.convertToFormat(QImage::Format_Indexed8).colorCount() > 2);
            }
        }
    }
}
