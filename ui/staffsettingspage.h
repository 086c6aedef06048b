#pragma once

#include <QHash>
#include <QWidget>

class KioskConfig;
class QButtonGroup;
class QLabel;
class QPushButton;
class StaffStepper;

// The staff panel's settings: the volume and its limits (with a sound test), the visitors'
// default language and the idle timeout. "Save" writes them into kiosk.conf (atomically) and
// says plainly when the file cannot be written.
class StaffSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StaffSettingsPage(KioskConfig* config, QWidget* parent = nullptr);

    // Shows the configuration's current values.
    void load();
    // Puts the values into the configuration and saves it; returns true when the file was written.
    bool save();
    QString message() const;

    StaffStepper* volume() const { return m_volume; }
    StaffStepper* volumeMin() const { return m_volumeMin; }
    StaffStepper* volumeMax() const { return m_volumeMax; }
    StaffStepper* idleTimeout() const { return m_idle; }
    void chooseDefaultLanguage(const QString& code);
    QString defaultLanguage() const;

Q_SIGNALS:
    void soundTestRequested(int volumePercent);
    // The configuration changed (saved or not): the kiosk applies the new values.
    void applied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void keepVolumesInOrder();

    KioskConfig* m_config = nullptr;
    StaffStepper* m_volume = nullptr;
    StaffStepper* m_volumeMin = nullptr;
    StaffStepper* m_volumeMax = nullptr;
    StaffStepper* m_idle = nullptr;
    QLabel* m_languageLabel = nullptr;
    QButtonGroup* m_languages = nullptr;
    QHash<QString, QPushButton*> m_languageButtons;
    QPushButton* m_soundTest = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    enum class Outcome { None, Saved, Failed } m_outcome = Outcome::None;
    QString m_error;
};
