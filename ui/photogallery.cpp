#include "photogallery.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

PhotoGallery::PhotoGallery(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_previous(new QPushButton(QStringLiteral("‹"), this))
    , m_next(new QPushButton(QStringLiteral("›"), this))
{
    setObjectName(QStringLiteral("photoGallery"));
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_caption->setWordWrap(true);
    m_caption->setProperty("role", QStringLiteral("muted"));
    m_counter->setObjectName(QStringLiteral("photoCounter"));
    m_counter->setAlignment(Qt::AlignCenter);
    m_previous->setObjectName(QStringLiteral("photoPrevious"));
    m_next->setObjectName(QStringLiteral("photoNext"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_previous);
    controls->addWidget(m_counter, 1);
    controls->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1); // the photo is painted in this space
    layout->addWidget(m_caption);
    layout->addLayout(controls);
    connect(m_previous, &QPushButton::clicked, this, &PhotoGallery::previous);
    connect(m_next, &QPushButton::clicked, this, &PhotoGallery::next);
    updateTexts();
}

void PhotoGallery::setPhotos(const QList<Photo>& photos)
{
    m_photos = photos;
    m_index = 0;
    setVisible(!m_photos.isEmpty());
    loadCurrent();
}

void PhotoGallery::setLanguage(const QString& code)
{
    m_language = code;
    updateTexts();
}

void PhotoGallery::setCurrentIndex(int index)
{
    if (m_photos.isEmpty())
        return;
    const int wrapped = ((index % count()) + count()) % count();
    if (wrapped == m_index && !m_pixmap.isNull())
        return;
    m_index = wrapped;
    loadCurrent();
}

void PhotoGallery::next()
{
    setCurrentIndex(m_index + 1);
}

void PhotoGallery::previous()
{
    setCurrentIndex(m_index - 1);
}

QRect PhotoGallery::photoRect() const
{
    const int bottom = m_caption->isVisible() ? m_caption->geometry().top() : m_counter->geometry().top();
    return QRect(0, 0, width(), std::max(0, bottom - 8));
}

void PhotoGallery::loadCurrent()
{
    m_pixmap = QPixmap();
    if (!m_photos.isEmpty() && isVisible() && photoRect().height() > 0) {
        QImageReader reader(m_photos.at(m_index).path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        const QRect area = photoRect();
        if (full.isValid())
            reader.setScaledSize(full.scaled(area.size(), Qt::KeepAspectRatio));
        m_pixmap = QPixmap::fromImage(reader.read());
    }
    updateTexts();
    update();
}

void PhotoGallery::updateTexts()
{
    const bool several = m_photos.size() > 1;
    m_previous->setVisible(several);
    m_next->setVisible(several);
    m_counter->setVisible(several);
    m_counter->setText(QStringLiteral("%1 / %2").arg(m_index + 1).arg(m_photos.size()));
    //: Accessible name of the gallery's previous-photo button.
    m_previous->setAccessibleName(tr("Previous photo"));
    m_next->setAccessibleName(tr("Next photo"));
    m_counter->setAccessibleName(tr("Photo %1 of %2").arg(m_index + 1).arg(m_photos.size()));
    if (m_photos.isEmpty()) {
        m_caption->clear();
        return;
    }
    const Photo& photo = m_photos.at(m_index);
    QString text = photo.caption.value(m_language);
    const QString credit = photo.credit.value(m_language);
    if (!credit.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + credit;
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

void PhotoGallery::paintEvent(QPaintEvent*)
{
    if (m_pixmap.isNull())
        return;
    QPainter painter(this);
    const QRect area = photoRect();
    const QSize size = m_pixmap.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2,
        size.width(), size.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawPixmap(target, m_pixmap);
}

void PhotoGallery::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    loadCurrent();
}

void PhotoGallery::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pixmap.isNull())
        loadCurrent();
}

void PhotoGallery::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    QWidget::mousePressEvent(event);
}

void PhotoGallery::mouseReleaseEvent(QMouseEvent* event)
{
    const int dx = event->position().toPoint().x() - m_pressPos.x();
    const int threshold = std::max(40, width() / 10);
    if (dx <= -threshold)
        next();
    else if (dx >= threshold)
        previous();
    QWidget::mouseReleaseEvent(event);
}

void PhotoGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}
