#include "CommandLine.h"

#include "ChangeCommands.h"
#include "CliContext.h"
#include "FeatureCommands.h"
#include "GatewayCommands.h"
#include "InstanceCommands.h"
#include "ModelCommands.h"
#include "ModelTestCommand.h"
#include "StatusCommand.h"
#include "SubscriptionCommand.h"
#include "base/AppInfo.h"
#include "base/Logging.h"
#include "base/SafeText.h"
#include "base/Translations.h"
#include "session/InstanceDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <functional>

namespace CommandLine {

namespace {

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

// Options every command takes; the others are listed per command, and refused elsewhere.
const QStringList globalOptions = {QStringLiteral("instance"), QStringLiteral("json"),
                                   QStringLiteral("verbose"),  QStringLiteral("help"),
                                   QStringLiteral("version"),  QStringLiteral("offline")};
const QStringList connecting = {QStringLiteral("token-stdin"), QStringLiteral("timeout")};
const QStringList modelFields = {QStringLiteral("name"),     QStringLiteral("family"),
                                 QStringLiteral("endpoint"), QStringLiteral("identifier"),
                                 QStringLiteral("platform"), QStringLiteral("api-key-stdin"),
                                 QStringLiteral("no-apply")};
const QStringList profileFields = {
    QStringLiteral("url"),        QStringLiteral("ca-file"),
    QStringLiteral("proxy"),      QStringLiteral("timeout"),
    QStringLiteral("allow-http"), QStringLiteral("token-stdin"),
    QStringLiteral("proxy-user"), QStringLiteral("proxy-password-stdin")};

struct Command
{
    QStringList words; // "instance", "add"
    const char *synopsis;
    const char *summary;
    QStringList options; // besides the global ones
    std::function<void(CliContext &)> run;
};

class Help
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static const QList<Command> &commands();
    static QString text(const QCommandLineParser &parser);
};

const QList<Command> &Help::commands()
{
    static const QList<Command> table = {
        {{QStringLiteral("instance"), QStringLiteral("add")},
         "instance add NAME --url URL [--token-stdin] [--ca-file PATH] [--proxy "
         "none|system|HOST:PORT [--proxy-user USER --proxy-password-stdin]] [--timeout SECONDS] "
         "[--allow-http]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Add a GitLab instance; the token goes to the system keychain."),
         profileFields,
         InstanceCommands::add},
        {{QStringLiteral("instance"), QStringLiteral("edit")},
         "instance edit NAME [--name NEW] [--url URL] [--ca-file PATH | --no-ca-file] [--proxy "
         "none|system|HOST:PORT] [--proxy-user USER] [--proxy-password-stdin] [--timeout "
         "SECONDS] [--allow-http]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Change an instance's name or connection settings, with the same "
                           "checks as instance add."),
         profileFields + QStringList{QStringLiteral("name"), QStringLiteral("no-ca-file")},
         InstanceCommands::edit},
        {{QStringLiteral("instance"), QStringLiteral("list")},
         "instance list [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "List the instances (never their tokens)."),
         {},
         InstanceCommands::list},
        {{QStringLiteral("instance"), QStringLiteral("remove")},
         "instance remove NAME",
         QT_TRANSLATE_NOOP("CommandLine", "Remove an instance, its token and its local data."),
         {},
         InstanceCommands::remove},
        {{QStringLiteral("instance"), QStringLiteral("token")},
         "instance token NAME --token-stdin",
         QT_TRANSLATE_NOOP("CommandLine", "Replace the stored token of an instance."),
         {QStringLiteral("token-stdin")},
         InstanceCommands::setToken},
        {{QStringLiteral("open")},
         "open [-i NAME] [--token-stdin]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Open the window on an instance; with --token-stdin, use a token for "
                           "this run only, kept in memory."),
         {},
         nullptr},
        {{QStringLiteral("models"), QStringLiteral("list")},
         "models list [-i NAME] [--refresh] [--offline] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "The self-hosted models with pending changes applied (* marks them); "
                           "read from the server when never read before, or with --refresh."),
         connecting + QStringList{QStringLiteral("refresh")},
         ModelCommands::list},
        {{QStringLiteral("models"), QStringLiteral("add")},
         "models add [-i NAME] --name N --family F --endpoint URL [--identifier I] [--platform "
         "api|bedrock|vertex-ai] [--api-key-stdin] [--no-apply]",
         QT_TRANSLATE_NOOP("CommandLine", "Record a new self-hosted model, and push it."),
         connecting + modelFields,
         ModelCommands::add},
        {{QStringLiteral("models"), QStringLiteral("edit")},
         "models edit [-i NAME] MODEL [--name N] [--family F] [--endpoint URL] [--identifier I] "
         "[--platform api|bedrock|vertex-ai] [--api-key-stdin] [--no-apply]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record changes to a model (by id or name), and push them."),
         connecting + modelFields,
         ModelCommands::edit},
        {{QStringLiteral("models"), QStringLiteral("delete")},
         "models delete [-i NAME] MODEL [--reassign-to OTHER | --disable-features] [--no-apply]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record the deletion of a model; features it serves are moved to "
                           "OTHER or disabled first."),
         connecting + QStringList{QStringLiteral("reassign-to"), QStringLiteral("disable-features"),
                                  QStringLiteral("no-apply")},
         ModelCommands::remove},
        {{QStringLiteral("models"), QStringLiteral("test")},
         "models test [-i NAME] MODEL [--api-key-stdin] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Test a model's connection from GitLab (its own check) and from this "
                           "computer (GET /v1/models); exit code 1 when either fails."),
         connecting + QStringList{QStringLiteral("api-key-stdin")},
         ModelTestCommand::run},
        {{QStringLiteral("features"), QStringLiteral("list")},
         "features list [-i NAME] [--refresh] [--offline] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "The AI-native features the instance lists, by section, and what each "
                           "uses, with pending changes applied (* marks them); read from the "
                           "server when never read before, or with --refresh."),
         connecting + QStringList{QStringLiteral("refresh")},
         FeatureCommands::list},
        {{QStringLiteral("features"), QStringLiteral("set")},
         "features set [-i NAME] FEATURE… (--model MODEL | --disabled | --vendored [--model-ref "
         "REF]) [--no-apply] [--offline]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record what the features use (FEATURE as GitLab names it, such as "
                           "code_generations; MODEL by id or name), and push it."),
         connecting + QStringList{QStringLiteral("model"), QStringLiteral("disabled"),
                                  QStringLiteral("vendored"), QStringLiteral("model-ref"),
                                  QStringLiteral("no-apply")},
         FeatureCommands::set},
        {{QStringLiteral("features"), QStringLiteral("allowlist")},
         "features allowlist [-i NAME] FEATURE (--enable [REF…] | --disable) [--no-apply] "
         "[--offline]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record a feature's GitLab-managed model allowlist (GitLab 19.1 and "
                           "later), and push it: --enable allows the models REF… (without REF, "
                           "the list stays as it is) besides the one in use; --disable allows "
                           "them all."),
         connecting + QStringList{QStringLiteral("enable"), QStringLiteral("disable"),
                                  QStringLiteral("no-apply")},
         FeatureCommands::allowlist},
        {{QStringLiteral("gateway"), QStringLiteral("show")},
         "gateway show [-i NAME] [--refresh] [--offline] [--json] [--check]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "The Duo hosting settings: the AI gateway URL and timeout, the Agent "
                           "Platform service and its TLS (* marks pending changes); before 17.9, "
                           "the gitlab.rb lines that set the URL. --check also asks the gateway "
                           "from this computer and runs GitLab's own probes; exit code 1 when "
                           "one fails."),
         connecting + QStringList{QStringLiteral("refresh"), QStringLiteral("check")},
         GatewayCommands::show},
        {{QStringLiteral("gateway"), QStringLiteral("set")},
         "gateway set [-i NAME] [--url URL] [--gateway-timeout SECONDS] [--agent-platform-url "
         "HOST:PORT] [--agent-platform-tls on|off] [--no-apply] [--offline]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Record new Duo hosting settings (only those given), and push them."),
         connecting + QStringList{QStringLiteral("url"), QStringLiteral("gateway-timeout"),
                                  QStringLiteral("agent-platform-url"),
                                  QStringLiteral("agent-platform-tls"), QStringLiteral("no-apply")},
         GatewayCommands::set},
        {{QStringLiteral("subscription")},
         "subscription [-i NAME] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "The license, its history and the subscriptions to come, the Duo "
                           "add-ons and their seats, and whether self-hosted models are "
                           "available, with what to do when not."),
         connecting,
         SubscriptionCommand::run},
        {{QStringLiteral("changes"), QStringLiteral("list")},
         "changes list [-i NAME] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "The changes not yet pushed, with their status."),
         {},
         ChangeCommands::list},
        {{QStringLiteral("changes"), QStringLiteral("push")},
         "changes push [-i NAME] [--dry-run] [--stop-on-error] [--json]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Check the changes against the server and push them in batches; "
                           "--dry-run prints the plan. Exit code 3: conflicts need a decision."),
         connecting + QStringList{QStringLiteral("dry-run"), QStringLiteral("stop-on-error")},
         ChangeCommands::push},
        {{QStringLiteral("changes"), QStringLiteral("discard")},
         "changes discard [-i NAME] [ID…|--all]",
         QT_TRANSLATE_NOOP("CommandLine", "Forget changes that were not pushed."),
         {QStringLiteral("all")},
         ChangeCommands::discard},
        {{QStringLiteral("changes"), QStringLiteral("resolve")},
         "changes resolve [-i NAME] ID FIELD --keep-mine|--take-server",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "Settle a conflict on one field: keep your value, or take the server's."),
         {QStringLiteral("keep-mine"), QStringLiteral("take-server")},
         ChangeCommands::resolve},
        {{QStringLiteral("refresh")},
         "refresh [-i NAME]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Take a new snapshot of the server: every model, feature setting and "
                           "the Duo settings."),
         connecting,
         ChangeCommands::refresh},
        {{QStringLiteral("status")},
         "status [-i NAME] [--json] [--token-stdin] [--timeout SECONDS] [--check [--all]]",
         QT_TRANSLATE_NOOP("CommandLine",
                           "Connect and show the version, user, token, license, Duo add-ons, API "
                           "shape and whether self-hosted models are allowed; with --check, run "
                           "the setup check (exit code 1 when an item fails; --all tests every "
                           "model, not only those features use)."),
         connecting + QStringList{QStringLiteral("check"), QStringLiteral("all")},
         StatusCommand::run},
    };
    return table;
}

