#include "mediaprobe.h"

#include "containercheck.h"
#include "csvreader.h"
#include "subtitleparser.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QStringDecoder>

#include <algorithm>

namespace {

using Finding = MediaProbe::Finding;
using Severity = ContentProblem::Severity;

Finding error(const QString& what, const QString& fix)
{
    return { Severity::Error, what, fix };
}

Finding warning(const QString& what, const QString& fix)
{
    return { Severity::Warning, what, fix };
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

const QString copyAgain = QStringLiteral("Copy the file again from the original, and check it opens on a computer.");
const QString imageConvert = QStringLiteral(
    "Save it as JPEG (photographs) or PNG (drawings, scans of documents), e.g. "
    "`convert picture.heic picture.jpg` with ImageMagick, or \"Save as\" / \"Export\" in an image editor.");
const QString mediaConvert = QStringLiteral(
    "Convert it as the staff guide shows (section \"Recordings: formats and conversion\"), e.g. "
    "`ffmpeg -i input -c:v libx264 -c:a aac output.mp4` for video or `ffmpeg -i input -c:a libopus output.ogg` "
    "for sound.");

// Finds the signs of a picture that was cut short: JPEG must end its last scan with an
// end-of-image marker, PNG must have its end chunk.
QString imageTruncation(const QString& path, const QString& container)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (container == QLatin1String("jpeg")) {
        // Markers cannot appear inside the compressed data (0xFF is escaped there), so the last
        // start-of-scan is the main picture's, and an end-of-image must follow it.
        const qsizetype lastScan = bytes.lastIndexOf("\xFF\xDA");
        if (lastScan < 0 || bytes.indexOf("\xFF\xD9", lastScan) < 0)
            return QStringLiteral("the picture is cut short (its end is missing)");
    } else if (container == QLatin1String("png")) {
        if (!bytes.right(64).contains("IEND"))
            return QStringLiteral("the picture is cut short (its end is missing)");
    }
    return {};
}

// Codecs that a container the kiosk plays may hold but GStreamer on Debian 12 (plugins base, good,
// libav) does not decode. Only WebM/Matroska names its codecs near the start of the file.
QString unplayableCodec(QFile& file, const QString& container)
{
    if (container != QLatin1String("matroska") || !file.seek(0))
        return {};
    const QByteArray head = file.read(64 * 1024);
    if (head.contains("V_AV1"))
        return QStringLiteral("AV1 video");
    return {};
}

bool showableFormat(const QByteArray& format)
{
    return format == "jpeg" || format == "png";
}

} // namespace

bool MediaProbe::Report::ok() const
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.isError(); });
}

QByteArray MediaProbe::readHead(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return file.read(FileSignature::HeadSize);
}

