#include "filesignature.h"

#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <cstring>

namespace {

using Type = FileSignature::Type;

FileSignature make(Type type, const char* name, const char* container, bool playable = false, bool showable = false)
{
    FileSignature s;
    s.type = type;
    s.name = QString::fromLatin1(name);
    s.container = QString::fromLatin1(container);
    s.playable = playable;
    s.showable = showable;
    return s;
}

bool at(const QByteArray& head, qsizetype offset, const char* magic, qsizetype length)
{
    return head.size() >= offset + length && std::memcmp(head.constData() + offset, magic, size_t(length)) == 0;
}

FileSignature identifyOgg(const QByteArray& head)
{
    // The first page: 27 header bytes, a segment table of head[26] bytes, then the first packet.
    if (head.size() > 26) {
        const qsizetype packet = 27 + static_cast<unsigned char>(head.at(26));
        if (at(head, packet, "OpusHead", 8))
            return make(Type::Audio, "Ogg Opus audio", "ogg", true);
        if (at(head, packet, "\x01vorbis", 7))
            return make(Type::Audio, "Ogg Vorbis audio", "ogg", true);
        if (at(head, packet, "\x80theora", 7))
            return make(Type::Video, "Ogg Theora video", "ogg", true);
        if (at(head, packet, "\x7f" "FLAC", 5))
            return make(Type::Audio, "Ogg FLAC audio", "ogg", true);
    }
    return make(Type::AudioOrVideo, "Ogg file with a codec the kiosk does not play", "ogg");
}

FileSignature identifyIsoMedia(const QByteArray& head)
{
    const QByteArray brand = head.mid(8, 4);
    static const QList<QByteArray> stillImageBrands { "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif" };
    if (stillImageBrands.contains(brand))
        return make(Type::Image, "HEIC/AVIF picture (as phones save them)", "heic");
    if (brand == "M4A " || brand == "M4B ")
        return make(Type::Audio, "MP4 audio (M4A)", "mp4", true);
    if (brand == "qt  ")
        return make(Type::Video, "QuickTime video", "mp4", true);
    return make(Type::Video, "MP4 video", "mp4", true);
}

bool isMpegAudioFrame(const QByteArray& head)
{
    if (head.size() < 4)
        return false;
    const auto b0 = static_cast<unsigned char>(head.at(0));
    const auto b1 = static_cast<unsigned char>(head.at(1));
    const auto b2 = static_cast<unsigned char>(head.at(2));
    const int layer = (b1 >> 1) & 3;
    const int bitrate = b2 >> 4;
    const int rate = (b2 >> 2) & 3;
    return b0 == 0xFF && (b1 & 0xE0) == 0xE0 && layer == 1 && bitrate != 15 && rate != 3;
}

bool isAdtsFrame(const QByteArray& head)
{
    return head.size() >= 2 && static_cast<unsigned char>(head.at(0)) == 0xFF
        && (static_cast<unsigned char>(head.at(1)) & 0xF6) == 0xF0;
}

// "BM" alone would match any text starting with those letters: the info header's size must be one
// of the sizes BMP files use.
bool isBmpInfoHeader(const QByteArray& head)
{
    if (head.size() < 18)
        return false;
    const quint32 size = quint32(static_cast<unsigned char>(head.at(14))) | quint32(static_cast<unsigned char>(head.at(15))) << 8
        | quint32(static_cast<unsigned char>(head.at(16))) << 16 | quint32(static_cast<unsigned char>(head.at(17))) << 24;
    return size == 12 || size == 40 || size == 52 || size == 56 || size == 64 || size == 108 || size == 124;
}

bool isText(const QByteArray& head)
{
    if (head.isEmpty())
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    // A UTF-8 sequence cut at the end of `head` is not an error; the decoder keeps it pending.
    const QString text = decoder.decode(head);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

} // namespace

FileSignature FileSignature::identify(const QByteArray& head)
{
    if (head.isEmpty())
        return make(Type::Empty, "empty file", "");
    // Pictures.
    if (at(head, 0, "\xFF\xD8\xFF", 3))
        return make(Type::Image, "JPEG picture", "jpeg", false, true);
    if (at(head, 0, "\x89PNG\r\n\x1a\n", 8))
        return make(Type::Image, "PNG picture", "png", false, true);
    if (at(head, 0, "RIFF", 4) && at(head, 8, "WEBP", 4))
        return make(Type::Image, "WebP picture", "webp");
    if (at(head, 0, "GIF87a", 6) || at(head, 0, "GIF89a", 6))
        return make(Type::Image, "GIF picture", "gif");
    if (at(head, 0, "BM", 2) && isBmpInfoHeader(head))
        return make(Type::Image, "BMP picture", "bmp");
    if (at(head, 0, "II*\0", 4) || at(head, 0, "MM\0*", 4))
        return make(Type::Image, "TIFF picture", "tiff");
    // Recordings.
    if (at(head, 0, "OggS", 4))
        return identifyOgg(head);
    if (at(head, 0, "\x1A\x45\xDF\xA3", 4)) {
        if (head.left(64).contains("webm"))
            return make(Type::Video, "WebM video", "matroska", true);
        return make(Type::Video, "Matroska video", "matroska", true);
    }
    if (at(head, 4, "ftyp", 4))
        return identifyIsoMedia(head);
    if (at(head, 4, "moov", 4) || at(head, 4, "mdat", 4) || at(head, 4, "wide", 4) || at(head, 4, "free", 4))
        return make(Type::Video, "QuickTime video", "mp4", true);
    if (at(head, 0, "RIFF", 4) && at(head, 8, "WAVE", 4))
        return make(Type::Audio, "WAV audio", "wav", true);
    if (at(head, 0, "RIFF", 4) && at(head, 8, "AVI ", 4))
        return make(Type::Video, "AVI video", "avi");
    if (at(head, 0, "FORM", 4) && (at(head, 8, "AIFF", 4) || at(head, 8, "AIFC", 4)))
        return make(Type::Audio, "AIFF audio", "aiff", true);
    if (at(head, 0, "fLaC", 4))
        return make(Type::Audio, "FLAC audio", "flac", true);
    if (at(head, 0, "ID3", 3) || isMpegAudioFrame(head))
        return make(Type::Audio, "MP3 audio", "mp3", true);
    if (isAdtsFrame(head))
        return make(Type::Audio, "AAC audio", "aac", true);
    if (at(head, 0, "\x30\x26\xB2\x75\x8E\x66\xCF\x11", 8))
        return make(Type::AudioOrVideo, "Windows Media file (WMA/WMV)", "asf");
    if (at(head, 0, "\x00\x00\x01\xBA", 4) || at(head, 0, "\x00\x00\x01\xB3", 4))
        return make(Type::Video, "MPEG-1/2 video (DVD)", "mpeg");
    if (at(head, 0, "#!AMR", 5))
        return make(Type::Audio, "AMR voice recording", "amr");
    if (at(head, 0, ".RMF", 4))
        return make(Type::AudioOrVideo, "RealMedia file", "realmedia");
    // Other things people copy by mistake.
    if (at(head, 0, "%PDF", 4))
        return make(Type::Other, "PDF document", "pdf");
    if (at(head, 0, "PK\x03\x04", 4))
        return make(Type::Other, "ZIP archive (or a Word/Excel document)", "zip");
    if (at(head, 0, "\xD0\xCF\x11\xE0", 4))
        return make(Type::Other, "Microsoft Office document", "ole");
    if (at(head, 0, "\xFF\xFE", 2) || at(head, 0, "\xFE\xFF", 2))
        return make(Type::Text, "UTF-16 text", "utf16");
    if (isText(head))
        return make(Type::Text, "text file", "text");
    return make(Type::Unknown, "file of an unknown kind", "");
}

QString FileSignature::containerForSuffix(const QString& fileName)
{
    static const QHash<QString, QString> bySuffix {
        { QStringLiteral("jpg"), QStringLiteral("jpeg") }, { QStringLiteral("jpeg"), QStringLiteral("jpeg") },
        { QStringLiteral("png"), QStringLiteral("png") }, { QStringLiteral("webp"), QStringLiteral("webp") },
        { QStringLiteral("gif"), QStringLiteral("gif") }, { QStringLiteral("bmp"), QStringLiteral("bmp") },
        { QStringLiteral("tif"), QStringLiteral("tiff") }, { QStringLiteral("tiff"), QStringLiteral("tiff") },
        { QStringLiteral("heic"), QStringLiteral("heic") }, { QStringLiteral("avif"), QStringLiteral("heic") },
        { QStringLiteral("ogg"), QStringLiteral("ogg") }, { QStringLiteral("oga"), QStringLiteral("ogg") },
        { QStringLiteral("ogv"), QStringLiteral("ogg") }, { QStringLiteral("opus"), QStringLiteral("ogg") },
        { QStringLiteral("webm"), QStringLiteral("matroska") }, { QStringLiteral("mkv"), QStringLiteral("matroska") },
        { QStringLiteral("mka"), QStringLiteral("matroska") }, { QStringLiteral("mp4"), QStringLiteral("mp4") },
        { QStringLiteral("m4a"), QStringLiteral("mp4") }, { QStringLiteral("m4v"), QStringLiteral("mp4") },
        { QStringLiteral("mov"), QStringLiteral("mp4") }, { QStringLiteral("mp3"), QStringLiteral("mp3") },
        { QStringLiteral("wav"), QStringLiteral("wav") }, { QStringLiteral("flac"), QStringLiteral("flac") },
        { QStringLiteral("aac"), QStringLiteral("aac") }, { QStringLiteral("aif"), QStringLiteral("aiff") },
        { QStringLiteral("aiff"), QStringLiteral("aiff") }, { QStringLiteral("avi"), QStringLiteral("avi") },
        { QStringLiteral("wmv"), QStringLiteral("asf") }, { QStringLiteral("wma"), QStringLiteral("asf") },
    };
    return bySuffix.value(QFileInfo(fileName).suffix().toLower());
}
