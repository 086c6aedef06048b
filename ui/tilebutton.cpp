#include "tilebutton.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int TextFlags = Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap;
}

TileButton::TileButton(QWidget* parent)
    : QAbstractButton(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
}

void TileButton::setPicture(const QPixmap& picture)
{
    m_picture = picture;
    update();
}

int TileButton::padding() const
{
    return Theme::metricsFor(this).spacing;
}

int TileButton::textHeightForWidth(int width) const
{
    const QRect r = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width - 2 * padding()), 100000), TextFlags, text());
    return r.height();
}

QSize TileButton::sizeHint() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    return { m.buttonHeight * 4, m.buttonHeight * 2 };
}

QSize TileButton::minimumSizeHint() const
{
    const Theme::Metrics m = Theme::metricsFor(this);
    return { m.buttonHeight, m.buttonHeight };
}

int TileButton::heightForWidth(int width) const
{
    return std::max(Theme::metricsFor(this).buttonHeight, textHeightForWidth(width) + 2 * padding());
}

QRect TileButton::textRect(const QRect& inner) const
{
    const int textHeight = std::min(inner.height(), textHeightForWidth(width()));
    return QRect(inner.left(), inner.bottom() - textHeight + 1, inner.width(), textHeight);
}

void TileButton::paintEvent(QPaintEvent*)
{
    const Theme::Palette p = Theme::palette(Theme::optionsOf(this));
    const int pad = padding();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(frame, pad / 2.0, pad / 2.0);
    painter.fillPath(path, isDown() ? p.surface : p.surfaceRaised);
    painter.setPen(QPen(hasFocus() ? p.accent : p.border, hasFocus() ? 4 : 2));
    painter.drawPath(path);

    const QRect inner = rect().adjusted(pad, pad, -pad, -pad);
    const QRect label = textRect(inner);
    const QRect pictureArea(inner.left(), inner.top(), inner.width(), std::max(0, label.top() - pad - inner.top()));
    if (!m_picture.isNull() && pictureArea.height() > pad) {
        const QSize size = m_picture.size().scaled(pictureArea.size(), Qt::KeepAspectRatio);
        const QRect target(pictureArea.center().x() - size.width() / 2, pictureArea.center().y() - size.height() / 2,
            size.width(), size.height());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(target, m_picture);
    }
    painter.setPen(p.text);
    painter.drawText(label, TextFlags, text());
}
