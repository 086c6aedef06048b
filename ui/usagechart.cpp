#include "usagechart.h"

#include "theme.h"

#include <QEvent>
#include <QPainter>

UsageChart::UsageChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setMinimumHeight(220);
}

void UsageChart::setDays(const QList<UsageStats::DayTotals>& days)
{
    m_days = days;
    update();
}

int UsageChart::maximum() const
{
    int most = 0;
    for (const UsageStats::DayTotals& day : m_days)
        most = std::max({ most, day.sessions, day.testimoniesStarted });
    return most;
}

void UsageChart::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    const Theme::Metrics m = Theme::metricsFor(this);
    QFont font(Theme::sansFamily());
    font.setPixelSize(std::max(14, m.smallPx * 3 / 4));
    painter.setFont(font);
    const int textHeight = painter.fontMetrics().height();

    // The legend, on top.
    const QRect legend(0, 0, width(), textHeight);
    painter.fillRect(QRect(legend.left(), legend.top() + textHeight / 4, textHeight / 2, textHeight / 2), p.accent);
    //: Legend of the staff panel's usage chart.
    const QString sessions = tr("Visitor sessions");
    painter.setPen(p.text);
    painter.drawText(legend.adjusted(textHeight, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, sessions);
    const int second = textHeight * 2 + painter.fontMetrics().horizontalAdvance(sessions);
    painter.fillRect(QRect(second, legend.top() + textHeight / 4, textHeight / 2, textHeight / 2), p.mutedText);
    //: Legend of the staff panel's usage chart.
    painter.drawText(legend.adjusted(second + textHeight, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("Testimonies started"));

    if (m_days.isEmpty())
        return;
    const QRect plot(0, textHeight * 3, width(), height() - textHeight * 5);
    const int slot = plot.width() / m_days.size();
    const int most = std::max(1, maximum());
    painter.setPen(p.border);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < m_days.size(); ++i) {
        const UsageStats::DayTotals& day = m_days.at(i);
        const int x = plot.left() + i * slot;
        const int barWidth = std::max(4, slot * 5 / 10);
        const int sessionHeight = plot.height() * day.sessions / most;
        const int testimonyHeight = plot.height() * day.testimoniesStarted / most;
        const QRect sessionBar(x + slot / 10, plot.bottom() - sessionHeight, barWidth, sessionHeight);
        painter.fillRect(sessionBar, p.accent);
        painter.fillRect(QRect(sessionBar.right() + 2, plot.bottom() - testimonyHeight, std::max(3, slot / 4), testimonyHeight),
            p.mutedText);
        painter.setPen(p.text);
        painter.drawText(QRect(x, sessionBar.top() - textHeight, slot, textHeight), Qt::AlignCenter,
            QString::number(day.sessions));
        painter.setPen(p.mutedText);
        painter.drawText(QRect(x, plot.bottom() + textHeight / 2, slot, textHeight), Qt::AlignCenter,
            day.day.toString(QStringLiteral("dd.MM")));
    }
}

void UsageChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}
