// The start-up reference: an empty QWidget, shown, timed from main() to its first painted frame
// exactly as `alzhir-kiosk --exit-after-first-frame` times the kiosk.
#include "processclock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

class FirstFrame : public QObject
{
public:
    explicit FirstFrame(const ProcessClock& timer)
        : m_timer(timer)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("first frame after %lld ms\n", static_cast<long long>(m_timer.elapsedMs()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const ProcessClock& m_timer;
    bool m_done = false;
};

} // namespace

// `--text`: the same window with one line of text in the kiosk's font and body size, to tell the
// cost of drawing any text at all (fontconfig's font list, shaping, glyphs) from the kiosk's own.
int main(int argc, char** argv)
{
    const ProcessClock timer;
    QApplication app(argc, argv);
    QWidget window;
    FirstFrame filter(timer);
    window.installEventFilter(&filter);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto* label = new QLabel(QStringLiteral("Қазақша · Русский · English"), &window);
        QFont font(QStringLiteral("Noto Sans"));
        font.setPixelSize(28);
        label->setFont(font);
        label->move(100, 100);
    }
    window.resize(1920, 1080);
    window.show();
    return QApplication::exec();
}
