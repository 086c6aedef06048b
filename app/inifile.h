#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A line-preserving editor for the INI files QSettings reads. Saving the staff panel's changes
// with QSettings itself would drop the comments an installer wrote into kiosk.conf; this changes
// only the lines of the keys it is given and keeps every other line as it was.
class IniFile
{
public:
    explicit IniFile(const QByteArray& text = {});

    // Sets `group/key` to an already formatted value (see formatString(), formatList()). Replaces
    // the key's line in its [group], or adds the line at the end of the group, or adds the group.
    void setValue(const QString& group, const QString& key, const QString& formattedValue);

    QByteArray text() const;

    // A string as QSettings' INI reader gives it back unchanged: quoted when needed.
    static QString formatString(const QString& value);
    // A list QSettings reads back as a QStringList (items that are safe to write unquoted).
    static QString formatList(const QStringList& items);

private:
    int findGroup(const QString& group) const;
    int endOfGroup(int groupLine) const;

    QStringList m_lines;
};
