#include "pinpad.h"

#include "pingate.h"
#include "staffpin.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PinPad::PinPad(PinGate* gate, QWidget* parent)
    : Overlay(parent)
    , m_gate(gate)
    , m_title(new QLabel)
    , m_dots(new QLabel)
    , m_message(new QLabel)
    , m_erase(new QPushButton)
    , m_ok(new QPushButton)
    , m_cancel(new QPushButton)
    , m_card(new QWidget)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("pinPad"));
    setBackground(QColor(0x10, 0x10, 0x12));
    m_card->setObjectName(QStringLiteral("pinPadCard"));
    m_title->setObjectName(QStringLiteral("pinPadTitle"));
    m_title->setProperty("role", QStringLiteral("heading"));
    m_dots->setObjectName(QStringLiteral("pinPadDots"));
    m_message->setObjectName(QStringLiteral("pinPadMessage"));
    m_message->setWordWrap(true);
    m_title->setWordWrap(true);
    for (QLabel* label : { m_title, m_dots, m_message })
        label->setAlignment(Qt::AlignCenter);

    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = new QPushButton(QString::number(digit));
        key->setObjectName(QStringLiteral("pinKey%1").arg(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] { pressDigit(digit); });
        m_digitKeys.append(key);
        if (digit > 0)
            m_grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_erase->setObjectName(QStringLiteral("pinKeyErase"));
    m_erase->setText(QStringLiteral("⌫"));
    m_ok->setObjectName(QStringLiteral("pinKeyOk"));
    m_cancel->setObjectName(QStringLiteral("pinPadCancel"));
    m_grid->addWidget(m_erase, 3, 0);
    m_grid->addWidget(m_digitKeys.at(0), 3, 1);
    m_grid->addWidget(m_ok, 3, 2);
    connect(m_erase, &QPushButton::clicked, this, &PinPad::erase);
    connect(m_ok, &QPushButton::clicked, this, &PinPad::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_pin.clear();
        hide();
        Q_EMIT cancelled();
    });

    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_dots);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(m_grid);
    cardLayout->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_card, 0, Qt::AlignCenter);

    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &PinPad::updateState);
    retranslate();
}

void PinPad::open()
{
    m_pin.clear();
    m_note = Note::None;
    present();
    updateState();
    m_lockTimer.start();
}

void PinPad::pressDigit(int digit)
{
    if (!keysEnabled() || m_pin.size() >= StaffPin::MaxDigits)
        return;
    m_pin.append(QChar(u'0' + digit));
    if (m_note == Note::Wrong)
        m_note = Note::None;
    updateState();
}

void PinPad::erase()
{
    m_pin.chop(1);
    updateState();
}

void PinPad::submit()
{
    if (!keysEnabled() || m_pin.isEmpty())
        return;
    const QString pin = m_pin;
    m_pin.clear();
    switch (m_gate->tryPin(pin)) {
    case PinGate::Result::Accepted:
        m_note = Note::None;
        m_lockTimer.stop();
        hide();
        Q_EMIT accepted();
        return;
    case PinGate::Result::Rejected:
        m_note = Note::Wrong;
        m_triesLeft = m_gate->triesLeft();
        break;
    case PinGate::Result::Locked:
        m_note = Note::Locked;
        break;
    case PinGate::Result::NoPinSet:
        m_note = Note::NoPin;
        break;
    }
    updateState();
}

bool PinPad::keysEnabled() const
{
    return m_gate->hasPin() && !m_gate->isLocked();
}

QString PinPad::message() const
{
    return m_message->text();
}

void PinPad::setMessage(const QString& text)
{
    m_message->setText(text);
}

void PinPad::updateState()
{
    if (!m_gate->hasPin())
        m_note = Note::NoPin;
    else if (m_gate->isLocked())
        m_note = Note::Locked;
    else if (m_note == Note::Locked || m_note == Note::NoPin)
        m_note = Note::None;
    const bool enabled = keysEnabled();
    for (QPushButton* key : std::as_const(m_digitKeys))
        key->setEnabled(enabled);
    m_erase->setEnabled(enabled);
    m_ok->setEnabled(enabled);
    m_dots->setText(m_pin.isEmpty() ? QStringLiteral(" ") : QString(m_pin.size(), QChar(0x25CF)));
    retranslate();
}

void PinPad::retranslate()
{
    //: Title of the staff PIN pad.
    m_title->setText(tr("Staff access: enter the PIN"));
    //: The button that checks the PIN typed on the staff PIN pad.
    m_ok->setText(tr("OK"));
    //: Closes the staff PIN pad without opening the staff panel.
    m_cancel->setText(tr("Cancel"));
    switch (m_note) {
    case Note::None:
        setMessage(QString());
        break;
    case Note::Wrong:
        //: On the staff PIN pad after a wrong PIN; %n is how many tries are left before it locks.
        setMessage(tr("Wrong PIN. %n more try(ies) before the pad locks for 5 minutes.", nullptr, m_triesLeft));
        break;
    case Note::Locked: {
        const int minutes = static_cast<int>((m_gate->lockRemainingMs() + 59'999) / 60'000);
        //: On the staff PIN pad after 5 wrong PINs; %n is the number of minutes left.
        setMessage(tr("Too many wrong PINs. The pad is locked; try again in %n minute(s).", nullptr, minutes));
        break;
    }
    case Note::NoPin:
        //: On the staff PIN pad when no PIN was ever set; the command must stay as it is.
        setMessage(tr("No staff PIN is set. Set one on the kiosk computer with: sudo alzhir-kiosk --set-pin"));
        break;
    }
    if (width() > 0)
        fitCard(m_card, cardWidth());
}

void PinPad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Overlay::changeEvent(event);
}

void PinPad::resizeEvent(QResizeEvent* event)
{
    Overlay::resizeEvent(event);
    const Theme::Metrics m = Theme::metricsFor(this);
    const int key = m.buttonHeight * 5 / 4;
    const QString keyStyle = QStringLiteral("font-size: %1px;").arg(m.headingPx);
    for (QPushButton* button : std::as_const(m_digitKeys)) {
        button->setFixedSize(key, key);
        button->setStyleSheet(keyStyle);
    }
    m_erase->setFixedSize(key, key);
    m_erase->setStyleSheet(keyStyle);
    m_ok->setFixedSize(key, key);
    m_grid->setSpacing(m.spacing);
    m_card->layout()->setSpacing(m.spacing);
    m_dots->setStyleSheet(QStringLiteral("font-size: %1px; letter-spacing: 8px;").arg(m.headingPx));
    m_message->setMinimumHeight(m.bodyPx * 3);
    fitCard(m_card, cardWidth());
}

int PinPad::cardWidth() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    const int keys = m.buttonHeight * 5 / 4 * 3 + m.spacing * 2;
    return std::max(keys, std::min(width() - 2 * m.spacing, keys * 2));
}
