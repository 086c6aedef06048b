#pragma once

#include "namesindex.h"

#include <QWidget>

// A touch strip of initial letters beside the alphabetical names list: press or slide a finger
// along it and the list jumps to the first name with that letter. The letters come from the
// names index, in the order of the interface language (Ә after А in Kazakh).
class JumpBar : public QWidget
{
    Q_OBJECT

public:
    explicit JumpBar(QWidget* parent = nullptr);

    void setInitials(const QVector<NamesIndex::Initial>& initials);
    const QVector<NamesIndex::Initial>& initials() const { return m_initials; }
    // Where the letter at `i` is drawn (for tests that tap it).
    QRect letterRect(int i) const;
    int current() const { return m_current; }
    // When the bar is too short for every letter at a readable size, every n-th letter is written
    // (with dots between) at least at the theme's small text size; a finger still reaches every
    // letter, and the large letter over the list says which one it is on.
    int labelEvery() const;
    int labelPixelSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The list should show this row at its top.
    void rowRequested(int row);
    // The letter under the finger while it is on the bar; empty when it lifts.
    void letterShown(const QString& letter);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    int letterAt(int y) const;
    void choose(int i);

    QVector<NamesIndex::Initial> m_initials;
    int m_current = -1;
    bool m_pressed = false;
};
