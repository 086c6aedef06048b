#include "unavailablemediaengine.h"

#include <QTimer>

UnavailableMediaEngine::UnavailableMediaEngine(const QString& reason, QObject* parent)
    : MediaEngine(parent)
    , m_reason(reason)
{
}

void UnavailableMediaEngine::load(const QString&)
{
    const int current = ++m_loads;
    setStatus(Status::Loading);
    QTimer::singleShot(0, this, [this, current] {
        if (current != m_loads || status() != Status::Loading)
            return;
        setStatus(Status::Failed);
        Q_EMIT failed(m_reason);
    });
}

void UnavailableMediaEngine::unload()
{
    ++m_loads;
    setStatus(Status::Empty);
}
