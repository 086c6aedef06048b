#include "contentstore.h"

#include "logging.h"

ContentStore::ContentStore(QObject* parent)
    : QObject(parent)
{
}

void ContentStore::setCurrent(ContentPtr content)
{
    if (!content)
        return;
    m_current = std::move(content);
    if (m_pending) {
        m_pending.reset();
        Q_EMIT pendingChanged(false);
    }
    qCInfo(lcContent) << "showing content from" << m_current->rootDir;
    Q_EMIT contentChanged(m_current);
}

void ContentStore::setPending(ContentPtr content)
{
    if (!content)
        return;
    m_pending = std::move(content);
    Q_EMIT pendingChanged(true);
}

bool ContentStore::applyPending()
{
    if (!m_pending)
        return false;
    ContentPtr next = std::move(m_pending);
    m_pending.reset();
    Q_EMIT pendingChanged(false);
    setCurrent(std::move(next));
    return true;
}

void ContentStore::setLastProblems(const ContentProblems& problems)
{
    m_lastProblems = problems;
    Q_EMIT problemsChanged();
}
