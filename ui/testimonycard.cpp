#include "testimonycard.h"

#include "timecode.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QVBoxLayout>

TestimonyCard::TestimonyCard(const Testimony& testimony, QWidget* parent)
    : QPushButton(parent)
    , m_id(testimony.id)
    , m_recordingLanguage(testimony.recordingLanguage)
    , m_poster(new QLabel(this))
    , m_title(new QLabel(this))
    , m_speaker(new QLabel(this))
    , m_meta(new QLabel(this))
{
    setObjectName(QStringLiteral("testimonyCard_") + testimony.id);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    if (!testimony.posterPath.isEmpty()) {
        QImageReader reader(testimony.posterPath);
        reader.setAutoTransform(true);
        // Decode small: the card needs a thumbnail, not the full picture.
        const QSize full = reader.size();
        if (full.isValid() && full.height() > 360)
            reader.setScaledSize(full.scaled(QSize(full.width(), 360), Qt::KeepAspectRatio));
        m_posterSource = QPixmap::fromImageReader(&reader);
    }
    m_title->setProperty("role", QStringLiteral("heading"));
    m_speaker->setObjectName(QStringLiteral("cardSpeaker"));
    m_meta->setObjectName(QStringLiteral("cardMeta"));
    m_meta->setProperty("role", QStringLiteral("muted"));
    for (QLabel* label : { m_poster, m_title, m_speaker, m_meta }) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // the whole card is the button
        label->setWordWrap(label != m_poster);
    }
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_speaker);
    texts->addWidget(m_meta);
    texts->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_poster, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    setPosterHeight(160);
    setTexts(testimony, QStringLiteral("kk"));
}

void TestimonyCard::setTexts(const Testimony& testimony, const QString& language)
{
    m_title->setText(testimony.title.value(language));
    m_speaker->setText(testimony.speaker.value(language));
    QStringList meta;
    if (!testimony.years.isEmpty())
        meta.append(testimony.years);
    if (testimony.durationMs > 0)
        meta.append(Timecode::format(testimony.durationMs));
    meta.append(recordingLanguageText(testimony.recordingLanguage));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    setAccessibleName(m_title->text());
}

void TestimonyCard::setPosterHeight(int px)
{
    if (m_posterSource.isNull()) {
        m_poster->hide();
        return;
    }
    m_poster->setPixmap(m_posterSource.scaledToHeight(px, Qt::SmoothTransformation));
    const int margin = px / 8;
    setMinimumHeight(px + 2 * margin);
    layout()->setContentsMargins(margin, margin, margin, margin);
}

QString TestimonyCard::metaText() const
{
    return m_meta->text();
}

QString TestimonyCard::recordingLanguageText(const QString& code)
{
    if (code == QLatin1String("kk"))
        return tr("Recorded in Kazakh");
    if (code == QLatin1String("ru"))
        return tr("Recorded in Russian");
    if (code == QLatin1String("en"))
        return tr("Recorded in English");
    return code;
}