const Command *findCommand(const QStringList &positional)
{
    for (const Command &command : Help::commands()) {
        if (positional.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

QString Help::text(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += QLatin1String("  duo-console ") + QString::fromUtf8(command.synopsis) +
                QLatin1String("\n      ") + tr(command.summary) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Without arguments, duo-console opens its window.") +
            QLatin1String("\n\n") + tr("Exit codes:") + QLatin1Char('\n') + tr("  0  success") +
            QLatin1Char('\n') + tr("  1  failure (the reason is printed on standard error)") +
            QLatin1Char('\n') + tr("  2  usage error") + QLatin1Char('\n') +
            tr("  3  conflicts need a decision") + QLatin1Char('\n');
    return text;
}

// The long name of every option given, for checking them against the command.
QStringList givenOptions(const QCommandLineParser &parser)
{
    QStringList names;
    for (const QString &name : parser.optionNames())
        names << (name == QLatin1String("i")   ? QStringLiteral("instance")
                  : name == QLatin1String("h") ? QStringLiteral("help")
                  : name == QLatin1String("v") ? QStringLiteral("version")
                                               : name);
    return names;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("i"), QStringLiteral("instance")},
         Help::tr("The instance profile to use."),
         Help::tr("NAME")},
        {QStringLiteral("json"), Help::tr("Print machine-readable JSON instead of text.")},
        {QStringLiteral("offline"), Help::tr("Work on the local snapshot; contact no server.")},
        {QStringLiteral("verbose"), Help::tr("Log what happens on standard error.")},
        {QStringLiteral("url"),
         Help::tr("The instance's address (instance add, edit); the AI gateway's (gateway set)."),
         Help::tr("URL")},
        {QStringLiteral("token-stdin"), Help::tr("Read the access token from standard input.")},
        {QStringLiteral("ca-file"),
         Help::tr("A PEM file of certificate authorities to trust as well."), Help::tr("PATH")},
        {QStringLiteral("no-ca-file"),
         Help::tr("Trust only the system's certificate authorities.")},
        {QStringLiteral("proxy"), Help::tr("none, system (the default) or HOST:PORT."),
         Help::tr("PROXY")},
        {QStringLiteral("proxy-user"), Help::tr("The user name a manual proxy asks for."),
         Help::tr("USER")},
        {QStringLiteral("proxy-password-stdin"),
         Help::tr("Read the proxy's password from standard input (after the token, if "
                  "--token-stdin); it goes to the system keychain.")},
        {QStringLiteral("timeout"),
         Help::tr("Seconds to wait for each request (instance add, edit; for one run elsewhere)."),
         Help::tr("SECONDS")},
        {QStringLiteral("allow-http"),
         Help::tr("Accept a plain http:// URL (the token then travels unencrypted).")},
        {QStringLiteral("name"),
         Help::tr("A name: a model's deployment name, an instance's new name."), Help::tr("N")},
        {QStringLiteral("family"), Help::tr("Model family, such as MISTRAL or CLAUDE_3."),
         Help::tr("F")},
        {QStringLiteral("endpoint"), Help::tr("Endpoint of the model server."), Help::tr("URL")},
        {QStringLiteral("identifier"), Help::tr("Model identifier, such as custom_openai/model."),
         Help::tr("I")},
        {QStringLiteral("platform"), Help::tr("Where the model runs: api, bedrock or vertex-ai."),
         Help::tr("P")},
        {QStringLiteral("api-key-stdin"),
         Help::tr("Read the model's API key from standard input (after the token, if "
                  "--token-stdin).")},
        {QStringLiteral("no-apply"), Help::tr("Record the change only; push it later.")},
        {QStringLiteral("refresh"),
         Help::tr("Read the server first (models list, features list, gateway show).")},
        {QStringLiteral("model"),
         Help::tr("The self-hosted model the features use, by id or name (features set)."),
         Help::tr("MODEL")},
        {QStringLiteral("disabled"), Help::tr("Turn the features off (features set).")},
        {QStringLiteral("vendored"),
         Help::tr("The features use a GitLab-managed model: GitLab's default, or --model-ref's "
                  "(features set).")},
        {QStringLiteral("model-ref"),
         Help::tr("The GitLab-managed model, such as claude_sonnet_4_20250514 (features set "
                  "--vendored)."),
         Help::tr("REF")},
        {QStringLiteral("enable"),
         Help::tr("Turn the model allowlist on, allowing the models named (features allowlist).")},
        {QStringLiteral("disable"),
         Help::tr("Turn the model allowlist off: every model is allowed (features allowlist).")},
        {QStringLiteral("reassign-to"),
         Help::tr("The model that takes over a deleted model's features."), Help::tr("OTHER")},
        {QStringLiteral("disable-features"),
         Help::tr("Disable the features a deleted model serves.")},
        {QStringLiteral("check"),
         Help::tr("Check the AI gateway from this computer and run GitLab's own probes (gateway "
                  "show); run the whole setup check (status).")},
        {QStringLiteral("gateway-timeout"),
         Help::tr("Seconds GitLab waits for the AI gateway, from 60 to 600 (gateway set; GitLab "
                  "18.6 and later)."),
         Help::tr("SECONDS")},
        {QStringLiteral("agent-platform-url"),
         Help::tr("The Agent Platform service's host and port, without a scheme (gateway set; "
                  "GitLab 18.4 and later)."),
         Help::tr("HOST:PORT")},
        {QStringLiteral("agent-platform-tls"),
         Help::tr("on or off: whether GitLab uses TLS for the Agent Platform service (gateway "
                  "set; GitLab 19.x)."),
         Help::tr("on|off")},
        {QStringLiteral("dry-run"), Help::tr("Print the push plan; send nothing.")},
        {QStringLiteral("stop-on-error"),
         Help::tr("Stop a push at the first step GitLab refuses.")},
        {QStringLiteral("all"),
         Help::tr("Every pending change (changes discard); every model (status --check).")},
        {QStringLiteral("keep-mine"),
         Help::tr("Settle a conflict with your value (changes resolve).")},
        {QStringLiteral("take-server"),
         Help::tr("Settle a conflict with the server's value (changes resolve).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), Help::tr("The command to run."),
                                 Help::tr("[command]"));
}

// Arguments are text: bytes that are not UTF-8 would reach GitLab as U+FFFD, unnoticed.
int firstInvalidArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!SafeText::isValidUtf8(QByteArray(argv[i])))
            return i;
    }
    return 0;
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
    if (const int bad = firstInvalidArgument(argc, argv)) {
        err << Help::tr("Argument %1 is not valid UTF-8: arguments must be text.").arg(bad) << '\n';
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Help::tr("Duo Console: manage GitLab Duo Self-Hosted models, AI-native features and the "
                 "AI gateway from the desktop or from scripts."));
    // Our own rather than addHelpOption(): Qt's --help-all needs process(), and Debian's French
    // and Japanese Qt translations lack these two descriptions.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Help::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Help::tr("Show the version and exit."));
    parser.addOptions({help, version});
    addOptions(parser);

    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n'
            << Help::tr("Run 'duo-console --help' for usage.") << '\n';
        return UsageError;
    }
    // Our logging is for whoever asks for it: --verbose, or QT_LOGGING_RULES. Qt's own warnings
    // stay on: each one is a defect to fix.
    if (!parser.isSet(QStringLiteral("verbose")) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("duo.*=false"));
    const QStringList translations = Translations::loaded();
    qCInfo(lcSettings).noquote() << "Translations loaded:"
                                 << (translations.isEmpty()
                                         ? QStringLiteral("none")
                                         : translations.join(QLatin1String(", ")));
    if (parser.isSet(help)) {
        out << Help::text(parser);
        return Ok;
    }
    if (parser.isSet(version)) {
        out << AppInfo::applicationName << ' ' << AppInfo::version << '\n';
        return Ok;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << Help::tr("No command given.") << '\n'
            << Help::tr("Run 'duo-console --help' for usage.") << '\n';
        return UsageError;
    }
    const Command *command = findCommand(positional);
    if (!command) {
        err << Help::tr("Unknown command '%1'.").arg(positional.join(QLatin1Char(' '))) << '\n'
            << Help::tr("Run 'duo-console --help' for usage.") << '\n';
        return UsageError;
    }
    InstanceDirectory directory(AppInfo::keychainService());
    CliContext context(parser, directory);
    context.commandWords = int(command->words.size());
    for (const QString &option : givenOptions(parser)) {
        if (!globalOptions.contains(option) && !command->options.contains(option)) {
            context.usage(Help::tr("--%1 does not apply to 'duo-console %2'. Run 'duo-console "
                                   "--help' for usage.")
                              .arg(option, command->words.join(QLatin1Char(' '))));
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600) {
            context.usage(Help::tr("--timeout takes a number of seconds from 1 to 600."));
            return UsageError;
        }
    }
    QTimer::singleShot(0, &app, [&] { command->run(context); });
    return QCoreApplication::exec();
}

} // namespace CommandLine
