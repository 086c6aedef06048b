#include "namerowdelegate.h"

#include "nameslistmodel.h"
#include "theme.h"

#include <QPainter>

NameRowDelegate::NameRowDelegate(QWidget* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize NameRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const Theme::Metrics m = Theme::metricsFor(m_view);
    const int height = std::max(m.minTarget, m.bodyPx * 13 / 10 + m.smallPx * 13 / 10 + m.spacing);
    return { option.rect.width(), height };
}

void NameRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Theme::Metrics m = Theme::metricsFor(m_view);
    const Theme::Palette p = Theme::palette(Theme::optionsOf(m_view));
    painter->save();
    const bool pressed = option.state & QStyle::State_Selected;
    painter->fillRect(option.rect, pressed ? p.accent : p.background);
    painter->setPen(p.surfaceRaised);
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());

    const QRect area = option.rect.adjusted(m.spacing, m.spacing / 2, -m.spacing, -m.spacing / 2);
    QFont nameFont(Theme::sansFamily());
    nameFont.setPixelSize(m.bodyPx);
    QFont detailsFont(Theme::sansFamily());
    detailsFont.setPixelSize(m.smallPx);
    const int nameHeight = area.height() * m.bodyPx / (m.bodyPx + m.smallPx);

    painter->setFont(nameFont);
    painter->setPen(pressed ? p.accentText : p.text);
    const QRect nameRect(area.left(), area.top(), area.width(), nameHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width()));
    painter->setFont(detailsFont);
    painter->setPen(pressed ? p.accentText : p.mutedText);
    const QRect detailsRect(area.left(), area.top() + nameHeight, area.width(), area.height() - nameHeight);
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(detailsFont)
            .elidedText(index.data(NamesListModel::DetailsRole).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}
