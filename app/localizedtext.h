#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// A text from the content folder in up to three languages. value() falls back along
// Language::fallbackOrder() so that a missing translation never shows an empty space.
class LocalizedText
{
public:
    LocalizedText() = default;

    void set(const QString& language, const QString& text);
    QString value(const QString& language) const;
    bool has(const QString& language) const;
    bool isEmpty() const;
    QStringList languages() const;

    bool operator==(const LocalizedText& other) const = default;

private:
    QHash<QString, QString> m_texts;
};
