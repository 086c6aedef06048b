#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;
class QProgressBar;

// What an audio-only testimony shows: the speaker's portrait (the poster), the title, and a large,
// clear view of how far the recording has played.
class AudioStage : public QWidget
{
    Q_OBJECT

public:
    explicit AudioStage(QWidget* parent = nullptr);

    void setPoster(const QString& path);
    void setTitle(const QString& title, const QString& speaker);
    void setProgress(qint64 positionMs, qint64 durationMs);
    QString timeText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scalePoster();
    void applyTheme();

    QPixmap m_poster;
    QLabel* m_picture = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_speaker = nullptr;
    QLabel* m_time = nullptr;
    QProgressBar* m_progress = nullptr;
};
