#pragma once

#include "contentloader.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTest>

#include <memory>

// A main window on the sample content at a given size, shown on the offscreen platform.
struct KioskFixture
{
    explicit KioskFixture(const QSize& size = QSize(1920, 1080), const QString& language = QStringLiteral("kk"))
    {
        const ContentLoader::Result loaded = ContentLoader::load(TestSupport::sampleContentDir());
        REQUIRE(loaded.ok());
        store.setCurrent(loaded.content);
        REQUIRE(languages.setLanguage(language));
        window = std::make_unique<MainWindow>(&store, &languages);
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Switches language and lets the LanguageChange events arrive.
    void switchLanguage(const QString& code)
    {
        REQUIRE(languages.setLanguage(code));
        QApplication::processEvents();
        QApplication::processEvents();
    }

    ContentStore store;
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
};
