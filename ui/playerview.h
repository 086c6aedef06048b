#pragma once

#include "playbackcontroller.h"
#include "subtitletrack.h"
#include "testimony.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class AudioStage;
class PlayerControls;
class PlayerMessageCard;
class PlayerSidePanel;
class QBoxLayout;
class QGraphicsOpacityEffect;
class QPropertyAnimation;
class QStackedWidget;
class SubtitleBand;

// Plays one testimony: the picture (or, for audio, the portrait and a progress view), subtitles in
// the visitor's language on a band, touch controls that fade while a video plays, the transcript
// and chapters beside it, and a calm card at the end or when the recording cannot be played.
// The media engine is made when the first recording is opened, not before.
class PlayerView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultEndCardMs = 8000;
    static constexpr int DefaultControlsFadeMs = 4000;

    explicit PlayerView(QWidget* parent = nullptr);

    PlaybackController* controller() const { return m_controller; }

    // Opens the testimony and plays it (or only loads it, to play with start()).
    void open(const Testimony& testimony, const QString& language);
    void prepare(const Testimony& testimony, const QString& language);
    void start();
    // Stops playback and forgets the testimony.
    void close();
    // Shows the player as if `testimony` played at `positionMs`, without loading it (screenshots).
    void showPreview(const Testimony& testimony, const QString& language, qint64 positionMs);
    // Shows the unavailable card for `testimony` without loading it (screenshots).
    void showUnavailablePreview(const Testimony& testimony, const QString& language);

    // The interface language: subtitles, transcript and chapters switch to it at once.
    void setLanguage(const QString& code);
    QString subtitleLanguage() const { return m_trackLanguage; }
    const SubtitleTrack& subtitles() const { return m_track; }
    QString subtitleText() const;
    bool subtitlesOn() const { return m_subtitlesOn; }
    void setSubtitlesOn(bool on);

    void setEndCardDelay(int ms) { m_endCardTimer.setInterval(ms); }
    void setControlsFadeDelay(int ms) { m_fadeTimer.setInterval(ms); }
    bool controlsVisible() const;
    QString testimonyId() const { return m_testimony.id; }

    // The idle reset: stop, subtitles on, panels closed, volume back to the staff default.
    void resetForNewVisitor();

Q_SIGNALS:
    // The visitor is done with this testimony (Close, the end card, or the unavailable card).
    void finished();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setTestimony(const Testimony& testimony, const QString& language);
    void loadTrack();
    void onStateChanged(PlaybackController::State state);
    void onPosition(qint64 positionMs);
    void onEngineCreated(MediaEngine* engine);
    void showStage();
    void showCard(bool ended);
    void setSidePanel(int mode); // -1 none, else PlayerSidePanel::Mode
    void showControls();
    void fadeControls();
    void applySizes();

    PlaybackController* m_controller = nullptr;
    Testimony m_testimony;
    QString m_language = QStringLiteral("kk");
    QString m_trackLanguage;
    SubtitleTrack m_track;
    QHash<QString, SubtitleTrack> m_trackCache; // language -> parsed track of m_testimony
    bool m_subtitlesOn = true;
    bool m_hasVideo = false;
    qint64 m_shownPosition = 0; // the position the view shows (the controller's, or a preview's)

    QBoxLayout* m_body = nullptr;
    QStackedWidget* m_stage = nullptr;
    QWidget* m_videoPage = nullptr;
    AudioStage* m_audio = nullptr;
    PlayerMessageCard* m_card = nullptr;
    SubtitleBand* m_band = nullptr;
    PlayerSidePanel* m_side = nullptr;
    PlayerControls* m_controls = nullptr;
    QGraphicsOpacityEffect* m_controlsOpacity = nullptr;
    QPropertyAnimation* m_fade = nullptr;
    QTimer m_fadeTimer;
    QTimer m_endCardTimer;
};
