#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A number with large "−" and "+" keys, for touch: the staff panel's volume and timeouts.
class StaffStepper : public QWidget
{
    Q_OBJECT

public:
    StaffStepper(int minimum, int maximum, int step, QWidget* parent = nullptr);

    void setLabel(const QString& text);
    void setSuffix(const QString& suffix);
    void setRange(int minimum, int maximum);
    void setValue(int value);
    int value() const { return m_value; }
    QPushButton* minusButton() const { return m_minus; }
    QPushButton* plusButton() const { return m_plus; }

Q_SIGNALS:
    void valueChanged(int value);

private:
    void refreshText();

    QLabel* m_label = nullptr;
    QPushButton* m_minus = nullptr;
    QLabel* m_number = nullptr;
    QPushButton* m_plus = nullptr;
    QString m_suffix;
    int m_min = 0;
    int m_max = 100;
    int m_step = 1;
    int m_value = 0;
};
