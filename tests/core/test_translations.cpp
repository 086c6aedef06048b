// Every interface message is translated in Kazakh and Russian (and present in English), and the
// compiled translations embedded in the binary load.
#include <catch2/catch.hpp>

#include "language.h"

#include <QFile>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsFile
{
    QSet<QString> sources;       // "context\x1fsource"
    QStringList unfinished;      // messages not translated
};

TsFile readTs(const QString& code)
{
    TsFile ts;
    QFile file(QStringLiteral(ALZHIR_TS_DIR "/alzhir_%1.ts").arg(code));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ts.sources.insert(context + QChar(0x1f) + source);
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                ts.unfinished.append(context + QStringLiteral(": ") + source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return ts;
}

} // namespace

TEST_CASE("Every message is translated in every language", "[translations]")
{
    const TsFile english = readTs(QStringLiteral("en"));
    REQUIRE_FALSE(english.sources.isEmpty());
    for (const QString& code : Language::all()) {
        const TsFile ts = readTs(code);
        INFO("language " << code.toStdString());
        for (const QString& message : ts.unfinished)
            UNSCOPED_INFO("unfinished: " << message.toStdString());
        CHECK(ts.unfinished.isEmpty());
        CHECK(ts.sources == english.sources);
    }
}

TEST_CASE("The compiled translations are embedded and translate", "[translations]")
{
    for (const QString& code : Language::all()) {
        QTranslator translator;
        INFO("language " << code.toStdString());
        REQUIRE(translator.load(QStringLiteral(":/i18n/alzhir_%1.qm").arg(code)));
        CHECK_FALSE(translator.isEmpty());
    }
    QTranslator kazakh;
    REQUIRE(kazakh.load(QStringLiteral(":/i18n/alzhir_kk.qm")));
    CHECK(kazakh.translate("NavBar", "Home") == QStringLiteral("Басты бет"));
    QTranslator russian;
    REQUIRE(russian.load(QStringLiteral(":/i18n/alzhir_ru.qm")));
    CHECK(russian.translate("NavBar", "Home") == QStringLiteral("Главная"));
}
