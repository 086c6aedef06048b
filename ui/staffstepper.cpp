#include "staffstepper.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

StaffStepper::StaffStepper(int minimum, int maximum, int step, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_minus(new QPushButton(QStringLiteral("−"), this))
    , m_number(new QLabel(this))
    , m_plus(new QPushButton(QStringLiteral("+"), this))
    , m_min(minimum)
    , m_max(maximum)
    , m_step(step)
    , m_value(minimum)
{
    m_minus->setObjectName(QStringLiteral("minus"));
    m_plus->setObjectName(QStringLiteral("plus"));
    m_number->setObjectName(QStringLiteral("value"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setMinimumWidth(140);
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_minus);
    layout->addWidget(m_number);
    layout->addWidget(m_plus);
    connect(m_minus, &QPushButton::clicked, this, [this] { setValue(m_value - m_step); });
    connect(m_plus, &QPushButton::clicked, this, [this] { setValue(m_value + m_step); });
    refreshText();
}

void StaffStepper::setLabel(const QString& text)
{
    m_label->setText(text);
}

void StaffStepper::setSuffix(const QString& suffix)
{
    m_suffix = suffix;
    refreshText();
}

void StaffStepper::setRange(int minimum, int maximum)
{
    m_min = minimum;
    m_max = std::max(minimum, maximum);
    setValue(m_value);
}

void StaffStepper::setValue(int value)
{
    const int bounded = std::clamp(value, m_min, m_max);
    const bool changed = bounded != m_value;
    m_value = bounded;
    refreshText();
    if (changed)
        Q_EMIT valueChanged(m_value);
}

void StaffStepper::refreshText()
{
    m_number->setText(QString::number(m_value) + m_suffix);
    m_minus->setEnabled(m_value > m_min);
    m_plus->setEnabled(m_value < m_max);
}
