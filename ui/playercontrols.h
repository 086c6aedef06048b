#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;
class ScrubBar;

// The player's touch controls: a position bar with elapsed/total time, and large buttons for
// close, back 15 s, play/pause, forward 15 s, volume, subtitles, transcript and chapters.
// It shows state and emits what the visitor asks for; it decides nothing.
class PlayerControls : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 SkipMs = 15000;

    explicit PlayerControls(QWidget* parent = nullptr);

    void setPlaying(bool playing);
    void setDuration(qint64 durationMs);
    void setPosition(qint64 positionMs);
    void setVolume(int percent, int minPercent, int maxPercent);
    void setSubtitlesAvailable(bool available);
    void setSubtitlesOn(bool on);
    void setTranscriptOn(bool on);
    void setChaptersOn(bool on);
    void setChaptersAvailable(bool available);
    // Sizes for the screen: buttons at least `buttonPx` tall.
    void setButtonSize(int buttonPx);

    ScrubBar* scrubBar() const { return m_scrub; }
    QToolButton* playButton() const { return m_play; }

Q_SIGNALS:
    void closeRequested();
    void playPauseRequested();
    void skipRequested(qint64 deltaMs);
    void seekRequested(qint64 positionMs);
    void volumeStepRequested(int deltaPercent);
    void subtitlesToggled(bool on);
    void transcriptToggled(bool on);
    void chaptersToggled(bool on);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QToolButton* addButton(const QString& objectName, QWidget* parent = nullptr);
    void retranslate();
    void updateIcons();
    void updateTime();
    void arrangeRows(bool force = false);

    ScrubBar* m_scrub = nullptr;
    QLabel* m_time = nullptr;
    QToolButton* m_close = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_volumeDown = nullptr;
    QToolButton* m_volumeUp = nullptr;
    QToolButton* m_subtitles = nullptr;
    QToolButton* m_transcript = nullptr;
    QToolButton* m_chapters = nullptr;
    QWidget* m_tools = nullptr; // volume and the toggles: beside the main buttons, or below them
    QHBoxLayout* m_mainRow = nullptr;
    QHBoxLayout* m_toolRow = nullptr;
    bool m_twoRows = false;
    bool m_playing = false;
    int m_iconPx = 40;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};
