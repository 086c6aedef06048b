#pragma once

#include <QLabel>

// The subtitles of the playing recording: large, centred, light on a dark band that keeps them
// legible whatever the picture. The band keeps its height (two lines) so that the picture above
// does not jump when a line comes or goes.
class SubtitleBand : public QLabel
{
    Q_OBJECT

public:
    explicit SubtitleBand(QWidget* parent = nullptr);

    // Sets the text size (px); the band is as tall as two lines of it.
    void setTextPixelSize(int px);
};
