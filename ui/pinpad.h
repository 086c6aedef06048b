#pragma once

#include "overlay.h"

#include <QTimer>

class PinGate;
class QGridLayout;
class QLabel;
class QPushButton;

// The staff PIN pad: large digit keys, dots for the digits typed, and plain words for what went
// wrong (wrong PIN and the tries left, the lock-out and how long it lasts, no PIN set and how to
// set one). Checks through the PinGate; emits accepted() for the right PIN.
class PinPad : public Overlay
{
    Q_OBJECT

public:
    PinPad(PinGate* gate, QWidget* parent);

    // Clears the digits and the message and shows the pad.
    void open();
    void pressDigit(int digit);
    void erase();
    void submit();
    QString enteredPin() const { return m_pin; }
    QString message() const;
    bool keysEnabled() const;

Q_SIGNALS:
    void accepted();
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    int cardWidth() const;
    void updateState();
    void setMessage(const QString& text);

    PinGate* m_gate = nullptr;
    QString m_pin;
    QLabel* m_title = nullptr;
    QLabel* m_dots = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_digitKeys;
    QPushButton* m_erase = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_card = nullptr;
    QGridLayout* m_grid = nullptr;
    QTimer m_lockTimer;
    enum class Note { None, Wrong, Locked, NoPin } m_note = Note::None;
    int m_triesLeft = 0;
};
