#include "CommandLine.h"

#include "AppInfo.h"
#include "CliContext.h"
#include "InstanceCommands.h"
#include "Translations.h"
#include "WorkspaceCommands.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <functional>

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
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-reverse"),
        QStringLiteral("-style"),           QStringLiteral("-stylesheet"),
        QStringLiteral("-widgetcount"),     QStringLiteral("-display"),
        QStringLiteral("-geometry"),        QStringLiteral("-session")};
    return options.contains(argument);
}

bool takesValue(const QString &qtOption)
{
    return qtOption != QLatin1String("-reverse") && qtOption != QLatin1String("-widgetcount");
}

struct Command
{
    QStringList words; // "instance", "add"
    const char *synopsis;
    const char *summary;
    std::function<void(CliContext &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {{QStringLiteral("instance"), QStringLiteral("add")},
         "instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy "
         "none|system|HOST:PORT] "
         "[--timeout SECONDS] [--allow-http]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Add a GitLab instance; the token goes to the system keychain."),
         InstanceCommands::add},
        {{QStringLiteral("instance"), QStringLiteral("list")},
         "instance list [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "List the instances (never their tokens)."),
         InstanceCommands::list},
        {{QStringLiteral("instance"), QStringLiteral("remove")},
         "instance remove NAME",
         QT_TRANSLATE_NOOP("CommandLine", "Remove an instance, its token and its local data."),
         InstanceCommands::remove},
        {{QStringLiteral("instance"), QStringLiteral("token")},
         "instance token NAME --token-stdin",
         QT_TRANSLATE_NOOP("CommandLine", "Replace the stored token of an instance."),
         InstanceCommands::setToken},
        {{QStringLiteral("open")},
         "open [-i NAME] [--token-stdin]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Open the window on an instance; with --token-stdin, use a token for "
                           "this run only, kept in memory."),
         nullptr},
        {{QStringLiteral("models"), QStringLiteral("list")},
         "models list [-i NAME] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "The self-hosted models with pending changes applied (* marks them)."),
         WorkspaceCommands::modelsList},
        {{QStringLiteral("models"), QStringLiteral("add")},
         "models add [-i NAME] --name N --family F --endpoint URL [--identifier I] "
         "[--api-key-stdin] [--no-apply]",
         QT_TRANSLATE_NOOP("CommandLine", "Record a new self-hosted model, and push it."),
         WorkspaceCommands::modelsAdd},
        {{QStringLiteral("models"), QStringLiteral("edit")},
         "models edit [-i NAME] MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] "
         "[--api-key-stdin] [--no-apply]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record changes to a model (by id or name), and push them."),
         WorkspaceCommands::modelsEdit},
        {{QStringLiteral("models"), QStringLiteral("delete")},
         "models delete [-i NAME] MODEL [--reassign-to OTHER | --disable-features] [--no-apply]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record the deletion of a model; features it serves are moved to "
                           "OTHER or disabled first."),
         WorkspaceCommands::modelsDelete},
        {{QStringLiteral("changes"), QStringLiteral("list")},
         "changes list [-i NAME] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "The changes not yet pushed, with their status."),
         WorkspaceCommands::changesList},
        {{QStringLiteral("changes"), QStringLiteral("push")},
         "changes push [-i NAME] [--dry-run] [--stop-on-error] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Check the changes against the server and push them in batches; "
                           "--dry-run prints the plan. Exit code 3: conflicts need a decision."),
         WorkspaceCommands::changesPush},
        {{QStringLiteral("changes"), QStringLiteral("discard")},
         "changes discard [-i NAME] [ID…|--all]",
         QT_TRANSLATE_NOOP("CommandLine", "Forget changes that were not pushed."),
         WorkspaceCommands::changesDiscard},
        {{QStringLiteral("changes"), QStringLiteral("resolve")},
         "changes resolve [-i NAME] ID FIELD --keep-mine|--take-server",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "Settle a conflict on one field: keep your value, or take the server's."),
         WorkspaceCommands::changesResolve},
        {{QStringLiteral("refresh")},
         "refresh [-i NAME]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Take a new snapshot of the server: every model, feature setting and "
                           "the Duo settings."),
         WorkspaceCommands::refresh},
        {{QStringLiteral("status")},
         "status [-i NAME] [--json] [--token-stdin]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Connect and show the version, user, token, license, Duo add-ons, API "
                           "shape and whether self-hosted models are allowed."),
         InstanceCommands::status},
    };
    return table;
}

