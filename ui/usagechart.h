#pragma once

#include "usagestats.h"

#include <QWidget>

// Visitor sessions per day as bars, drawn with QPainter, with the day under each bar and the
// count above it; testimonies started as a thinner bar beside it. For the staff panel.
class UsageChart : public QWidget
{
    Q_OBJECT

public:
    explicit UsageChart(QWidget* parent = nullptr);

    void setDays(const QList<UsageStats::DayTotals>& days);
    const QList<UsageStats::DayTotals>& days() const { return m_days; }
    int maximum() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<UsageStats::DayTotals> m_days;
};
