// The lockdown: every way out a curious visitor might try does nothing. Each escape is tried
// with the lockdown on, and where it is harmless to do so, also without it, to show the test
// would notice.
#include "runtimefixture.h"

#include "lockdown.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSignalSpy>

namespace {

// Counts the context menus it is asked for, without showing one.
class MenuProbe final : public QWidget
{
public:
    using QWidget::QWidget;
    int menus = 0;

protected:
    void contextMenuEvent(QContextMenuEvent* event) override
    {
        ++menus;
        event->accept();
    }
};

struct Escape
{
    const char* name;
    int key;
    Qt::KeyboardModifiers modifiers;
};

const Escape Escapes[] = {
    { "Alt+F4", Qt::Key_F4, Qt::AltModifier },
    { "Ctrl+Q", Qt::Key_Q, Qt::ControlModifier },
    { "Ctrl+W", Qt::Key_W, Qt::ControlModifier },
    { "Escape", Qt::Key_Escape, Qt::NoModifier },
    { "F11", Qt::Key_F11, Qt::NoModifier },
    { "Alt+Tab", Qt::Key_Tab, Qt::AltModifier },
    { "Ctrl+Alt+Backspace", Qt::Key_Backspace, Qt::ControlModifier | Qt::AltModifier },
};

} // namespace

TEST_CASE("Quit, close and full-screen keys do nothing")
{
    RuntimeFixture kiosk;
    MainWindow* window = kiosk.window.get();
    window->showFullScreen();
    kiosk.settle();
    kiosk.startSession();
    window->showScreen(QStringLiteral("arch"));

    for (const Escape& escape : Escapes) {
        INFO(escape.name);
        // A shortcut a careless widget might have registered for this very key.
        QShortcut shortcut(QKeySequence(escape.key | escape.modifiers), window);
        shortcut.setContext(Qt::ApplicationShortcut);
        QSignalSpy fired(&shortcut, &QShortcut::activated);
        const int blocked = kiosk.runtime->lockdown()->blockedCount();
        QTest::keyClick(window, static_cast<Qt::Key>(escape.key), escape.modifiers);
        kiosk.settle();
        CHECK(fired.isEmpty());
        CHECK(kiosk.runtime->lockdown()->blockedCount() > blocked);
        CHECK(window->isVisible());
        CHECK(window->isFullScreen());
        CHECK(window->currentScreenId() == QStringLiteral("arch")); // Escape does not even go back
    }
}

TEST_CASE("Without the lockdown the same shortcut fires (the test can tell)")
{
    RuntimeFixture kiosk;
    kiosk.runtime->lockdown()->uninstall();
    QShortcut shortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), kiosk.window.get());
    shortcut.setContext(Qt::ApplicationShortcut);
    QSignalSpy fired(&shortcut, &QShortcut::activated);
    QTest::keyClick(kiosk.window.get(), Qt::Key_Q, Qt::ControlModifier);
    CHECK(fired.count() == 1);
}

TEST_CASE("A request to close the window is refused")
{
    RuntimeFixture kiosk;
    CHECK_FALSE(kiosk.window->close());
    kiosk.settle();
    CHECK(kiosk.window->isVisible());
    // As a window manager would ask (Alt+F4 handled by the compositor, a close button).
    QCloseEvent close;
    QApplication::sendEvent(kiosk.window.get(), &close);
    CHECK_FALSE(close.isAccepted());
    CHECK(kiosk.window->isVisible());
}