MediaProbe::Report MediaProbe::checkImage(const QString& path)
{
    Report report;
    const QFileInfo info(path);
    QString readError;
    const QByteArray head = readHead(path, &readError);
    if (!readError.isEmpty()) {
        report.findings.append(error(QStringLiteral("the picture cannot be read (%1)").arg(readError),
            QStringLiteral("Check that the kiosk's user may read the file.")));
        return report;
    }
    report.signature = FileSignature::identify(head);
    const FileSignature& sig = report.signature;
    if (sig.type == FileSignature::Type::Empty) {
        report.findings.append(error(QStringLiteral("the picture is an empty file (0 bytes)"), copyAgain));
        return report;
    }
    if (info.size() > MaxImageBytes) {
        report.findings.append(error(QStringLiteral("the picture is too large: %1, at most %2")
                                         .arg(megabytes(info.size()), megabytes(MaxImageBytes)),
            QStringLiteral("Scale it down, e.g. `convert big.jpg -resize 3840x3840 -quality 90 smaller.jpg`.")));
        return report;
    }
    if (sig.type != FileSignature::Type::Image) {
        report.findings.append(error(QStringLiteral("this is not a picture: it is a %1").arg(sig.name),
            QStringLiteral("Name a JPEG or PNG picture here, or check that the right file was copied under "
                           "this name.")));
        return report;
    }
    if (!sig.showable) {
        report.findings.append(error(QStringLiteral("this is a %1; the kiosk shows JPEG and PNG pictures").arg(sig.name),
            imageConvert));
        return report;
    }
    const QString promised = FileSignature::containerForSuffix(path);
    if (!promised.isEmpty() && promised != sig.container)
        report.findings.append(warning(QStringLiteral("this is a %1, but its name ends in .%2").arg(sig.name, info.suffix()),
            QStringLiteral("Rename it to end in .%1 so that nobody is misled.")
                .arg(sig.container == QLatin1String("jpeg") ? QStringLiteral("jpg") : sig.container)));

    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (!showableFormat(reader.format()) || !size.isValid() || size.isEmpty()) {
        report.findings.append(error(QStringLiteral("the picture is damaged: its size cannot be read"), copyAgain));
        return report;
    }
    if (size.width() > MaxImageSide || size.height() > MaxImageSide
        || qint64(size.width()) * size.height() > MaxImagePixels) {
        report.findings.append(error(QStringLiteral("the picture is %1 × %2 pixels; the kiosk takes at most %3 pixels "
                                                    "a side and %4 million pixels in all")
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(MaxImageSide)
                                         .arg(MaxImagePixels / 1'000'000),
            QStringLiteral("Scale it down, e.g. `convert big.jpg -resize 3840x3840 smaller.jpg`.")));
        return report;
    }
    const QString cut = imageTruncation(path, sig.container);
    if (!cut.isEmpty()) {
        report.findings.append(error(cut, copyAgain));
        return report;
    }
    if (reader.format() == "jpeg") // decoding at 1/8 scale reads every byte, four times faster
        reader.setScaledSize(QSize(qMax(1, size.width() / 8), qMax(1, size.height() / 8)));
    const QImage image = reader.read();
    if (image.isNull()) {
        report.findings.append(
            error(QStringLiteral("the picture is damaged and cannot be shown (%1)").arg(reader.errorString()), copyAgain));
        return report;
    }
    if (qMax(size.width(), size.height()) > LargeImageSide)
        report.findings.append(warning(QStringLiteral("the picture is %1 × %2 pixels, more than any kiosk screen needs")
                                           .arg(size.width())
                                           .arg(size.height()),
            QStringLiteral("Scale it to at most %1 pixels on the long side to save memory and start-up time, e.g. "
                           "`convert big.jpg -resize %1x%1 smaller.jpg`.")
                .arg(LargeImageSide)));
    return report;
}

MediaProbe::Report MediaProbe::checkMedia(const QString& path)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.findings.append(error(QStringLiteral("the recording cannot be read (%1)").arg(file.errorString()),
            QStringLiteral("Check that the kiosk's user may read the file.")));
        return report;
    }
    report.signature = FileSignature::identify(file.read(FileSignature::HeadSize));
    const FileSignature& sig = report.signature;
    if (sig.type == FileSignature::Type::Empty) {
        report.findings.append(error(QStringLiteral("the recording is an empty file (0 bytes)"), copyAgain));
        return report;
    }
    if (file.size() > MaxMediaBytes) {
        report.findings.append(error(QStringLiteral("the recording is too large: %1, at most %2")
                                         .arg(megabytes(file.size()), megabytes(MaxMediaBytes)),
            mediaConvert));
        return report;
    }
    const bool recording = sig.type == FileSignature::Type::Audio || sig.type == FileSignature::Type::Video
        || sig.type == FileSignature::Type::AudioOrVideo;
    if (!recording) {
        report.findings.append(error(QStringLiteral("this is not a sound or video recording: it is a %1").arg(sig.name),
            QStringLiteral("Name the recording here, or check that the right file was copied under this name.")));
        return report;
    }
    if (!sig.playable) {
        report.findings.append(
            error(QStringLiteral("this is a %1, which the kiosk does not play").arg(sig.name), mediaConvert));
        return report;
    }
    const QString damage = ContainerCheck::findDamage(file, sig.container);
    if (!damage.isEmpty()) {
        report.findings.append(error(damage, copyAgain));
        return report;
    }
    const QString codec = unplayableCodec(file, sig.container);
    if (!codec.isEmpty()) {
        report.findings.append(error(QStringLiteral("this %1 holds %2, which the kiosk does not play").arg(sig.name, codec),
            mediaConvert));
        return report;
    }
    const QString promised = FileSignature::containerForSuffix(path);
    if (!promised.isEmpty() && promised != sig.container)
        report.findings.append(warning(QStringLiteral("this is a %1, but its name ends in .%2")
                                           .arg(sig.name, QFileInfo(path).suffix()),
            QStringLiteral("Rename it so that its ending matches what it is.")));
    return report;
}

