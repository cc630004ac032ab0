#include "InstanceCommands.h"

#include "CliContext.h"
#include "gitlab/InstanceConnector.h"
#include "net/GitLabClient.h"
#include "net/TlsTrust.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace InstanceCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstanceCommands", text);
}

// Reads --url, --ca-file, --proxy, --timeout and --allow-http into `connection`; reports and
// returns false on the first problem.
bool readConnection(CliContext &ctx, ConnectionSettings &connection)
{
    const QUrl url(ctx.option(QStringLiteral("url")), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        ctx.fail(ExitCode::UsageError,
                 tr("--url needs the instance's address, such as https://gitlab.example.com."));
        return false;
    }
    connection.url = url.adjusted(QUrl::StripTrailingSlash);
    connection.allowHttp = ctx.isSet(QStringLiteral("allow-http"));
    if (url.scheme() == QLatin1String("http") && !connection.allowHttp) {
        ctx.fail(ExitCode::UsageError,
                 tr("%1 uses plain http://, which sends the token unencrypted. Use https://, or "
                    "add --allow-http to confirm.")
                     .arg(url.toDisplayString()));
        return false;
    }
    if (ctx.isSet(QStringLiteral("ca-file"))) {
        connection.caBundlePath =
            QFileInfo(ctx.option(QStringLiteral("ca-file"))).absoluteFilePath();
        QSslConfiguration unused;
        QString problem;
        if (!TlsTrust::configuration(connection.caBundlePath, &unused, &problem)) {
            ctx.fail(ExitCode::Failure, problem);
            return false;
        }
    }
    if (ctx.isSet(QStringLiteral("proxy")) &&
        !ProxySettings::parse(ctx.option(QStringLiteral("proxy")), &connection.proxy)) {
        ctx.fail(ExitCode::UsageError, tr("--proxy takes none, system or HOST:PORT."));
        return false;
    }
    if (ctx.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = ctx.option(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600) {
            ctx.fail(ExitCode::UsageError,
                     tr("--timeout takes a number of seconds from 1 to 600."));
            return false;
        }
        connection.timeout = std::chrono::seconds(seconds);
    }
    return true;
}

QJsonObject profileJson(const InstanceProfile &profile)
{
    return {{QStringLiteral("id"), profile.idString()},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("url"), profile.connection.url.toString()},
            {QStringLiteral("caFile"), profile.connection.caBundlePath},
            {QStringLiteral("proxy"), profile.connection.proxy.toString()},
            {QStringLiteral("timeoutSeconds"), int(profile.connection.timeout.count())},
            {QStringLiteral("allowHttp"), profile.connection.allowHttp}};
}

// Stores the token for `profile`, then saves the profile; nothing is saved when the keychain
// cannot take the token.
void storeTokenThenSave(CliContext &ctx, const InstanceProfile &profile, const QString &token,
                        const QString &doneMessage)
{
    ctx.secrets.write(
        profile.tokenKey(), token, nullptr,
        [&ctx, profile, doneMessage](const SecretResult &result) {
            if (!result.ok()) {
                ctx.fail(ExitCode::Failure,
                         result.message() + QLatin1Char('\n') +
                             tr("Nothing was saved: Duo Console keeps tokens only in the system "
                                "keychain."));
                return;
            }
            ctx.profiles.save(profile);
            ctx.out << doneMessage << '\n';
            ctx.finish(ExitCode::Ok);
        });
}

QString tokenFromStdin(CliContext &ctx)
{
    const QString token = ctx.stdinToken();
    if (token.isEmpty())
        ctx.fail(ExitCode::UsageError,
                 tr("--token-stdin was given, but standard input held no token."));
    return token;
}

} // namespace

