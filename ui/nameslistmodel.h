#pragma once

#include "namesindex.h"

#include <QAbstractListModel>

#include <memory>

// The rows of the Wall of Memory list: either every name in the alphabetical order of the
// interface language (computed per row on demand, so a list of a million names costs nothing), or
// the results of a search, or the closest names when a search found none.
class NamesListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { RecordRole = Qt::UserRole + 1, DetailsRole, NumberRole };
    enum class Mode { All, Results, Closest };

    explicit NamesListModel(QObject* parent = nullptr);

    void setIndex(std::shared_ptr<const NamesIndex> index, const QString& language);
    void showAll();
    void showRecords(const QVector<int>& records, Mode mode);

    Mode mode() const { return m_mode; }
    std::shared_ptr<const NamesIndex> namesIndex() const { return m_index; }
    int recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // "1905 · Үлгі ауылы": the second line of a row.
    static QString details(const NameRecord& record);

private:
    std::shared_ptr<const NamesIndex> m_index;
    QString m_language;
    Mode m_mode = Mode::All;
    QVector<int> m_records;
};
