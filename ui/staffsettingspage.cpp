#include "staffsettingspage.h"

#include "kioskconfig.h"
#include "language.h"
#include "staffstepper.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using Key = KioskConfig::Key;

StaffSettingsPage::StaffSettingsPage(KioskConfig* config, QWidget* parent)
    : QWidget(parent)
    , m_config(config)
    , m_volume(new StaffStepper(0, 100, 5, this))
    , m_volumeMin(new StaffStepper(0, 100, 5, this))
    , m_volumeMax(new StaffStepper(0, 100, 5, this))
    , m_idle(new StaffStepper(20, 600, 10, this))
    , m_languageLabel(new QLabel(this))
    , m_languages(new QButtonGroup(this))
    , m_soundTest(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffSettingsPage"));
    m_volume->setObjectName(QStringLiteral("staffVolume"));
    m_volumeMin->setObjectName(QStringLiteral("staffVolumeMin"));
    m_volumeMax->setObjectName(QStringLiteral("staffVolumeMax"));
    m_idle->setObjectName(QStringLiteral("staffIdleTimeout"));
    m_soundTest->setObjectName(QStringLiteral("staffSoundTest"));
    m_save->setObjectName(QStringLiteral("staffSave"));
    m_message->setObjectName(QStringLiteral("staffSettingsMessage"));
    m_message->setWordWrap(true);
    for (StaffStepper* stepper : { m_volume, m_volumeMin, m_volumeMax })
        stepper->setSuffix(QStringLiteral(" %"));

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel, 1);
    for (const QString& code : Language::all()) {
        auto* button = new QPushButton(Language::nativeName(code), this);
        button->setObjectName(QStringLiteral("staffDefaultLanguage_") + code);
        button->setCheckable(true);
        m_languages->addButton(button);
        m_languageButtons.insert(code, button);
        languageRow->addWidget(button);
    }
    m_languages->setExclusive(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_soundTest);
    actions->addStretch(1);
    actions->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_volume);
    layout->addWidget(m_volumeMin);
    layout->addWidget(m_volumeMax);
    layout->addLayout(languageRow);
    layout->addWidget(m_idle);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_volumeMin, &StaffStepper::valueChanged, this, &StaffSettingsPage::keepVolumesInOrder);
    connect(m_volumeMax, &StaffStepper::valueChanged, this, &StaffSettingsPage::keepVolumesInOrder);
    connect(m_soundTest, &QPushButton::clicked, this, [this] { Q_EMIT soundTestRequested(m_volume->value()); });
    connect(m_save, &QPushButton::clicked, this, &StaffSettingsPage::save);
    load();
    retranslate();
}

void StaffSettingsPage::keepVolumesInOrder()
{
    m_volume->setRange(m_volumeMin->value(), m_volumeMax->value());
    m_volumeMin->setRange(0, m_volumeMax->value());
    m_volumeMax->setRange(m_volumeMin->value(), 100);
}

void StaffSettingsPage::load()
{
    m_volumeMin->setRange(0, 100);
    m_volumeMax->setRange(0, 100);
    m_volume->setRange(0, 100);
    m_volumeMin->setValue(m_config->volumeMin());
    m_volumeMax->setValue(m_config->volumeMax());
    m_volume->setValue(m_config->volume());
    keepVolumesInOrder();
    m_idle->setValue(static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(m_config->idleTimeout()).count()));
    chooseDefaultLanguage(m_config->defaultLanguage());
    m_outcome = Outcome::None;
    retranslate();
}

void StaffSettingsPage::chooseDefaultLanguage(const QString& code)
{
    if (QPushButton* button = m_languageButtons.value(code))
        button->setChecked(true);
}

QString StaffSettingsPage::defaultLanguage() const
{
    for (auto it = m_languageButtons.cbegin(); it != m_languageButtons.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return m_config->defaultLanguage();
}

bool StaffSettingsPage::save()
{
    // The limits first, so that the volume always lies between them.
    m_config->setValue(Key::VolumeMin, 0);
    m_config->setValue(Key::VolumeMax, 100);
    QStringList refused;
    for (const auto& [key, value] : { std::pair { Key::Volume, QVariant(m_volume->value()) },
             std::pair { Key::VolumeMin, QVariant(m_volumeMin->value()) },
             std::pair { Key::VolumeMax, QVariant(m_volumeMax->value()) },
             std::pair { Key::IdleTimeout, QVariant(m_idle->value()) },
             std::pair { Key::DefaultLanguage, QVariant(defaultLanguage()) } }) {
        const QString error = m_config->setValue(key, value);
        if (!error.isEmpty())
            refused.append(error);
    }
    const KioskConfig::SaveResult result = m_config->save();
    m_outcome = result.ok && refused.isEmpty() ? Outcome::Saved : Outcome::Failed;
    refused.append(result.error);
    refused.removeAll(QString());
    m_error = refused.join(QStringLiteral("; "));
    retranslate();
    Q_EMIT applied();
    return m_outcome == Outcome::Saved;
}

QString StaffSettingsPage::message() const
{
    return m_message->text();
}

void StaffSettingsPage::retranslate()
{
    //: Staff panel setting: the volume every recording starts at.
    m_volume->setLabel(tr("Volume at the start of each recording"));
    //: Staff panel setting.
    m_volumeMin->setLabel(tr("Lowest volume visitors can choose"));
    //: Staff panel setting.
    m_volumeMax->setLabel(tr("Highest volume visitors can choose"));
    //: Staff panel setting, in seconds.
    m_idle->setLabel(tr("Ask \"Are you still here?\" after this many seconds without a touch"));
    //: Unit after a number of seconds on the staff panel.
    m_idle->setSuffix(tr(" s"));
    //: Staff panel setting: the language each new visitor starts in.
    m_languageLabel->setText(tr("Language for each new visitor"));
    //: Staff panel button: plays a short tone at the chosen volume.
    m_soundTest->setText(tr("Test the sound"));
    //: Staff panel button.
    m_save->setText(tr("Save"));
    switch (m_outcome) {
    case Outcome::None:
        m_message->clear();
        break;
    case Outcome::Saved:
        //: Staff panel: the settings were written into the settings file.
        m_message->setText(tr("Saved. The kiosk uses the new settings from now on."));
        break;
    case Outcome::Failed:
        //: Staff panel: the settings file could not be written; %1 says why (technical, in English).
        m_message->setText(tr("Could not save the settings file (%1). The new settings hold only until the kiosk restarts; "
                              "ask the technician to make the file writable.")
                               .arg(m_error));
        break;
    }
}

void StaffSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
