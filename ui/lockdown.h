#pragma once

#include <QObject>

// Keeps visitors inside the kiosk. Installed on the application, it swallows the ways out and
// the desktop habits that do not belong on a kiosk: Alt+F4, Ctrl+Q, Ctrl+W and every other
// Ctrl/Alt/Meta combination, Escape, F1-F35, the Menu key; window close requests; right and middle
// clicks and every context menu (long presses included); text selection in labels and text views
// (double-click, drag); drag and drop. Touch, left clicks and plain typing (the on-screen keyboard)
// go through.
class Lockdown : public QObject
{
    Q_OBJECT

public:
    explicit Lockdown(QObject* parent = nullptr);
    ~Lockdown() override;

    // Installs the filter on the application (once).
    void install();
    void uninstall();
    // Hides the mouse pointer for touch-only kiosks (kiosk.conf display/hideCursor).
    void setCursorHidden(bool hidden);
    bool isCursorHidden() const { return m_cursorHidden; }

    int blockedCount() const { return m_blocked; }

    // True for a key that must never reach the kiosk.
    static bool isBlockedKey(int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool block(QEvent* event);
    static void disableSelection(QObject* watched);
    static bool isTextWidget(QObject* watched);

    bool m_installed = false;
    bool m_cursorHidden = false;
    int m_blocked = 0;
};
