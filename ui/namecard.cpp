#include "namecard.h"

#include "wallmarker.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NameCard::NameCard(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_number(new QLabel(this))
    , m_numberHint(new QLabel(this))
    , m_fieldsBox(new QWidget(this))
    , m_place(new QLabel(this))
    , m_marker(new WallMarker(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("nameCard"));
    m_name->setObjectName(QStringLiteral("cardName"));
    m_name->setProperty("role", QStringLiteral("heading"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::NoTextInteraction);
    m_number->setObjectName(QStringLiteral("cardNumber"));
    m_numberHint->setProperty("role", QStringLiteral("muted"));
    m_numberHint->setWordWrap(true);
    m_fields = new QGridLayout(m_fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setColumnStretch(1, 1);
    m_place->setObjectName(QStringLiteral("cardPlace"));
    m_place->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("cardBack"));
    connect(m_back, &QPushButton::clicked, this, &NameCard::backRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_number);
    layout->addWidget(m_numberHint);
    layout->addSpacing(12);
    layout->addWidget(m_fieldsBox);
    layout->addSpacing(12);
    layout->addWidget(m_place);
    layout->addWidget(m_marker);
    layout->addStretch(1);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    retranslate();
}

void NameCard::setRecord(const NameRecord& record, int panelCount, int rowCount)
{
    m_record = record;
    m_panelCount = panelCount;
    m_rowCount = rowCount;
    retranslate();
}

void NameCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NameCard::retranslate()
{
    m_name->setText(m_record.fullName());
    m_number->setText(tr("Record number %1").arg(m_record.number));
    m_numberHint->setText(tr("Quote this number at the museum desk to learn more about her."));
    m_back->setText(tr("Back to the search"));

    while (QLayoutItem* item = m_fields->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::pair<QString, QString> fields[] = {
        { tr("Year of birth"), m_record.birthYear },
        { tr("Place of origin"), m_record.origin },
        { tr("Years in the camp"), m_record.campYears },
        { tr("Fate"), m_record.fate },
        { tr("Latin spelling"), m_record.latin },
        { tr("Notes"), m_record.notes },
    };
    int row = 0;
    for (const auto& [label, value] : fields) {
        if (value.isEmpty())
            continue;
        auto* name = new QLabel(label, m_fieldsBox);
        name->setProperty("role", QStringLiteral("muted"));
        auto* text = new QLabel(value, m_fieldsBox);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("cardField%1").arg(row));
        m_fields->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_fields->addWidget(text, row, 1);
        ++row;
    }

    const bool placed = !m_record.panel.isEmpty();
    m_place->setVisible(placed);
    m_marker->setVisible(placed);
    if (placed) {
        m_place->setText(m_record.row.isEmpty()
                ? tr("On the Wall of Memory: panel %1").arg(m_record.panel)
                : tr("On the Wall of Memory: panel %1, row %2").arg(m_record.panel, m_record.row));
        m_marker->setPlace(m_record.panel, m_record.row, m_panelCount, m_rowCount);
        m_marker->setAccessibleName(m_place->text());
    }
}
