#pragma once

#include <QWidget>

// A small drawing of the physical Wall of Memory: its panels side by side, each with its rows of
// names, and the panel and row of one name marked, so a visitor can walk to the spot.
class WallMarker : public QWidget
{
    Q_OBJECT

public:
    explicit WallMarker(QWidget* parent = nullptr);

    // `panel` and `row` as the names list gives them; the counts come from the whole list (the
    // highest numbers in it). A panel that is not a number is drawn alone, labelled.
    void setPlace(const QString& panel, const QString& row, int panelCount, int rowCount);
    QString panel() const { return m_panel; }
    QString row() const { return m_row; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_panel;
    QString m_row;
    int m_panelCount = 1;
    int m_rowCount = 1;
};
