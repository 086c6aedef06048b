#pragma once

#include "namerecord.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class WallMarker;

// One name from the Wall of Memory list, in full: every field the list gives, the record number
// to quote at the museum desk and, when the list gives a panel and row, a drawing of the wall
// with the spot marked.
class NameCard : public QWidget
{
    Q_OBJECT

public:
    explicit NameCard(QWidget* parent = nullptr);

    // `panelCount` and `rowCount`: the highest panel and row numbers in the list, for the drawing.
    void setRecord(const NameRecord& record, int panelCount, int rowCount);
    const NameRecord& record() const { return m_record; }
    QPushButton* backButton() const { return m_back; }
    WallMarker* wallMarker() const { return m_marker; }

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    NameRecord m_record;
    int m_panelCount = 1;
    int m_rowCount = 1;
    QLabel* m_name = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_numberHint = nullptr;
    QGridLayout* m_fields = nullptr;
    QWidget* m_fieldsBox = nullptr;
    QLabel* m_place = nullptr;
    WallMarker* m_marker = nullptr;
    QPushButton* m_back = nullptr;
};
