#pragma once

#include <QColor>
#include <QWidget>

// A layer over the whole main window (the attract loop, the "still here?" prompt, the dark closed
// screen, the PIN pad, the staff panel). It follows its parent's size, paints its own background
// and takes every touch that lands on it, so nothing reaches the screens beneath.
class Overlay : public QWidget
{
    Q_OBJECT

public:
    explicit Overlay(QWidget* parent);

    // Shows the layer on top of its siblings, at its parent's size.
    void present();
    void setBackground(const QColor& color);

protected:
    // Gives a card of word-wrapped texts `width` and exactly the height its layout needs for it
    // (a centred card otherwise gets its one-line height and cuts wrapped text off).
    static void fitCard(QWidget* card, int width);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_background = Qt::black;
};
