#include "containercheck.h"

#include <QtEndian>

namespace {

QByteArray readAt(QFile& file, qint64 pos, qint64 length)
{
    if (!file.seek(pos))
        return {};
    return file.read(length);
}

quint32 be32(const QByteArray& b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

QString cutShort()
{
    return QStringLiteral("the recording is cut short (the file ends before its last part): it was probably "
                          "not copied completely");
}

// An EBML variable-length integer at `at`. Returns its length in bytes (0 if invalid); `value`
// gets the number without its length marker, `allOnes` tells "unknown size".
int readVint(const QByteArray& b, qsizetype at, quint64* value, bool* allOnes)
{
    if (at >= b.size())
        return 0;
    const auto first = static_cast<unsigned char>(b.at(at));
    int length = 1;
    while (length <= 8 && !(first & (0x80 >> (length - 1))))
        ++length;
    if (length > 8 || at + length > b.size())
        return 0;
    quint64 v = first & (0xFF >> length);
    bool ones = v == (0xFFu >> length);
    for (int i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(b.at(at + i));
        v = (v << 8) | byte;
        ones = ones && byte == 0xFF;
    }
    *value = v;
    *allOnes = ones;
    return length;
}

} // namespace

QString ContainerCheck::findDamage(QFile& file, const QString& container)
{
    if (container == QLatin1String("mp4"))
        return checkMp4(file);
    if (container == QLatin1String("matroska"))
        return checkMatroska(file);
    if (container == QLatin1String("ogg"))
        return checkOgg(file);
    if (container == QLatin1String("wav"))
        return checkWav(file);
    return {};
}

QString ContainerCheck::checkMp4(QFile& file)
{
    const qint64 size = file.size();
    qint64 pos = 0;
    bool index = false;
    for (int boxes = 0; pos < size && boxes < 100000; ++boxes) {
        const QByteArray header = readAt(file, pos, 16);
        if (header.size() < 8)
            return cutShort();
        quint64 boxSize = be32(header, 0);
        qint64 headerSize = 8;
        if (boxSize == 1) {
            if (header.size() < 16)
                return cutShort();
            boxSize = qFromBigEndian<quint64>(header.constData() + 8);
            headerSize = 16;
        } else if (boxSize == 0) {
            boxSize = quint64(size - pos);
        }
        if (boxSize < quint64(headerSize))
            return QStringLiteral("the recording is damaged (a part at byte %1 has an impossible length)").arg(pos);
        if (boxSize > quint64(size - pos))
            return cutShort();
        if (header.mid(4, 4) == "moov")
            index = true;
        pos += qint64(boxSize);
    }
    if (!index)
        return QStringLiteral("the recording has no index (no \"moov\" part): it was not finished or not copied "
                              "completely");
    return {};
}

QString ContainerCheck::checkMatroska(QFile& file)
{
    const qint64 size = file.size();
    const QByteArray b = readAt(file, 0, 4096);
    quint64 value = 0;
    bool unknown = false;
    // The EBML header: ID 1A 45 DF A3, then its size.
    const int headerSizeLength = readVint(b, 4, &value, &unknown);
    if (headerSizeLength == 0 || unknown)
        return QStringLiteral("the recording is damaged (its WebM/Matroska header cannot be read)");
    const quint64 segmentAt = 4 + quint64(headerSizeLength) + value;
    if (segmentAt + 12 > quint64(b.size()))
        return segmentAt >= quint64(size) ? cutShort() : QString();
    if (!b.mid(qsizetype(segmentAt), 4).startsWith("\x18\x53\x80\x67"))
        return QStringLiteral("the recording is damaged (no WebM/Matroska segment after the header)");
    const int segmentSizeLength = readVint(b, qsizetype(segmentAt) + 4, &value, &unknown);
    if (segmentSizeLength == 0)
        return QStringLiteral("the recording is damaged (its WebM/Matroska segment cannot be read)");
    if (unknown)
        return {}; // written live, without a final size: nothing to compare
    const quint64 end = segmentAt + 4 + quint64(segmentSizeLength) + value;
    if (end > quint64(size))
        return cutShort();
    return {};
}

QString ContainerCheck::checkOgg(QFile& file)
{
    const qint64 size = file.size();
    const qint64 tailStart = qMax<qint64>(0, size - 70000); // a page is at most 65,307 bytes
    const QByteArray tail = readAt(file, tailStart, size - tailStart);
    // Find the page that ends exactly at the end of the file, trying each "OggS" from the back.
    for (qsizetype at = tail.lastIndexOf("OggS"); at >= 0; at = at > 0 ? tail.lastIndexOf("OggS", at - 1) : -1) {
        if (at + 27 > tail.size() || tail.at(at + 4) != 0)
            continue;
        const int segments = static_cast<unsigned char>(tail.at(at + 26));
        if (at + 27 + segments > tail.size())
            continue;
        qint64 length = 27 + segments;
        for (int i = 0; i < segments; ++i)
            length += static_cast<unsigned char>(tail.at(at + 27 + i));
        if (at + length != tail.size())
            continue;
        const bool endOfStream = static_cast<unsigned char>(tail.at(at + 5)) & 0x04;
        if (!endOfStream)
            return cutShort();
        return {};
    }
    return cutShort();
}

QString ContainerCheck::checkWav(QFile& file)
{
    const qint64 size = file.size();
    qint64 pos = 12;
    bool data = false;
    for (int chunks = 0; pos + 8 <= size && chunks < 10000; ++chunks) {
        const QByteArray header = readAt(file, pos, 8);
        if (header.size() < 8)
            return cutShort();
        const quint32 chunkSize = le32(header, 4);
        const bool isData = header.startsWith("data");
        if (isData && (chunkSize == 0xFFFFFFFFu || chunkSize == 0))
            return {}; // streamed WAV with an unknown length
        if (qint64(chunkSize) > size - pos - 8)
            return cutShort();
        data = data || isData;
        pos += 8 + qint64(chunkSize) + (chunkSize & 1);
    }
    if (!data)
        return QStringLiteral("the recording has no sound data (no \"data\" part): it is incomplete");
    return {};
}
