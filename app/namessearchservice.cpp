#include "namessearchservice.h"

#include "logging.h"

#include <QtConcurrent/QtConcurrentRun>

NamesSearchService::NamesSearchService(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const NamesIndex>>::finished, this,
        &NamesSearchService::onBuilt);
}

NamesSearchService::~NamesSearchService()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void NamesSearchService::setContent(ContentPtr content)
{
    m_content = std::move(content);
    const QVector<NameRecord> names = m_content ? m_content->names : QVector<NameRecord>();
    const NameRecord* identity = names.constData();
    if (m_index && identity == m_indexedNames && names.size() == m_index->size())
        return;
    m_index.reset();
    m_buildingNames = identity;
    if (m_building)
        return; // onBuilt() starts again for the newest snapshot
    m_building = true;
    m_watcher.setFuture(QtConcurrent::run([names]() { return NamesIndex::build(names); }));
}

void NamesSearchService::waitForIndex()
{
    while (m_building) {
        m_watcher.waitForFinished();
        onBuilt();
    }
}

void NamesSearchService::onBuilt()
{
    if (!m_building || !m_watcher.isFinished())
        return;
    m_building = false;
    std::shared_ptr<const NamesIndex> built = m_watcher.result();
    const NameRecord* current = m_content ? m_content->names.constData() : nullptr;
    if (!built || built->records().constData() != current) {
        // A newer snapshot arrived while building: build for that one.
        qCDebug(lcSearch) << "names index outdated before it was ready; building again";
        setContent(m_content);
        return;
    }
    m_index = std::move(built);
    m_indexedNames = current;
    Q_EMIT ready();
}
