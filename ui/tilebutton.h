#pragma once

#include <QAbstractButton>
#include <QPixmap>

// A home-screen tile: a picture above a title that wraps onto as many lines as it needs. Paints
// itself in the theme's colours; the whole tile is the touch target.
class TileButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit TileButton(QWidget* parent = nullptr);

    void setPicture(const QPixmap& picture);
    bool hasPicture() const { return !m_picture.isNull(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The height the title needs at this tile's width.
    int textHeightForWidth(int width) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect textRect(const QRect& inner) const;
    int padding() const;

    QPixmap m_picture;
};
