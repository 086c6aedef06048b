#pragma once

#include <QObject>
#include <QTimer>

// Keeps an eye on the kiosk's resident memory (from /proc/self/statm). When it grows past the
// configured budget (a leak, or a fragmented heap after months of use), it asks for a restart once;
// the shell carries it out at the next idle moment, never in front of a visitor.
class MemoryBudget : public QObject
{
    Q_OBJECT

public:
    // A zero budget is off.
    explicit MemoryBudget(qint64 budgetBytes, QObject* parent = nullptr);

    // Checks every `intervalMs` from now on (and once at once).
    void start(int intervalMs = 60'000);
    qint64 budgetBytes() const { return m_budget; }
    bool restartWanted() const { return m_restartWanted; }

    // Compares the current resident size with the budget; emits overBudget() the first time it is
    // exceeded. Returns true when over budget.
    bool check();

    // Resident set size of this process in bytes; -1 where /proc is not available.
    static qint64 residentBytes();

Q_SIGNALS:
    void overBudget(qint64 residentBytes, qint64 budgetBytes);

private:
    qint64 m_budget;
    bool m_restartWanted = false;
    QTimer m_timer;
};
