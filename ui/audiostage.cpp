#include "audiostage.h"

#include "theme.h"
#include "timecode.h"

#include <QEvent>
#include <QImageReader>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

AudioStage::AudioStage(QWidget* parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_title(new QLabel(this))
    , m_speaker(new QLabel(this))
    , m_time(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("audioStage"));
    m_picture->setObjectName(QStringLiteral("audioPoster"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(1, 1);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_title->setProperty("role", QStringLiteral("heading"));
    m_speaker->setProperty("role", QStringLiteral("muted"));
    m_time->setObjectName(QStringLiteral("audioTime"));
    m_time->setProperty("role", QStringLiteral("title"));
    for (QLabel* label : { m_title, m_speaker, m_time }) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_progress->setObjectName(QStringLiteral("audioProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(12);
    applyTheme();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_speaker);
    layout->addWidget(m_time);
    layout->addWidget(m_progress);
}

void AudioStage::setPoster(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_poster = path.isEmpty() ? QPixmap() : QPixmap::fromImageReader(&reader);
    scalePoster();
}

void AudioStage::setTitle(const QString& title, const QString& speaker)
{
    m_title->setText(title);
    m_speaker->setText(speaker);
}

void AudioStage::setProgress(qint64 positionMs, qint64 durationMs)
{
    m_time->setText(Timecode::format(positionMs) + QStringLiteral(" / ") + Timecode::format(durationMs));
    m_progress->setValue(durationMs > 0 ? int(1000 * qBound<qint64>(0, positionMs, durationMs) / durationMs) : 0);
}

QString AudioStage::timeText() const
{
    return m_time->text();
}

void AudioStage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scalePoster();
}

void AudioStage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyTheme(); // the window's theme options (e.g. high contrast) changed
}

void AudioStage::applyTheme()
{
    const Theme::Palette colours = Theme::palette(Theme::optionsOf(this));
    const QString sheet = QStringLiteral("QProgressBar { background: %1; border: none; border-radius: 6px; }"
                                         " QProgressBar::chunk { background: %2; border-radius: 6px; }")
                              .arg(colours.surfaceRaised.name(), colours.accent.name());
    if (m_progress->styleSheet() != sheet)
        m_progress->setStyleSheet(sheet);
}

void AudioStage::scalePoster()
{
    if (m_poster.isNull()) {
        m_picture->clear();
        return;
    }
    const QSize box = m_picture->size();
    if (box.width() < 2 || box.height() < 2)
        return;
    m_picture->setPixmap(m_poster.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}
