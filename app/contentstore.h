#pragma once

#include "content.h"
#include "contentproblem.h"

#include <QObject>

// Holds the snapshot the screens show. A new snapshot is either applied at once or kept pending
// until the kiosk is idle; the last good snapshot is never dropped for a bad one.
class ContentStore : public QObject
{
    Q_OBJECT

public:
    explicit ContentStore(QObject* parent = nullptr);

    ContentPtr current() const { return m_current; }
    bool hasPending() const { return m_pending != nullptr; }
    const ContentProblems& lastProblems() const { return m_lastProblems; }

    // Replaces the current snapshot now (start-up, tests, staff "reload").
    void setCurrent(ContentPtr content);
    // Remembers a new valid snapshot to be applied at the next idle moment.
    void setPending(ContentPtr content);
    // Applies the pending snapshot, if any. Returns true when the content changed.
    bool applyPending();
    // Remembers the problems of the last check, shown on the staff panel.
    void setLastProblems(const ContentProblems& problems);

Q_SIGNALS:
    void contentChanged(ContentPtr content);
    void pendingChanged(bool pending);
    void problemsChanged();

private:
    ContentPtr m_current;
    ContentPtr m_pending;
    ContentProblems m_lastProblems;
};
