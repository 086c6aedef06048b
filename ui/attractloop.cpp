#include "attractloop.h"

#include "language.h"
#include "theme.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QTranslator>

namespace {

// Translated per language with that language's translator, not the installed one.
const char* const Context = "AttractLoop";
//: On the attract loop, cycling through Kazakh, Russian and English.
const char* const TouchToBegin = QT_TRANSLATE_NOOP("AttractLoop", "Touch the screen to begin");
//: On the attract loop, below "Touch the screen to begin", in the same language.
const char* const SampleMark = QT_TRANSLATE_NOOP("AttractLoop", "Sample content");

} // namespace

AttractLoop::AttractLoop(QWidget* parent)
    : Overlay(parent)
{
    setObjectName(QStringLiteral("attractLoop"));
    setBackground(Qt::black);
    m_slideTimer.setInterval(10'000);
    m_languageTimer.setInterval(LanguageCycleMs);
    connect(&m_slideTimer, &QTimer::timeout, this, &AttractLoop::showNextSlide);
    connect(&m_languageTimer, &QTimer::timeout, this, &AttractLoop::showNextLanguage);
    m_fade.setStartValue(0.0);
    m_fade.setEndValue(1.0);
    m_fade.setDuration(FadeMs);
    connect(&m_fade, &QVariantAnimation::valueChanged, this, [this] { update(); });
    connect(&m_fade, &QVariantAnimation::finished, this, [this] { m_previous = QPixmap(); });
}

AttractLoop::~AttractLoop() = default;

void AttractLoop::setContent(ContentPtr content)
{
    m_content = std::move(content);
    m_photos = m_content ? m_content->allPhotos() : QList<Photo>();
    m_slide = 0;
    if (isRunning()) {
        m_previous = QPixmap();
        m_current = loadSlide(m_slide);
    }
    update();
}

void AttractLoop::setSlideInterval(int ms)
{
    m_slideTimer.setInterval(ms);
}

void AttractLoop::start()
{
    m_slide = 0;
    m_language = 0;
    m_previous = QPixmap();
    m_current = QPixmap();
    m_slideTimer.start();
    m_languageTimer.start();
    update();
    // The first photo fades in after the first frame (see paintEvent): decoding it must not delay
    // start-up.
    m_firstSlideWaits = true;
}

void AttractLoop::showFirstSlide()
{
    if (!isRunning() || !m_current.isNull())
        return;
    m_current = loadSlide(m_slide);
    m_fade.stop();
    m_fade.start();
    update();
}

void AttractLoop::stop()
{
    m_firstSlideWaits = false;
    m_slideTimer.stop();
    m_languageTimer.stop();
    m_fade.stop();
    m_current = QPixmap();
    m_previous = QPixmap();
}

void AttractLoop::showNextSlide()
{
    if (m_photos.isEmpty())
        return;
    m_slide = (m_slide + 1) % m_photos.size();
    m_previous = m_current;
    m_current = loadSlide(m_slide);
    m_fade.stop();
    m_fade.start();
    update();
}

void AttractLoop::finishTransition()
{
    if (m_current.isNull() && isRunning())
        m_current = loadSlide(m_slide);
    m_fade.stop();
    m_previous = QPixmap();
    update();
}

void AttractLoop::showNextLanguage()
{
    m_language = (m_language + 1) % Language::all().size();
    update();
}

QString AttractLoop::currentLanguage() const
{
    return Language::all().at(m_language);
}

QTranslator* AttractLoop::translator(const QString& code) const
{
    auto found = m_translators.find(code);
    if (found == m_translators.end()) {
        auto loaded = std::make_shared<QTranslator>();
        if (!loaded->load(QStringLiteral(":/i18n/alzhir_%1.qm").arg(code)))
            loaded.reset();
        found = m_translators.insert(code, loaded);
    }
    return found->get();
}

QString AttractLoop::touchText(const QString& code) const
{
    const QTranslator* t = translator(code);
    const QString text = t ? t->translate(Context, TouchToBegin) : QString();
    return text.isEmpty() ? QString::fromUtf8(TouchToBegin) : text;
}

QPixmap AttractLoop::loadSlide(int index) const
{
    if (index < 0 || index >= m_photos.size() || size().isEmpty())
        return {};
    QImageReader reader(m_photos.at(index).path);
    reader.setAutoTransform(true);
    // Decode at screen size, not at the photo's: a 6000-pixel scan must not cost 100 MB.
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(size(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QPixmap() : QPixmap::fromImage(image);
}

void AttractLoop::paintEvent(QPaintEvent* event)
{
    Overlay::paintEvent(event);
    if (m_firstSlideWaits) {
        m_firstSlideWaits = false;
        QTimer::singleShot(0, this, &AttractLoop::showFirstSlide);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const auto drawCovering = [&](const QPixmap& pixmap, double opacity) {
        if (pixmap.isNull())
            return;
        // The whole photo, never cropped: archival pictures may have people at their edges.
        const QSize scaled = pixmap.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
        painter.setOpacity(opacity * 0.75); // dimmed: the words must stay readable
        painter.drawPixmap(target, pixmap);
    };
    const double fade = m_fade.state() == QAbstractAnimation::Running ? m_fade.currentValue().toDouble() : 1.0;
    drawCovering(m_previous, 1.0 - fade);
    drawCovering(m_current, fade);
    painter.setOpacity(1.0);

    const Theme::Metrics m = Theme::metricsFor(this);
    QLinearGradient shade(0, height() / 2, 0, height());
    shade.setColorAt(0, QColor(0, 0, 0, 0));
    shade.setColorAt(1, QColor(0, 0, 0, 220));
    painter.fillRect(rect().adjusted(0, height() / 2, 0, 0), shade); // the upper half stays clear

    const QString code = currentLanguage();
    const QRect textArea = rect().adjusted(m.margin * 2, m.margin * 2, -m.margin * 2, -m.margin * 2);
    QFont titleFont(Theme::serifFamily());
    titleFont.setPixelSize(m.titlePx);
    painter.setFont(titleFont);
    painter.setPen(QColor(0xf0, 0xeb, 0xe3));
    const QString title = m_content ? m_content->title.value(code) : QString();
    painter.drawText(textArea, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);

    QFont touchFont(Theme::sansFamily());
    touchFont.setPixelSize(m.headingPx);
    painter.setFont(touchFont);
    painter.drawText(textArea, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, touchText(code));
    if (m_content && m_content->sample) {
        QFont small(Theme::sansFamily());
        small.setPixelSize(m.smallPx);
        painter.setFont(small);
        const QTranslator* t = translator(code);
        const QString mark = t ? t->translate(Context, SampleMark) : QString();
        painter.drawText(rect().adjusted(m.margin, m.margin, -m.margin, -m.margin), Qt::AlignRight | Qt::AlignBottom,
            mark.isEmpty() ? QString::fromUtf8(SampleMark) : mark);
    }
}

void AttractLoop::mousePressEvent(QMouseEvent* event)
{
    Q_UNUSED(event)
    Q_EMIT touched();
}

void AttractLoop::resizeEvent(QResizeEvent* event)
{
    Overlay::resizeEvent(event);
    if (isRunning())
        m_current = loadSlide(m_slide);
}
