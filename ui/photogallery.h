#pragma once

#include "photo.h"

#include <QList>
#include <QPixmap>
#include <QWidget>

class QLabel;
class QPushButton;

// A swipeable gallery: one photo at a time with its caption and credit, previous/next buttons and
// "2 / 5". A horizontal swipe over the photo turns the page.
class PhotoGallery : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoGallery(QWidget* parent = nullptr);

    void setPhotos(const QList<Photo>& photos);
    void setLanguage(const QString& code);
    int currentIndex() const { return m_index; }
    int count() const { return int(m_photos.size()); }
    void setCurrentIndex(int index);
    void next();
    void previous();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect photoRect() const;
    void updateTexts();
    void loadCurrent();

    QList<Photo> m_photos;
    QString m_language = QStringLiteral("kk");
    int m_index = 0;
    QPixmap m_pixmap;
    QLabel* m_caption = nullptr;
    QLabel* m_counter = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPoint m_pressPos;
};
