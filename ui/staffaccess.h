#pragma once

#include <QObject>
#include <QTimer>

class Clock;
class ContentStore;
class ContentWatcher;
class KioskConfig;
class LanguageManager;
class LogFile;
class MainWindow;
class PinGate;
class PinPad;
class SoundTest;
class StaffGesture;
class StaffPanel;
class UsageStats;

// The staff's way into the running kiosk: the hidden gesture opens the PIN pad (in the staff's
// language), the right PIN opens the staff panel, and the panel's requests are carried out here:
// reload content, save settings, test the sound, restart, exit. Both the pad and the panel close
// themselves after staff/panelIdleClose without a touch, and the visitor's language comes back.
class StaffAccess : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        MainWindow* window = nullptr;
        ContentStore* store = nullptr;
        LanguageManager* languages = nullptr;
        KioskConfig* config = nullptr;
        const Clock* clock = nullptr;
        UsageStats* stats = nullptr;       // may be null
        LogFile* log = nullptr;            // may be null
        ContentWatcher* watcher = nullptr; // may be null
    };

    StaffAccess(const Context& context, QObject* parent = nullptr);
    ~StaffAccess() override;

    // The gesture's action: reads the PIN from the configuration file again and opens the pad.
    void openPinPad();
    // True while the pad or the panel is shown: the visitor session waits.
    bool isOpen() const;
    // A touch while the pad or the panel is open.
    void noteActivity();
    // Fills the panel with the content status, usage counts and log as they are now.
    void refreshPanel();

    StaffGesture* gesture() const { return m_gesture; }
    PinGate* gate() const { return m_gate; }
    // The pad and the panel are made the first time they are needed, not at start-up.
    PinPad* pinPad();
    StaffPanel* panel();
    SoundTest* soundTest() const { return m_sound; }

Q_SIGNALS:
    void restartRequested();
    void exitRequested();
    // The staff changed settings: the kiosk applies them.
    void settingsApplied();
    // The pad or the panel closed.
    void closed();

private:
    void openPanel();
    void finish();
    void reloadContent();
    void chooseStaffLanguage(const QString& code);
    void checkPinPadIdle();

    Context m_context;
    StaffGesture* m_gesture = nullptr;
    PinGate* m_gate = nullptr;
    PinPad* m_pinPad = nullptr;
    StaffPanel* m_panel = nullptr;
    SoundTest* m_sound = nullptr;
    QString m_visitorLanguage;
    qint64 m_lastActivityMs = 0;
    QTimer m_tick;
};
