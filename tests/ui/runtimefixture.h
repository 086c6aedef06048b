#pragma once

// The kiosk as it runs, on a manual clock: the sample content, the main window, and the kiosk
// runtime (session, overlays, lockdown, staff access) with its own kiosk.conf and state folder.

#include "attractloop.h"
#include "clock.h"
#include "contentloader.h"
#include "contentstore.h"
#include "kioskconfig.h"
#include "kioskruntime.h"
#include "languagemanager.h"
#include "logfile.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "usagestats.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// 2026-06-02 is a Tuesday: open 09:00-18:00 by default.
inline const QDateTime TuesdayNoon(QDate(2026, 6, 2), QTime(12, 0));

struct RuntimeFixture
{
    explicit RuntimeFixture(const QByteArray& configText = {}, const QDateTime& start = TuesdayNoon,
        const QSize& size = QSize(1366, 768))
        : clock(start)
    {
        REQUIRE(dir.isValid());
        configPath = dir.filePath(QStringLiteral("kiosk.conf"));
        if (!configText.isEmpty()) {
            QFile file(configPath);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(configText);
        }
        config = KioskConfig::load(configPath);
        const ContentLoader::Result loaded = ContentLoader::load(TestSupport::sampleContentDir());
        REQUIRE(loaded.ok());
        store.setCurrent(loaded.content);
        REQUIRE(languages.setLanguage(config.defaultLanguage()));
        REQUIRE(stats.open(dir.filePath(QStringLiteral("state"))).isEmpty());
        log = std::make_unique<LogFile>(dir.filePath(QStringLiteral("state")), 256 * 1024, 2);
        REQUIRE(log->open(nullptr));
        window = std::make_unique<MainWindow>(&store, &languages);
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));

        KioskRuntime::Services services;
        services.store = &store;
        services.languages = &languages;
        services.config = &config;
        services.clock = &clock;
        services.stats = &stats;
        services.log = log.get();
        runtime = std::make_unique<KioskRuntime>(window.get(), services);
        runtime->start(true);
        settle();
    }

    ~RuntimeFixture()
    {
        runtime.reset();
        window->resetForNewVisitor(); // see ~KioskShell: never destroy the window on the player
        window.reset();
    }

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    void advanceSeconds(int seconds)
    {
        clock.advance(seconds * 1000LL);
        settle();
    }

    // The widget a finger at `pos` of the window touches: whatever is on top there.
    QWidget* widgetAt(const QPoint& pos) const
    {
        QWidget* child = window->childAt(pos);
        return child ? child : window.get();
    }

    // A tap at a point of the window: it lands on whatever is on top there.
    void tapWindow(const QPoint& pos)
    {
        QWidget* target = widgetAt(pos);
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(window.get(), pos));
        settle();
    }
    void tapWindow() { tapWindow(window->rect().center()); }

    // From the attract loop to an active session.
    void startSession()
    {
        REQUIRE(runtime->session()->state() == VisitorSession::State::Attract);
        tapWindow();
        REQUIRE(runtime->session()->state() == VisitorSession::State::Active);
    }

    // No touch until the kiosk is back on the attract loop (or dark, after closing time).
    void idleOut(VisitorSession::State end = VisitorSession::State::Attract)
    {
        advanceSeconds(static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(config.idleTimeout()).count()));
        REQUIRE(runtime->session()->state() == VisitorSession::State::AskStillHere);
        advanceSeconds(static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(config.stillHereCountdown()).count()));
        REQUIRE(runtime->session()->state() == end);
    }

    template<typename T>
    T* find(const QString& name) const
    {
        T* child = window->findChild<T*>(name);
        REQUIRE(child != nullptr);
        return child;
    }

    QTemporaryDir dir;
    QString configPath;
    ManualClock clock;
    KioskConfig config;
    ContentStore store;
    LanguageManager languages;
    UsageStats stats { clock };
    std::unique_ptr<LogFile> log;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<KioskRuntime> runtime;
};
