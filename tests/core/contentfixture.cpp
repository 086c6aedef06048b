#include "contentfixture.h"

#include "contentloader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <cstring>
#include <stdexcept>

ContentFixture::ContentFixture(const QString& folderName)
    : m_root(m_temp.path() + QLatin1Char('/') + folderName)
{
    if (!m_temp.isValid() || !TestSupport::copySampleContent(m_root))
        throw std::runtime_error("cannot copy the sample content");
    const ContentLoader::Result result = ContentLoader::load(m_root);
    if (!result.ok())
        throw std::runtime_error("the sample content does not load");
    m_initial = result.content;
    m_store.setCurrent(m_initial);
    m_watcher = std::make_unique<ContentWatcher>(m_root, &m_store);
    m_watcher->setQuietPeriod(QuietMs);
    m_watcher->setScanInterval(ScanMs);
    m_watcher->start();
}

ContentFixture::~ContentFixture()
{
    m_watcher.reset();
}

void ContentFixture::writeFile(const QString& relative, const QByteArray& bytes)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write a test file");
}

QByteArray ContentFixture::readFile(const QString& relative) const
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read a test file");
    return file.readAll();
}

void ContentFixture::truncateFile(const QString& relative, qint64 size)
{
    writeFile(relative, readFile(relative).left(size));
}

void ContentFixture::editManifest(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(readFile(QStringLiteral("content.json"))).object();
    edit(root);
    writeFile(QStringLiteral("content.json"), QJsonDocument(root).toJson());
}

bool ContentFixture::waitForCheck(int before, int timeoutMs)
{
    const int start = before < 0 ? m_watcher->checksFinished() : before;
    return TestSupport::waitFor([&] { return m_watcher->checksFinished() > start; }, timeoutMs);
}

bool ContentFixture::lastGoodStays() const
{
    return m_store.current() == m_initial && !m_store.hasPending();
}

const ContentProblem* ContentFixture::problem(const QString& text) const
{
    for (const ContentProblem& p : m_store.lastProblems()) {
        if (p.toString().contains(text, Qt::CaseInsensitive))
            return &p;
    }
    return nullptr;
}

QString ContentFixture::problemsText() const
{
    QStringList lines;
    for (const ContentProblem& p : m_store.lastProblems())
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

namespace TestFiles {

namespace {

QByteArray encode(int width, int height, const char* format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(60, 60, 70));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        throw std::runtime_error("cannot encode a test picture");
    return bytes;
}

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace

QByteArray jpeg(int width, int height)
{
    return encode(width, height, "JPEG");
}

QByteArray png(int width, int height)
{
    return encode(width, height, "PNG");
}

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray bytes = png(2, 2);
    // The IHDR chunk follows the 8-byte signature: length (4), "IHDR" (4), width, height, ..., CRC.
    qToBigEndian(width, bytes.data() + 16);
    qToBigEndian(height, bytes.data() + 20);
    qToBigEndian(crc32(bytes.mid(12, 17)), bytes.data() + 29);
    return bytes;
}

QByteArray wav(int milliseconds)
{
    const quint32 rate = 8000;
    const quint32 samples = rate * quint32(milliseconds) / 1000;
    QByteArray bytes(44 + int(samples) * 2, '\0');
    char* d = bytes.data();
    std::memcpy(d, "RIFF", 4);
    qToLittleEndian<quint32>(36 + samples * 2, d + 4);
    std::memcpy(d + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, d + 16);
    qToLittleEndian<quint16>(1, d + 20);   // PCM
    qToLittleEndian<quint16>(1, d + 22);   // mono
    qToLittleEndian<quint32>(rate, d + 24);
    qToLittleEndian<quint32>(rate * 2, d + 28);
    qToLittleEndian<quint16>(2, d + 32);
    qToLittleEndian<quint16>(16, d + 34);
    std::memcpy(d + 36, "data", 4);
    qToLittleEndian<quint32>(samples * 2, d + 40);
    return bytes;
}

QByteArray cp1251(const QString& text)
{
    // Qt 6.4 has no cp1251 codec without ICU: map the Russian letters by hand (А-я, Ё, ё).
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes.append(char(u));
        else if (u >= 0x0410 && u <= 0x044F)
            bytes.append(char(0xC0 + (u - 0x0410)));
        else if (u == 0x0401)
            bytes.append(char(0xA8));
        else if (u == 0x0451)
            bytes.append(char(0xB8));
        else
            bytes.append('?');
    }
    return bytes;
}

} // namespace TestFiles

void ContentFixture::setPhotoFile(QJsonObject& root, int section, int photo, const QString& file)
{
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject s = sections.at(section).toObject();
    QJsonArray photos = s.value(QStringLiteral("photos")).toArray();
    QJsonObject p = photos.at(photo).toObject();
    p.insert(QStringLiteral("file"), file);
    photos.replace(photo, p);
    s.insert(QStringLiteral("photos"), photos);
    sections.replace(section, s);
    root.insert(QStringLiteral("sections"), sections);
}