MediaProbe::Report MediaProbe::checkSubtitles(const QString& path)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.findings.append(error(QStringLiteral("the subtitles cannot be read (%1)").arg(file.errorString()),
            QStringLiteral("Check that the kiosk's user may read the file.")));
        return report;
    }
    if (file.size() > SubtitleParser::MaxFileBytes) {
        report.findings.append(error(QStringLiteral("the file is too large for subtitles: %1, at most %2")
                                         .arg(megabytes(file.size()), megabytes(SubtitleParser::MaxFileBytes)),
            QStringLiteral("Check that this is the right file: subtitles are plain text.")));
        return report;
    }
    const QByteArray bytes = file.readAll();
    report.signature = FileSignature::identify(bytes.left(FileSignature::HeadSize));
    if (bytes.isEmpty()) {
        report.findings.append(error(QStringLiteral("the subtitles file is empty (0 bytes)"), copyAgain));
        return report;
    }
    if (report.signature.container == QLatin1String("utf16")) {
        report.findings.append(error(QStringLiteral("the subtitles are saved as UTF-16, not UTF-8"),
            QStringLiteral("Save the file with the encoding UTF-8 (Save as… → Encoding → UTF-8).")));
        return report;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        report.findings.append(error(CsvReader::looksLikeCp1251(bytes)
                ? QStringLiteral("the subtitles are not UTF-8; they look like Windows-1251 (cp1251)")
                : QStringLiteral("the subtitles are not UTF-8 text"),
            QStringLiteral("Save the file with the encoding UTF-8 (Save as… → Encoding → UTF-8); "
                           "`iconv -f cp1251 -t utf-8 old.srt > new.srt` converts it.")));
        return report;
    }
    const QString start = text.trimmed().left(200);
    const bool webVtt = start.startsWith(QLatin1String("WEBVTT"));
    const bool srt = !webVtt && start.section(QLatin1Char('\n'), 0, 1).contains(QLatin1String("-->"));
    if (!webVtt && !srt) {
        report.findings.append(error(QStringLiteral("this is not WebVTT or SRT subtitles"),
            QStringLiteral("A WebVTT file starts with the line WEBVTT; an SRT file starts with a cue number and a "
                           "line like 00:00:01,000 --> 00:00:04,000.")));
        return report;
    }
    const SubtitleParser::Format format = webVtt ? SubtitleParser::Format::WebVtt : SubtitleParser::Format::Srt;
    const std::optional<SubtitleParser::Format> promised = SubtitleParser::formatForPath(path);
    if (promised && *promised != format) {
        report.findings.append(error(QStringLiteral("the file holds %1 subtitles but its name ends in .%2")
                                         .arg(webVtt ? QStringLiteral("WebVTT") : QStringLiteral("SRT"),
                                             QFileInfo(path).suffix()),
            QStringLiteral("Rename it to end in .%1.").arg(webVtt ? QStringLiteral("vtt") : QStringLiteral("srt"))));
        return report;
    }
    const SubtitleParser::Result parsed = SubtitleParser::parse(bytes, format);
    if (parsed.track.isEmpty()) {
        report.findings.append(error(QStringLiteral("no subtitle can be read from the file"),
            parsed.problems.isEmpty() ? QStringLiteral("Check the file against the staff guide.")
                                      : parsed.problems.constFirst().toString()));
        return report;
    }
    constexpr int shown = 5;
    for (int i = 0; i < parsed.problems.size() && i < shown; ++i) {
        const SubtitleProblem& p = parsed.problems.at(i);
        report.findings.append(warning(QStringLiteral("line %1: %2; this subtitle is skipped").arg(p.line).arg(p.what),
            p.fix.isEmpty() ? QString() : p.fix.at(0).toUpper() + p.fix.mid(1) + QLatin1Char('.')));
    }
    if (parsed.problems.size() > shown)
        report.findings.append(warning(QStringLiteral("%1 more subtitles have problems").arg(parsed.problems.size() - shown),
            QStringLiteral("Fix the ones above and check the file again.")));
    return report;
}
