#pragma once

#include "openinghours.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <vector>

// The kiosk's settings: one INI file read with QSettings (default /etc/alzhir-kiosk/kiosk.conf,
// `--config PATH` overrides). Every key has a default and a check (the table in kioskconfig.cpp,
// documented in docs/configuration.md). A missing file means all defaults; a bad value is replaced
// by its default with a warning that names the key. The staff panel changes values and save()
// writes them back atomically.
class KioskConfig
{
public:
    enum class Key {
        ContentFolder,
        ContentQuietPeriod,
        DefaultLanguage,
        IdleTimeout,
        StillHereCountdown,
        AttractSlideInterval,
        Volume,
        VolumeMin,
        VolumeMax,
        HideCursor,
        DisplayOffCommand,
        DisplayOnCommand,
        HoursMonday,
        HoursTuesday,
        HoursWednesday,
        HoursThursday,
        HoursFriday,
        HoursSaturday,
        HoursSunday,
        ClosedDates,
        StaffPinHash,
        StaffPinSalt,
        StaffLanguage,
        StaffPanelIdleClose,
        WatchdogTimeout,
        MemoryBudget,
        StateFolder,
        LogFileMaxSize,
        LogFileCount,
    };

    struct SaveResult
    {
        bool ok = true;
        QString error; // where and why, e.g. "cannot write /etc/alzhir-kiosk/kiosk.conf: Permission denied"
    };

    static QString defaultPath();
    static const QList<Key>& allKeys();
    // "visitor/idleTimeout": the group and key as written in the file.
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    // All defaults, to be saved at `path`.
    explicit KioskConfig(const QString& path = defaultPath());
    // Reads `path`. Never fails: problems become warnings (also logged) and defaults.
    static KioskConfig load(const QString& path);

    const QString& path() const { return m_path; }
    bool fileFound() const { return m_fileFound; }
    const QStringList& warnings() const { return m_warnings; }

    QVariant value(Key key) const;
    // Checks and sets a value; returns an empty string, or why the value was refused (the old
    // value stays).
    QString setValue(Key key, const QVariant& value);
    bool hasUnsavedChanges() const { return !m_changed.isEmpty(); }
    // Writes the changed keys into the file with QSaveFile (all or nothing), keeping the file's
    // other lines and comments.
    SaveResult save();

    // Typed access.
    QString contentFolder() const;
    std::chrono::milliseconds contentQuietPeriod() const;
    QString defaultLanguage() const;
    std::chrono::milliseconds idleTimeout() const;
    std::chrono::milliseconds stillHereCountdown() const;
    std::chrono::milliseconds attractSlideInterval() const;
    int volume() const;    // percent
    int volumeMin() const; // percent
    int volumeMax() const; // percent
    bool hideCursor() const;
    QString displayOffCommand() const;
    QString displayOnCommand() const;
    OpeningHours openingHours() const;
    QString staffPinHash() const;
    QString staffPinSalt() const;
    QString staffLanguage() const; // the default language when not set
    std::chrono::milliseconds staffPanelIdleClose() const;
    std::chrono::milliseconds watchdogTimeout() const; // zero: off
    qint64 memoryBudgetBytes() const;                  // zero: off
    QString stateFolder() const;                       // empty: QStandardPaths' application data folder
    qint64 logFileMaxBytes() const;
    int logFileCount() const;

private:
    void readFile();
    void checkVolumes();
    int index(Key key) const { return static_cast<int>(key); }

    QString m_path;
    bool m_fileFound = false;
    QStringList m_warnings;
    std::vector<QVariant> m_values;
    QSet<int> m_changed;
};
