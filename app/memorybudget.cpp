#include "memorybudget.h"

#include "logging.h"

#include <QFile>

#include <unistd.h>

MemoryBudget::MemoryBudget(qint64 budgetBytes, QObject* parent)
    : QObject(parent)
    , m_budget(budgetBytes)
{
    connect(&m_timer, &QTimer::timeout, this, &MemoryBudget::check);
}

void MemoryBudget::start(int intervalMs)
{
    if (m_budget <= 0) {
        qCInfo(lcKiosk) << "memory budget off (health/memoryBudget = 0)";
        return;
    }
    m_timer.start(intervalMs);
    check();
}

qint64 MemoryBudget::residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    // "size resident shared text lib data dt", in pages.
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return -1;
    bool ok = false;
    const qint64 pages = fields.at(1).toLongLong(&ok);
    return ok ? pages * ::sysconf(_SC_PAGESIZE) : -1;
}

bool MemoryBudget::check()
{
    if (m_budget <= 0)
        return false;
    const qint64 resident = residentBytes();
    if (resident < 0 || resident <= m_budget)
        return false;
    if (!m_restartWanted) {
        m_restartWanted = true;
        qCWarning(lcKiosk).noquote() << QStringLiteral("memory: %1 MB resident, over the budget of %2 MB "
                                                       "(health/memoryBudget); restarting at the next idle moment")
                                            .arg(resident / (1024 * 1024))
                                            .arg(m_budget / (1024 * 1024));
        Q_EMIT overBudget(resident, m_budget);
    }
    return true;
}
