#pragma once

#include "screen.h"

#include <QHash>

class QGridLayout;
class QLabel;
class TileButton;

// The first screen: the memorial's name and a tile for each section.
class HomeScreen : public Screen
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget* parent = nullptr);

    QString title() const override;
    TileButton* tile(const QString& id) const { return m_tiles.value(id); }

Q_SIGNALS:
    void screenRequested(const QString& id);

protected:
    void refresh() override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void arrangeTiles();
    void loadThumbnails();
    QString tileImage(const QString& id) const;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QGridLayout* m_grid = nullptr;
    QHash<QString, TileButton*> m_tiles;
    bool m_portrait = false;
    bool m_thumbnailsLoaded = false;
    bool m_thumbnailsQueued = false;
    int m_thumbnailGeneration = 0;
    const Content* m_thumbnailsFor = nullptr; // identity only, never dereferenced
};
