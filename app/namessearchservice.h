#pragma once

#include "content.h"
#include "namesindex.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Keeps the names index of the current content snapshot. The index is built in a background
// thread (QtConcurrent), so the first frame never waits for it; ready() says when it can be used.
// A snapshot with the same names list keeps the index it has.
class NamesSearchService : public QObject
{
    Q_OBJECT

public:
    explicit NamesSearchService(QObject* parent = nullptr);
    ~NamesSearchService() override;

    // Starts building the index for `content` (no-op when its names are already indexed).
    void setContent(ContentPtr content);

    // The index for the last snapshot given, or null while it is being built.
    std::shared_ptr<const NamesIndex> index() const { return m_index; }
    bool isBuilding() const { return m_building; }
    // Blocks until a running build is done (tests, the command line).
    void waitForIndex();

Q_SIGNALS:
    // The index for the current snapshot is ready (index() returns it).
    void ready();

private:
    void onBuilt();

    ContentPtr m_content;
    std::shared_ptr<const NamesIndex> m_index;
    const NameRecord* m_indexedNames = nullptr; // identity of the names the index was built from
    QFutureWatcher<std::shared_ptr<const NamesIndex>> m_watcher;
    const NameRecord* m_buildingNames = nullptr;
    bool m_building = false;
};
