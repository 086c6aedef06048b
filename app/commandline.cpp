#include "commandline.h"

#include "language.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

QSize parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return { match.captured(1).toInt(), match.captured(2).toInt() };
}

CommandLineOptions failure(const QString& message)
{
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Error;
    options.message = message;
    return options;
}

} // namespace

CommandLineOptions CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Touchscreen kiosk of the ALZHIR Memorial Complex: the memorial's sections, the Wall of Memory and "
        "survivor testimonies in Kazakh, Russian and English."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
        QStringLiteral("Show the version."));
    const QCommandLineOption content(QStringLiteral("content"),
        QStringLiteral("The content folder (default: from the configuration, else the sample content)."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Start language: kk, ru or en."),
        QStringLiteral("CODE"));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("The configuration file (default /etc/alzhir-kiosk/kiosk.conf)."), QStringLiteral("FILE"));
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("The folder for logs and usage counts."), QStringLiteral("DIR"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
        QStringLiteral("Run in a resizable window (development), not fullscreen."));
    const QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Print the milliseconds from process start to the first painted frame, then exit."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QStringLiteral("Render every screen in every language to PNG files in DIR, then exit."), QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("With --screenshots: one size WxH (default: 1920x1080, 1080x1920 and 1366x768)."),
        QStringLiteral("WxH"));
    const QCommandLineOption check(QStringLiteral("check-content"),
        QStringLiteral("Check a content folder, print the report and exit: 0 valid, 1 warnings, 2 errors."),
        QStringLiteral("DIR"));
    const QCommandLineOption search(QStringLiteral("search"),
        QStringLiteral("Print the Wall of Memory names that match QUERY, best first."), QStringLiteral("QUERY"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("With --check-content or --search: JSON output."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("With --search: at most N results (default 20)."),
        QStringLiteral("N"));
    const QCommandLineOption setPin(QStringLiteral("set-pin"),
        QStringLiteral("Set the staff PIN (read from standard input) in the configuration file."));
    const QCommandLineOption exportStats(QStringLiteral("export-stats"),
        QStringLiteral("Write the anonymous usage counts per day to FILE (CSV)."), QStringLiteral("FILE"));
    parser.addOptions({ help, version, content, lang, config, state, windowed, firstFrame, screenshots, size, check,
        search, json, limit, setPin, exportStats });

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    CommandLineOptions options;
    options.contentDir = parser.value(content);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !Language::isSupported(options.language))
        return failure(QStringLiteral("--lang must be kk, ru or en, not \"%1\"").arg(options.language));
    options.configPath = parser.value(config);
    options.stateDir = parser.value(state);
    options.windowed = parser.isSet(windowed);
    options.exitAfterFirstFrame = parser.isSet(firstFrame);
    options.json = parser.isSet(json);
    if (parser.isSet(limit)) {
        bool ok = false;
        options.limit = parser.value(limit).toInt(&ok);
        if (!ok || options.limit < 1)
            return failure(QStringLiteral("--limit must be a positive number"));
    }
    if (parser.isSet(size)) {
        options.screenshotSize = parseSize(parser.value(size));
        if (!options.screenshotSize.isValid())
            return failure(QStringLiteral("--size must look like 1920x1080"));
    }

    if (parser.isSet(help)) {
        options.mode = CommandLineOptions::Mode::Help;
        // Parsed before the application object exists, so Qt cannot name the program itself.
        options.message = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("alzhir-kiosk"));
    } else if (parser.isSet(version)) {
        options.mode = CommandLineOptions::Mode::Version;
        options.message = QStringLiteral("alzhir-kiosk " ALZHIR_VERSION);
    } else if (parser.isSet(screenshots)) {
        options.mode = CommandLineOptions::Mode::Screenshots;
        options.screenshotsDir = parser.value(screenshots);
    } else if (parser.isSet(check)) {
        options.mode = CommandLineOptions::Mode::CheckContent;
        options.contentDir = parser.value(check);
    } else if (parser.isSet(search)) {
        options.mode = CommandLineOptions::Mode::Search;
        options.query = parser.value(search);
    } else if (parser.isSet(setPin)) {
        options.mode = CommandLineOptions::Mode::SetPin;
    } else if (parser.isSet(exportStats)) {
        options.mode = CommandLineOptions::Mode::ExportStats;
        options.exportFile = parser.value(exportStats);
    }
    return options;
}

QString CommandLine::defaultContentDir()
{
    const QString installed = QStringLiteral(ALZHIR_INSTALLED_MEDIA_DIR);
    if (QFileInfo::exists(installed + QStringLiteral("/content.json")))
        return installed;
    return QStringLiteral(ALZHIR_SOURCE_MEDIA_DIR);
}
