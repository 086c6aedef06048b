#pragma once

#include <QString>

#include <functional>

class ContentStore;
class MainWindow;

// The kiosk runtime's layers for `alzhir-kiosk --screenshots`: the attract loop, the "still here?"
// prompt, the PIN pad and each page of the staff panel (with placeholder figures), over the
// window in its current language (`language`, its code). Each is saved through `save(name)`: "attract", "stillhere",
// "pinpad", "staff-status", "staff-settings", "staff-usage", "staff-log".
class RuntimeScreenshots
{
public:
    using Save = std::function<bool(const QString& name)>;

    static QStringList names();
    static bool render(MainWindow* window, ContentStore* store, const QString& language, const Save& save);
};
