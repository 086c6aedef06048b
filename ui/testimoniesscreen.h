#pragma once

#include "screen.h"

class QListWidget;

// Survivor testimonies: the list of recordings from the content folder.
class TestimoniesScreen : public Screen
{
    Q_OBJECT

public:
    explicit TestimoniesScreen(QWidget* parent = nullptr);

    QString title() const override;
    void resetForNewVisitor() override;

protected:
    void refresh() override;

private:
    QListWidget* m_list = nullptr;
};
