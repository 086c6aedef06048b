#include "subtitleband.h"

SubtitleBand::SubtitleBand(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("subtitleBand"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextPixelSize(34);
}

void SubtitleBand::setTextPixelSize(int px)
{
    // Near-white on near-black: above 15:1 contrast, over any picture.
    setStyleSheet(QStringLiteral("QLabel#subtitleBand { background: rgba(8, 8, 10, 235); color: #f4f1ea;"
                                 " font-size: %1px; padding: %2px %3px; }")
                      .arg(px)
                      .arg(px / 4)
                      .arg(px));
    const int lineHeight = int(px * 1.4);
    setFixedHeight(lineHeight * 2 + px / 2 + 4);
}
