#pragma once

#include "chapter.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class TranscriptView;

// Beside (or below) the picture: the transcript or the chapters of the playing recording.
class PlayerSidePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Transcript, Chapters };

    explicit PlayerSidePanel(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setChapters(const QList<Chapter>& chapters, const QString& language);
    void setPosition(qint64 positionMs);
    TranscriptView* transcript() const { return m_transcript; }
    QListWidget* chapterList() const { return m_chapters; }

Q_SIGNALS:
    void seekRequested(qint64 positionMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Mode m_mode = Mode::Transcript;
    QLabel* m_heading = nullptr;
    QStackedWidget* m_stack = nullptr;
    TranscriptView* m_transcript = nullptr;
    QListWidget* m_chapters = nullptr;
    QList<Chapter> m_chapterData;
    QString m_language;
};
