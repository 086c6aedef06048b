// The start-up reference: an empty QWidget, shown, timed from main() to its first painted frame
// exactly as `alzhir-kiosk --exit-after-first-frame` times the kiosk.
#include "processclock.h"

#include <QApplication>
#include <QEvent>
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

int main(int argc, char** argv)
{
    const ProcessClock timer;
    QApplication app(argc, argv);
    QWidget window;
    FirstFrame filter(timer);
    window.installEventFilter(&filter);
    window.resize(1920, 1080);
    window.show();
    return QApplication::exec();
}
