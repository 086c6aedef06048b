#pragma once

#include "content.h"
#include "overlay.h"

#include <QPixmap>
#include <QTimer>
#include <QVariantAnimation>

#include <memory>

class QTranslator;

// What the kiosk shows while nobody uses it: a slow slideshow of the content's photos, the
// memorial's title and "Touch to begin", the words cycling through Kazakh, Russian and English
// whatever language the last visitor chose. A touch anywhere asks for a new session.
class AttractLoop : public Overlay
{
    Q_OBJECT

public:
    static constexpr int LanguageCycleMs = 4000;
    static constexpr int FadeMs = 1500;

    explicit AttractLoop(QWidget* parent);
    ~AttractLoop() override;

    void setContent(ContentPtr content);
    void setSlideInterval(int ms);

    // Starts the slideshow at the first photo and the first language; stop() frees the pictures.
    void start();
    void stop();
    bool isRunning() const { return m_slideTimer.isActive(); }

    void showNextSlide();
    // Ends a running cross-fade at once (screenshots, tests).
    void finishTransition();
    void showNextLanguage();
    int slideCount() const { return m_photos.size(); }
    int currentSlide() const { return m_slide; }
    QString currentLanguage() const;
    // "Touch to begin" in `code`, from that language's translation.
    QString touchText(const QString& code) const;
    QString currentTouchText() const { return touchText(currentLanguage()); }

Q_SIGNALS:
    void touched();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFirstSlide();
    QPixmap loadSlide(int index) const;
    QTranslator* translator(const QString& code) const;

    ContentPtr m_content;
    QList<Photo> m_photos;
    int m_slide = 0;
    int m_language = 0;
    QPixmap m_current;
    QPixmap m_previous;
    bool m_firstSlideWaits = false; // start(): the first photo is decoded once the words are painted
    QTimer m_slideTimer;
    QTimer m_languageTimer;
    QVariantAnimation m_fade;
    mutable QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};
