#pragma once

#include <QWidget>

// The position bar of the player, made for a finger: the handle jumps to where the finger lands
// and follows it while it moves; seeking happens as it moves (at most every few hundred ms) and
// where it is lifted. The whole height is the touch target.
class ScrubBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScrubBar(QWidget* parent = nullptr);

    void setDuration(qint64 durationMs);
    qint64 duration() const { return m_duration; }
    // The played position; ignored while a finger holds the bar.
    void setPosition(qint64 positionMs);
    qint64 position() const { return m_position; }
    bool isScrubbing() const { return m_scrubbing; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // While scrubbing (throttled) and once more on release.
    void seekRequested(qint64 positionMs);
    void scrubbingChanged(bool scrubbing);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    qint64 positionAt(double x) const;
    QRectF trackRect() const;
    double handleRadius() const;

    qint64 m_duration = 0;
    qint64 m_position = 0;
    bool m_scrubbing = false;
    qint64 m_lastSeekAt = 0; // ms since epoch of the last live seek
};
