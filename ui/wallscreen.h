#pragma once

#include "screen.h"

class QLabel;
class QListView;
class QStringListModel;

// The Wall of Memory: the introduction and the names from the names list.
class WallScreen : public Screen
{
    Q_OBJECT

public:
    explicit WallScreen(QWidget* parent = nullptr);

    QString title() const override;
    void resetForNewVisitor() override;
    QListView* namesView() const { return m_view; }

protected:
    void refresh() override;

private:
    QLabel* m_intro = nullptr;
    QListView* m_view = nullptr;
    QStringListModel* m_model = nullptr;
    const Content* m_shownContent = nullptr; // identity only
};
