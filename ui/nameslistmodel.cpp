#include "nameslistmodel.h"

NamesListModel::NamesListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void NamesListModel::setIndex(std::shared_ptr<const NamesIndex> index, const QString& language)
{
    beginResetModel();
    m_index = std::move(index);
    m_language = language;
    m_records.clear();
    m_mode = Mode::All;
    endResetModel();
}

void NamesListModel::showAll()
{
    beginResetModel();
    m_records.clear();
    m_mode = Mode::All;
    endResetModel();
}

void NamesListModel::showRecords(const QVector<int>& records, Mode mode)
{
    beginResetModel();
    m_records = records;
    m_mode = mode;
    endResetModel();
}

int NamesListModel::recordAt(int row) const
{
    if (!m_index || row < 0)
        return -1;
    if (m_mode == Mode::All)
        return m_index->recordAt(m_language, row);
    return row < m_records.size() ? m_records.at(row) : -1;
}

int NamesListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_index)
        return 0;
    return m_mode == Mode::All ? m_index->size() : int(m_records.size());
}

QString NamesListModel::details(const NameRecord& record)
{
    QStringList parts;
    if (!record.birthYear.isEmpty())
        parts.append(record.birthYear);
    if (!record.origin.isEmpty())
        parts.append(record.origin);
    return parts.join(QStringLiteral(" · "));
}

QVariant NamesListModel::data(const QModelIndex& index, int role) const
{
    const int record = recordAt(index.row());
    if (record < 0)
        return {};
    const NameRecord& name = m_index->record(record);
    switch (role) {
    case Qt::DisplayRole:
        return name.fullName();
    case Qt::AccessibleTextRole:
        return QString(name.fullName() + QStringLiteral(", ") + details(name));
    case DetailsRole:
        return details(name);
    case RecordRole:
        return record;
    case NumberRole:
        return name.number;
    default:
        return {};
    }
}
