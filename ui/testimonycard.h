#pragma once

#include "testimony.h"

#include <QPushButton>

class QLabel;

// One testimony in the list: the poster or portrait, the title, the speaker, and a line with the
// years, the length and the language of the recording. A tap opens it.
class TestimonyCard : public QPushButton
{
    Q_OBJECT

public:
    explicit TestimonyCard(const Testimony& testimony, QWidget* parent = nullptr);

    QString testimonyId() const { return m_id; }
    QString recordingLanguage() const { return m_recordingLanguage; }
    void setTexts(const Testimony& testimony, const QString& language);
    void setPosterHeight(int px);
    QString metaText() const;

    // "Recorded in Kazakh" and so on, in the interface language.
    static QString recordingLanguageText(const QString& code);

private:
    QString m_id;
    QString m_recordingLanguage;
    QPixmap m_posterSource;
    QLabel* m_poster = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_speaker = nullptr;
    QLabel* m_meta = nullptr;
};
