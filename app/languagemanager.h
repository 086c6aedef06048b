#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

// Owns the interface translator. Switching installs the new one, which posts
// QEvent::LanguageChange to every widget; screens retranslate in changeEvent() and re-read content
// texts through language().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    QString language() const { return m_language; }
    // Returns false (and changes nothing) for an unsupported code or a missing translation.
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};