void add(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1 || !ctx.isSet(QStringLiteral("url"))) {
        ctx.fail(ExitCode::UsageError,
                 tr("Usage: duo-console instance add NAME --url URL [--token-stdin] "
                    "[--ca-file PATH] [--proxy none|system|HOST:PORT] [--timeout SECONDS] "
                    "[--allow-http]"));
        return;
    }
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = args.first().trimmed();
    if (const QString problem = ctx.profiles.nameProblem(profile.name); !problem.isEmpty()) {
        ctx.fail(ExitCode::Failure, problem);
        return;
    }
    if (!readConnection(ctx, profile.connection))
        return;

    const QString added =
        tr("Added instance '%1' (%2).").arg(profile.name, profile.connection.url.toDisplayString());
    if (!ctx.isSet(QStringLiteral("token-stdin"))) {
        ctx.profiles.save(profile);
        ctx.out << added << '\n'
                << tr("No token is stored yet: give one with 'duo-console instance token %1 "
                      "--token-stdin'.")
                       .arg(profile.name)
                << '\n';
        ctx.finish(ExitCode::Ok);
        return;
    }
    const QString token = tokenFromStdin(ctx);
    if (!token.isEmpty())
        storeTokenThenSave(ctx, profile, token, added);
}

void setToken(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1 || !ctx.isSet(QStringLiteral("token-stdin"))) {
        ctx.fail(ExitCode::UsageError, tr("Usage: duo-console instance token NAME --token-stdin"));
        return;
    }
    const auto profile = ctx.profiles.find(args.first());
    if (!profile) {
        ctx.fail(ExitCode::Failure, tr("There is no instance named '%1'.").arg(args.first()));
        return;
    }
    const QString token = tokenFromStdin(ctx);
    if (!token.isEmpty())
        storeTokenThenSave(ctx, *profile, token,
                           tr("Stored a new token for '%1'.").arg(profile->name));
}

void list(CliContext &ctx)
{
    const auto profiles = ctx.profiles.all();
    if (ctx.json()) {
        QJsonArray array;
        for (const InstanceProfile &profile : profiles)
            array.append(profileJson(profile));
        ctx.printJson(QJsonDocument(array));
        ctx.finish(ExitCode::Ok);
        return;
    }
    if (profiles.isEmpty())
        ctx.out << tr("No instances. Add one with 'duo-console instance add NAME --url URL "
                      "--token-stdin'.")
                << '\n';
    for (const InstanceProfile &profile : profiles) {
        ctx.out << profile.name << '\t' << profile.connection.url.toDisplayString();
        if (profile.connection.proxy.mode != ProxySettings::Mode::System)
            ctx.out << '\t' << tr("proxy: %1").arg(profile.connection.proxy.toString());
        if (!profile.connection.caBundlePath.isEmpty())
            ctx.out << '\t' << tr("CA file: %1").arg(profile.connection.caBundlePath);
        ctx.out << '\n';
    }
    ctx.finish(ExitCode::Ok);
}

void remove(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1) {
        ctx.fail(ExitCode::UsageError, tr("Usage: duo-console instance remove NAME"));
        return;
    }
    const auto profile = ctx.profiles.find(args.first());
    if (!profile) {
        ctx.fail(ExitCode::Failure, tr("There is no instance named '%1'.").arg(args.first()));
        return;
    }
    // The token, and any API keys typed into drafts, leave the keychain with the instance.
    for (const QString &key : Workspace::draftKeyNames(profile->idString()))
        ctx.secrets.remove(key, nullptr, [](const SecretResult &) {});
    ctx.secrets.remove(profile->tokenKey(), nullptr, [&ctx, profile](const SecretResult &result) {
        ctx.profiles.remove(profile->id);
        if (!result.keychainUsable()) {
            ctx.fail(ExitCode::Failure,
                     tr("Removed instance '%1', but its token could not be removed from the "
                        "keychain: %2")
                         .arg(profile->name, result.message()));
            return;
        }
        ctx.out << tr("Removed instance '%1' and its token.").arg(profile->name) << '\n';
        ctx.finish(ExitCode::Ok);
    });
}

} // namespace InstanceCommands
