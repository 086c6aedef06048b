#pragma once

#include <QStyledItemDelegate>

// Paints one row of the names list: the full name, and below it the birth year and origin in a
// smaller, quieter type. Every row has the same height (a touch target at least), so the view can
// lay out a million rows without asking each one.
class NameRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NameRowDelegate(QWidget* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QWidget* m_view = nullptr;
};
