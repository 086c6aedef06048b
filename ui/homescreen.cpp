#include "homescreen.h"

#include "theme.h"
#include "tilebutton.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QtConcurrent>
#include <QImageReader>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QStringList& tileIds()
{
    static const QStringList ids { QStringLiteral("arch"), QStringLiteral("museum"), QStringLiteral("wall"),
        QStringLiteral("tear"), QStringLiteral("testimonies"), QStringLiteral("about") };
    return ids;
}

QImage decodeThumbnail(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(480, 320, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

HomeScreen::HomeScreen(QWidget* parent)
    : Screen(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_grid(new QGridLayout)
{
    m_title->setObjectName(QStringLiteral("memorialTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("memorialSubtitle"));
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);

    for (const QString& id : tileIds()) {
        auto* tile = new TileButton(this);
        tile->setObjectName(QStringLiteral("tile_") + id);
        tile->setProperty("role", QStringLiteral("tile"));
        connect(tile, &TileButton::clicked, this, [this, id] { Q_EMIT screenRequested(id); });
        m_tiles.insert(id, tile);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_grid, 1);
    arrangeTiles();
}

QString HomeScreen::title() const
{
    return content() ? content()->title.value(language()) : QString();
}

void HomeScreen::refresh()
{
    m_title->setText(title());
    //: Under the memorial's name on the start screen.
    m_subtitle->setText(tr("Touch a section to begin"));
    const ContentPtr c = content();
    for (const QString& id : tileIds()) {
        TileButton* tile = m_tiles.value(id);
        QString text;
        if (id == QLatin1String("testimonies")) {
            //: Tile and screen title for the recorded memories of survivors and their children.
            text = tr("Survivor testimonies");
        } else if (c) {
            if (const Section* s = c->section(id))
                text = s->title.value(language());
        }
        tile->setText(text);
        tile->setAccessibleName(text);
        tile->setAccessibleDescription(tr("Opens this section"));
    }
    if (c.get() != m_thumbnailsFor) {
        m_thumbnailsFor = c.get();
        m_thumbnailsLoaded = false;
        if (isVisible())
            QTimer::singleShot(0, this, &HomeScreen::loadThumbnails);
    }
}

void HomeScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    const bool portrait = height() > width();
    if (portrait != m_portrait) {
        m_portrait = portrait;
        arrangeTiles();
    }
    const Theme::Metrics m = Theme::metricsFor(this);
    layout()->setContentsMargins(m.margin, m.margin / 2, m.margin, m.margin / 2);
    layout()->setSpacing(m.spacing);
    m_grid->setSpacing(m.spacing * 2);
}

void HomeScreen::paintEvent(QPaintEvent* event)
{
    Screen::paintEvent(event);
    // Thumbnails are decoded once the screen is on the glass, so that start-up shows it at once
    // and the decoding does not take a core from the first frame.
    if (!m_thumbnailsLoaded && !m_thumbnailsQueued) {
        m_thumbnailsQueued = true;
        QTimer::singleShot(0, this, &HomeScreen::loadThumbnails);
    }
}

void HomeScreen::arrangeTiles()
{
    const int columns = m_portrait ? 2 : 3;
    for (int i = 0; i < tileIds().size(); ++i)
        m_grid->addWidget(m_tiles.value(tileIds().at(i)), i / columns, i % columns);
}

QString HomeScreen::tileImage(const QString& id) const
{
    const ContentPtr c = content();
    if (!c)
        return {};
    if (id == QLatin1String("testimonies")) {
        for (const Testimony& t : c->testimonies) {
            if (!t.posterPath.isEmpty())
                return t.posterPath;
        }
        return {};
    }
    const Section* s = c->section(id);
    return s && !s->photos.isEmpty() ? s->photos.constFirst().path : QString();
}

void HomeScreen::loadThumbnails()
{
    m_thumbnailsQueued = false;
    if (m_thumbnailsLoaded)
        return;
    m_thumbnailsLoaded = true;
    QHash<QString, QString> paths;
    for (const QString& id : tileIds())
        paths.insert(id, tileImage(id));
    // Decoded on a worker thread: start-up and taps never wait for JPEG decoding.
    const int generation = ++m_thumbnailGeneration;
    auto* watcher = new QFutureWatcher<QHash<QString, QImage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const QHash<QString, QImage> images = watcher->result();
        watcher->deleteLater();
        if (generation != m_thumbnailGeneration)
            return; // the content changed meanwhile; a newer load is on its way
        for (auto it = images.constBegin(); it != images.constEnd(); ++it)
            m_tiles.value(it.key())->setPicture(QPixmap::fromImage(it.value()));
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        QHash<QString, QImage> images;
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it)
            images.insert(it.key(), it.value().isEmpty() ? QImage() : decodeThumbnail(it.value()));
        return images;
    }));
}
