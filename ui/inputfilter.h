#pragma once

#include <QObject>

// Makes input forgiving and keyboard-friendly for the whole application:
// - a double tap is one tap (the second press is dropped, so nothing fires twice);
// - Enter, Return and Space press the focused button; the arrow keys move the focus between
//   controls (except inside lists, sliders and text fields, which use them themselves).
// A tap that slides a little stays a tap: buttons click on release anywhere inside them, and the
// kinetic scrolling waits for a clear drag (TouchScroll).
class InputFilter : public QObject
{
    Q_OBJECT

public:
    explicit InputFilter(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(QWidget* focus, int key);
};