const Command *findCommand(const QStringList &positional)
{
    for (const Command &command : commands()) {
        if (positional.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += QLatin1String("  duo-console ") + QLatin1String(command.synopsis) +
                QLatin1String("\n      ") + tr(command.summary) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Without arguments, duo-console opens its window.") +
            QLatin1String("\n\n") + tr("Exit codes:") + QLatin1Char('\n') + tr("  0  success") +
            QLatin1Char('\n') + tr("  1  failure (the reason is printed on standard error)") +
            QLatin1Char('\n') + tr("  2  usage error") + QLatin1Char('\n') +
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
        // "open" is the window's own command: duo-console open [-i NAME] [--token-stdin]
        return argument != QLatin1String("open");
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
    parser.addOptions({
        {QStringLiteral("url"), tr("The instance's address (instance add)."), tr("URL")},
        {QStringLiteral("token-stdin"), tr("Read the access token from standard input.")},
        {QStringLiteral("ca-file"), tr("A PEM file of certificate authorities to trust as well."),
         tr("PATH")},
        {QStringLiteral("proxy"), tr("none, system (the default) or HOST:PORT."), tr("PROXY")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each request (default 30)."),
         tr("SECONDS")},
        {QStringLiteral("allow-http"),
         tr("Accept a plain http:// URL (the token then travels unencrypted).")},
        {QStringLiteral("name"), tr("Deployment name of a model."), tr("N")},
        {QStringLiteral("family"), tr("Model family, such as MISTRAL or CLAUDE_3."), tr("F")},
        {QStringLiteral("endpoint"), tr("Endpoint of the model server."), tr("URL")},
        {QStringLiteral("identifier"), tr("Model identifier, such as custom_openai/model."),
         tr("I")},
        {QStringLiteral("api-key-stdin"),
         tr("Read the model's API key from standard input (after the token, if --token-stdin).")},
        {QStringLiteral("no-apply"), tr("Record the change only; push it later.")},
        {QStringLiteral("reassign-to"), tr("The model that takes over a deleted model's features."),
         tr("OTHER")},
        {QStringLiteral("disable-features"), tr("Disable the features a deleted model serves.")},
        {QStringLiteral("dry-run"), tr("Print the push plan; send nothing.")},
        {QStringLiteral("stop-on-error"), tr("Stop a push at the first step GitLab refuses.")},
        {QStringLiteral("all"), tr("Every pending change (changes discard).")},
        {QStringLiteral("keep-mine"), tr("Settle a conflict with your value (changes resolve).")},
        {QStringLiteral("take-server"),
         tr("Settle a conflict with the server's value (changes resolve).")},
    });
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
        err << tr("No command given.") << '\n' << tr("Run 'duo-console --help' for usage.") << '\n';
        return UsageError;
    }
    const Command *command = findCommand(positional);
    if (!command) {
        err << tr("Unknown command '%1'.").arg(positional.join(QLatin1Char(' '))) << '\n'
            << tr("Run 'duo-console --help' for usage.") << '\n';
        return UsageError;
    }

    ProfileStore profiles;
    SecretStore secrets(AppInfo::keychainService());
    CliContext context(parser, profiles, secrets);
    context.commandWords = int(command->words.size());
    QTimer::singleShot(0, &app, [&] { command->run(context); });
    return QCoreApplication::exec();
}

} // namespace CommandLine
