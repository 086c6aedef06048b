#include "jumpbar.h"

#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

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

void JumpBar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const Theme::Metrics m = Theme::metricsFor(this);
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    QPainter painter(this);
    painter.fillRect(rect(), p.surface);
    if (m_initials.isEmpty())
        return;
    const double step = double(height()) / double(m_initials.size());
    QFont font(Theme::sansFamily());
    font.setPixelSize(std::clamp(int(step * 0.8), 10, m.bodyPx));
    font.setBold(true);
    painter.setFont(font);
    for (int i = 0; i < m_initials.size(); ++i) {
        const QRect r = letterRect(i);
        if (i == m_current && m_pressed)
            painter.fillRect(r, p.accent);
        painter.setPen(i == m_current && m_pressed ? p.accentText : p.text);
        painter.drawText(r, Qt::AlignCenter, m_initials.at(i).letter);
    }
}
