// libFuzzer target: bytes that staff might copy in as a recording or subtitles, judged by
// FileSignature, ContainerCheck (MP4, Matroska, Ogg, WAV structure) and MediaProbe's subtitle check.
#include "containercheck.h"
#include "filesignature.h"
#include "mediaprobe.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace {

QString scratchPath(const char* suffix)
{
    return QDir::tempPath() + QStringLiteral("/alzhir-fuzz-media-%1.%2").arg(getpid()).arg(QLatin1String(suffix));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString media = scratchPath("bin");
    static const QString vtt = scratchPath("vtt");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const FileSignature signature = FileSignature::identify(bytes.left(FileSignature::HeadSize));
    if (signature.name.isEmpty() || (signature.playable && signature.showable))
        std::abort();
    if (!writeFile(media, bytes) || !writeFile(vtt, bytes))
        return 0;
    QFile file(media);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const char* container : { "mp4", "matroska", "ogg", "wav" })
        ContainerCheck::findDamage(file, QString::fromLatin1(container));
    const MediaProbe::Report recording = MediaProbe::checkMedia(media);
    const MediaProbe::Report subtitles = MediaProbe::checkSubtitles(vtt);
    for (const MediaProbe::Report* report : { &recording, &subtitles }) {
        for (const MediaProbe::Finding& finding : report->findings) {
            if (finding.what.isEmpty())
                std::abort();
        }
    }
    return 0;
}
