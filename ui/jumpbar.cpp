#include "jumpbar.h"

#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

JumpBar::JumpBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jumpBar"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void JumpBar::setInitials(const QVector<NamesIndex::Initial>& initials)
{
    m_initials = initials;
    m_current = -1;
    QStringList letters;
    for (const auto& initial : initials)
        letters.append(initial.letter);
    setAccessibleName(tr("Jump to a letter"));
    setAccessibleDescription(letters.join(QLatin1Char(' ')));
    update();
}

QSize JumpBar::sizeHint() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    return { m.minTarget, m.minTarget };
}

QSize JumpBar::minimumSizeHint() const
{
    return sizeHint();
}

QRect JumpBar::letterRect(int i) const
{
    if (m_initials.isEmpty() || i < 0 || i >= m_initials.size())
        return {};
    const double step = double(height()) / double(m_initials.size());
    return QRect(0, int(i * step), width(), std::max(1, int(step)));
}

int JumpBar::letterAt(int y) const
{
    if (m_initials.isEmpty() || height() <= 0)
        return -1;
    const int i = int(double(y) * double(m_initials.size()) / double(height()));
    return std::clamp(i, 0, int(m_initials.size()) - 1);
}

void JumpBar::choose(int i)
{
    if (i < 0 || i == m_current)
        return;
    m_current = i;
    update();
    Q_EMIT letterShown(m_initials.at(i).letter);
    Q_EMIT rowRequested(m_initials.at(i).row);
}

void JumpBar::mousePressEvent(QMouseEvent* event)
{
    m_pressed = true;
    m_current = -1;
    choose(letterAt(int(event->position().y())));
}

void JumpBar::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed)
        choose(letterAt(int(event->position().y())));
}

void JumpBar::mouseReleaseEvent(QMouseEvent* event)
{
    Q_UNUSED(event)
    m_pressed = false;
    update();
    Q_EMIT letterShown(QString());
}

int JumpBar::labelEvery() const
{
    if (m_initials.isEmpty() || height() <= 0)
        return 1;
    const double step = double(height()) / double(m_initials.size());
    const double readable = Theme::metricsFor(this).smallPx * 1.5; // the letter and air around it
    return std::max(1, int(std::ceil(readable / step)));
}

int JumpBar::labelPixelSize() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    if (m_initials.isEmpty() || height() <= 0)
        return m.smallPx;
    const double step = double(height()) / double(m_initials.size());
    return std::clamp(int(step * labelEvery() * 0.8), m.smallPx, m.bodyPx);
}

void JumpBar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    QPainter painter(this);
    painter.fillRect(rect(), p.surface);
    if (m_initials.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const int every = labelEvery();
    QFont font(Theme::sansFamily());
    font.setPixelSize(labelPixelSize());
    font.setBold(true);
    painter.setFont(font);
    const int dot = std::max(2, font.pixelSize() / 8);
    for (int i = 0; i < m_initials.size(); ++i) {
        const QRect r = letterRect(i);
        const bool chosen = i == m_current && m_pressed;
        if (chosen)
            painter.fillRect(r, p.accent);
        if (i % every != 0 && !chosen) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(p.mutedText);
            painter.drawEllipse(r.center(), dot, dot);
            continue;
        }
        // Centred on its own place, as tall as the letter needs (it may reach into its neighbours').
        QRect label(0, r.center().y() - font.pixelSize() * 3 / 4, width(), font.pixelSize() * 3 / 2);
        label.moveTop(std::clamp(label.top(), 0, std::max(0, height() - label.height())));
        painter.setPen(chosen ? p.accentText : p.text);
        painter.drawText(label, Qt::AlignCenter, m_initials.at(i).letter);
    }
}
