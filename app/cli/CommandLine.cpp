#include "CommandLine.h"

#include "AppInfo.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// Qt's own GUI options (QGuiApplication parses these); they still mean "open the window".
bool isQtGuiOption(const QString &argument)
{
    static const QStringList options = {
        QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-reverse"),
        QStringLiteral("-style"), QStringLiteral("-stylesheet"),
        QStringLiteral("-widgetcount"), QStringLiteral("-display"),
        QStringLiteral("-geometry"), QStringLiteral("-session")};
    return options.contains(argument);
}

bool takesValue(const QString &qtOption)
{
    return qtOption != QLatin1String("-reverse") && qtOption != QLatin1String("-widgetcount");
}

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + tr("Without arguments, duo-console opens its window.") +
            QLatin1String("\n\n") + tr("Exit codes:") + QLatin1Char('\n') +
            tr("  0  success") + QLatin1Char('\n') +
            tr("  1  failure (the reason is printed on standard error)") + QLatin1Char('\n') +
            tr("  2  usage error") + QLatin1Char('\n') +
            tr("  3  conflicts need a decision") + QLatin1Char('\n');
    return text;
}

} // namespace

bool wanted(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (isQtGuiOption(argument)) {
            if (takesValue(argument))
                ++i;
            continue;
        }
        return true;
    }
    return false;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::applyTo(app);
    Translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Duo Console: manage GitLab Duo Self-Hosted models, AI-native features and the AI "
           "gateway from the desktop or from scripts."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption instance({QStringLiteral("i"), QStringLiteral("instance")},
                                      tr("The instance profile to use."), tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print machine-readable JSON instead of text."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Work on the local snapshot; contact no server."));
    parser.addOptions({instance, json, offline});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."),
                                 tr("[command]"));

    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n' << tr("Run 'duo-console --help' for usage.") << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return Ok;
    }
    if (parser.isSet(version)) {
        out << AppInfo::applicationName << ' ' << AppInfo::version << '\n';
        return Ok;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << tr("No command given.") << '\n' << tr("Run 'duo-console --help' for usage.")
            << '\n';
        return UsageError;
    }
    err << tr("Unknown command '%1'.").arg(positional.first()) << '\n'
        << tr("Run 'duo-console --help' for usage.") << '\n';
    return UsageError;
}

} // namespace CommandLine
