#include "inifile.h"

#include <QRegularExpression>

namespace {

QString groupOfLine(const QString& line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')))
        return trimmed.mid(1, trimmed.size() - 2).trimmed();
    return {};
}

bool isKeyLine(const QString& line, const QString& key)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(key))
        return false;
    const QString rest = trimmed.mid(key.size()).trimmed();
    return rest.startsWith(QLatin1Char('='));
}

} // namespace

IniFile::IniFile(const QByteArray& text)
{
    if (text.isEmpty())
        return;
    m_lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
        m_lines.removeLast();
    for (QString& line : m_lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
}

int IniFile::findGroup(const QString& group) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (groupOfLine(m_lines.at(i)) == group)
            return i;
    }
    return -1;
}

int IniFile::endOfGroup(int groupLine) const
{
    int end = groupLine + 1;
    while (end < m_lines.size() && groupOfLine(m_lines.at(end)).isEmpty())
        ++end;
    // Keep the new key next to the group's last key, not after the blank lines and comments
    // that introduce the next group.
    while (end > groupLine + 1) {
        const QString previous = m_lines.at(end - 1).trimmed();
        if (!previous.isEmpty() && !previous.startsWith(QLatin1Char('#')) && !previous.startsWith(QLatin1Char(';')))
            break;
        --end;
    }
    return end;
}

void IniFile::setValue(const QString& group, const QString& key, const QString& formattedValue)
{
    const QString line = key + QStringLiteral(" = ") + formattedValue;
    const int groupLine = findGroup(group);
    if (groupLine < 0) {
        if (!m_lines.isEmpty() && !m_lines.constLast().trimmed().isEmpty())
            m_lines.append(QString());
        m_lines.append(QLatin1Char('[') + group + QLatin1Char(']'));
        m_lines.append(line);
        return;
    }
    for (int i = groupLine + 1; i < m_lines.size() && groupOfLine(m_lines.at(i)).isEmpty(); ++i) {
        if (isKeyLine(m_lines.at(i), key)) {
            m_lines[i] = line;
            return;
        }
    }
    m_lines.insert(endOfGroup(groupLine), line);
}

QByteArray IniFile::text() const
{
    return (m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QString IniFile::formatString(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:+\\-]*$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value.startsWith(QLatin1Char('@')) ? QLatin1Char('@') + value : value; // "@@": a literal @
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString IniFile::formatList(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}