TEST_CASE("Right clicks and long presses open no context menu")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    auto* probe = new MenuProbe(kiosk.window.get());
    probe->setGeometry(100, 100, 200, 200);
    probe->show();
    probe->raise();
    kiosk.settle();

    QTest::mouseClick(probe, Qt::RightButton, {}, QPoint(50, 50));
    kiosk.settle();
    CHECK(probe->menus == 0);
    // A long press arrives as a context menu request too.
    QContextMenuEvent longPress(QContextMenuEvent::Other, QPoint(50, 50), probe->mapToGlobal(QPoint(50, 50)));
    QApplication::sendEvent(probe, &longPress);
    CHECK(probe->menus == 0);
    QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, QPoint(50, 50), probe->mapToGlobal(QPoint(50, 50)));
    QApplication::sendEvent(probe, &keyboard);
    CHECK(probe->menus == 0);
    CHECK(QApplication::activePopupWidget() == nullptr);

    kiosk.runtime->lockdown()->uninstall();
    QApplication::sendEvent(probe, &longPress);
    CHECK(probe->menus == 1); // the probe would have opened one
}

TEST_CASE("Text cannot be selected: labels, double-clicks and select-all in text fields")
{
    RuntimeFixture kiosk;
    kiosk.startSession();
    auto* label = new QLabel(QStringLiteral("Акмолинский лагерь жён изменников Родины"), kiosk.window.get());
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setGeometry(50, 50, 600, 60);
    label->show();
    label->raise();
    auto* field = new QLineEdit(QStringLiteral("Анна Иванова"), kiosk.window.get());
    field->setGeometry(50, 150, 400, 60);
    field->show();
    field->raise();
    kiosk.settle();

    CHECK_FALSE(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    QTest::mouseDClick(label, Qt::LeftButton, {}, QPoint(20, 20));
    CHECK_FALSE(label->hasSelectedText());

    QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(20, 30));
    CHECK(field->selectedText().isEmpty());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    CHECK(field->selectedText().isEmpty());
    // Dragging across it selects nothing either.
    QTest::mousePress(field, Qt::LeftButton, {}, QPoint(5, 30));
    QTest::mouseMove(field, QPoint(300, 30));
    QTest::mouseRelease(field, Qt::LeftButton, {}, QPoint(300, 30));
    CHECK(field->selectedText().isEmpty());
    // Typing (the on-screen keyboard) still works.
    field->end(false);
    QTest::keyClicks(field, QStringLiteral("x"));
    CHECK(field->text().endsWith(QStringLiteral("x")));

    kiosk.runtime->lockdown()->uninstall();
    QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(20, 30));
    CHECK_FALSE(field->selectedText().isEmpty()); // without the lockdown it would select
}

TEST_CASE("Blocked keys: function keys, Menu, every Ctrl/Alt combination - typing goes through")
{
    CHECK(Lockdown::isBlockedKey(Qt::Key_F1, Qt::NoModifier));
    CHECK(Lockdown::isBlockedKey(Qt::Key_Menu, Qt::NoModifier));
    CHECK(Lockdown::isBlockedKey(Qt::Key_C, Qt::ControlModifier));
    CHECK_FALSE(Lockdown::isBlockedKey(Qt::Key_A, Qt::NoModifier));
    CHECK_FALSE(Lockdown::isBlockedKey(Qt::Key_A, Qt::ShiftModifier));
    CHECK_FALSE(Lockdown::isBlockedKey(Qt::Key_Backspace, Qt::NoModifier));
    CHECK_FALSE(Lockdown::isBlockedKey(Qt::Key_Return, Qt::NoModifier));
}

TEST_CASE("The cursor is hidden when configured and comes back when the lockdown ends")
{
    {
        RuntimeFixture kiosk("[display]\nhideCursor = true\n");
        CHECK(kiosk.runtime->lockdown()->isCursorHidden());
        REQUIRE(QGuiApplication::overrideCursor());
        CHECK(QGuiApplication::overrideCursor()->shape() == Qt::BlankCursor);
    }
    CHECK(QGuiApplication::overrideCursor() == nullptr);
    RuntimeFixture mouse("[display]\nhideCursor = false\n");
    CHECK_FALSE(mouse.runtime->lockdown()->isCursorHidden());
    CHECK(QGuiApplication::overrideCursor() == nullptr);
}
