#include "InstanceCommands.h"

#include "CliContext.h"
#include "base/SafeText.h"
#include "session/InstanceDirectory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject profileJson(const InstanceProfile &profile)
{
    return {{QStringLiteral("id"), profile.idString()},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("url"), profile.connection.url.toString()},
            {QStringLiteral("caFile"), profile.connection.caBundlePath},
            {QStringLiteral("proxy"), profile.connection.proxy.toString()},
            {QStringLiteral("proxyUser"), profile.connection.proxy.user},
            {QStringLiteral("timeoutSeconds"), int(profile.connection.timeout.count())},
            {QStringLiteral("allowHttp"), profile.connection.allowHttp}};
}

} // namespace

// Reads --url, --ca-file / --no-ca-file, --proxy, --timeout and --allow-http over `connection`;
// reports and returns false on the first problem.
bool InstanceCommands::readConnection(CliContext &ctx, ConnectionSettings &connection)
{
    if (ctx.isSet(QStringLiteral("url"))) {
        const QUrl url(ctx.option(QStringLiteral("url")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            ctx.usage(
                tr("--url needs the instance's address, such as https://gitlab.example.com."));
            return false;
        }
        connection.url = url.adjusted(QUrl::StripTrailingSlash);
    }
    if (ctx.isSet(QStringLiteral("allow-http")))
        connection.allowHttp = true;
    if (connection.url.scheme() == QLatin1String("http") && !connection.allowHttp) {
        ctx.usage(tr("%1 uses plain http://, which sends the token unencrypted. Use https://, "
                     "or add --allow-http to confirm.")
                      .arg(connection.url.toDisplayString()));
        return false;
    }
    if (ctx.isSet(QStringLiteral("ca-file")) && ctx.isSet(QStringLiteral("no-ca-file"))) {
        ctx.usage(tr("--ca-file and --no-ca-file exclude each other."));
        return false;
    }
    if (ctx.isSet(QStringLiteral("no-ca-file")))
        connection.caBundlePath.clear();
    if (ctx.isSet(QStringLiteral("ca-file")))
        connection.caBundlePath =
            QFileInfo(ctx.option(QStringLiteral("ca-file"))).absoluteFilePath();
    if (ctx.isSet(QStringLiteral("proxy")) &&
        !ProxySettings::parse(ctx.option(QStringLiteral("proxy")), &connection.proxy)) {
        ctx.usage(tr("--proxy takes none, system or HOST:PORT."));
        return false;
    }
    if (ctx.isSet(QStringLiteral("proxy-user")))
        connection.proxy.user = ctx.option(QStringLiteral("proxy-user")).trimmed();
    if (connection.proxy.mode != ProxySettings::Mode::Manual)
        connection.proxy.user.clear();
    if ((ctx.isSet(QStringLiteral("proxy-user")) ||
         ctx.isSet(QStringLiteral("proxy-password-stdin"))) &&
        connection.proxy.mode != ProxySettings::Mode::Manual) {
        ctx.usage(tr("--proxy-user and --proxy-password-stdin need a manual proxy: --proxy "
                     "HOST:PORT."));
        return false;
    }
    if (ctx.isSet(QStringLiteral("timeout")))
        connection.timeout = std::chrono::seconds(ctx.option(QStringLiteral("timeout")).toInt());
    if (const QString problem = ctx.instances.connectionProblem(connection); !problem.isEmpty()) {
        ctx.fail(ExitCode::Failure, QStringLiteral("validation"), problem);
        return false;
    }
    return true;
}

// Saves `profile` (its token from standard input first, with --token-stdin) and reports.
void InstanceCommands::save(CliContext &ctx, const InstanceProfile &profile,
                            const QString &doneMessage, const QString &noTokenHint)
{
    QString token;
    if (ctx.isSet(QStringLiteral("token-stdin"))) {
        token = ctx.stdinToken();
        if (token.isEmpty()) {
            ctx.usage(tr("--token-stdin was given, but standard input held no token."));
            return;
        }
    }
    QString proxyPassword;
    if (ctx.isSet(QStringLiteral("proxy-password-stdin"))) {
        proxyPassword = ctx.stdinSecret();
        if (proxyPassword.isEmpty()) {
            ctx.usage(tr("--proxy-password-stdin was given, but standard input held no "
                         "password."));
            return;
        }
    }
    ctx.instances.save(
        profile, token, nullptr,
        [&ctx, profile, doneMessage, noTokenHint, token](const Outcome &outcome) {
            if (!outcome.ok()) {
                ctx.fail(outcome);
                return;
            }
            if (!outcome.notice.isEmpty())
                ctx.warn(outcome.notice);
            if (ctx.json()) {
                ctx.printJson(profileJson(profile));
            } else {
                ctx.print(doneMessage);
                if (token.isEmpty() && !noTokenHint.isEmpty())
                    ctx.print(noTokenHint);
            }
            ctx.finish(ExitCode::Ok);
        },
        proxyPassword);
}

void InstanceCommands::add(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1 || !ctx.isSet(QStringLiteral("url"))) {
        ctx.usage(tr("Usage: duo-console instance add NAME --url URL [--token-stdin] "
                     "[--ca-file PATH] [--proxy none|system|HOST:PORT] [--proxy-user USER] "
                     "[--proxy-password-stdin] [--timeout SECONDS] [--allow-http]"));
        return;
    }
    InstanceProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = args.first().trimmed();
    if (const QString problem = ctx.instances.nameProblem(profile.name); !problem.isEmpty()) {
        ctx.fail(ExitCode::Failure, QStringLiteral("validation"), problem);
        return;
    }
    if (!readConnection(ctx, profile.connection))
        return;
    save(
        ctx, profile,
        tr("Added instance '%1' (%2).").arg(profile.name, profile.connection.url.toDisplayString()),
        tr("No token is stored yet: give one with 'duo-console instance token %1 --token-stdin'.")
            .arg(profile.name));
}

void InstanceCommands::edit(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1) {
        ctx.usage(tr("Usage: duo-console instance edit NAME [--name NEW] [--url URL] [--ca-file "
                     "PATH | --no-ca-file] [--proxy none|system|HOST:PORT] [--proxy-user USER] "
                     "[--proxy-password-stdin] [--timeout SECONDS] [--allow-http]"));
        return;
    }
    auto profile = ctx.instances.find(args.first());
    if (!profile) {
        ctx.fail(ExitCode::Failure, QStringLiteral("not-found"),
                 tr("There is no instance named '%1'.").arg(args.first()));
        return;
    }
    if (ctx.isSet(QStringLiteral("name"))) {
        profile->name = ctx.option(QStringLiteral("name")).trimmed();
        if (const QString problem = ctx.instances.nameProblem(profile->name, profile->id);
            !problem.isEmpty()) {
            ctx.fail(ExitCode::Failure, QStringLiteral("validation"), problem);
            return;
        }
    }
    if (!readConnection(ctx, profile->connection))
        return;
    save(ctx, *profile,
         tr("Saved instance '%1' (%2).")
             .arg(profile->name, profile->connection.url.toDisplayString()),
         {});
}

void InstanceCommands::setToken(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1 || !ctx.isSet(QStringLiteral("token-stdin"))) {
        ctx.usage(tr("Usage: duo-console instance token NAME --token-stdin"));
        return;
    }
    const auto profile = ctx.instances.find(args.first());
    if (!profile) {
        ctx.fail(ExitCode::Failure, QStringLiteral("not-found"),
                 tr("There is no instance named '%1'.").arg(args.first()));
        return;
    }
    save(ctx, *profile, tr("Stored a new token for '%1'.").arg(profile->name), {});
}

void InstanceCommands::list(CliContext &ctx)
{
    if (const QString problem = ctx.instances.configurationProblem(); !problem.isEmpty()) {
        ctx.fail(ExitCode::Failure, QStringLiteral("configuration"), problem);
        return;
    }
    const auto profiles = ctx.instances.profiles();
    if (ctx.json()) {
        QJsonArray array;
        for (const InstanceProfile &profile : profiles)
            array.append(profileJson(profile));
        ctx.printJson(array);
        ctx.finish(ExitCode::Ok);
        return;
    }
    if (profiles.isEmpty())
        ctx.print(tr("No instances. Add one with 'duo-console instance add NAME --url URL "
                     "--token-stdin'."));
    for (const InstanceProfile &profile : profiles) {
        QStringList row{profile.name, profile.connection.url.toDisplayString()};
        if (profile.connection.proxy.mode != ProxySettings::Mode::System)
            row << (profile.connection.proxy.user.isEmpty()
                        ? tr("proxy: %1").arg(profile.connection.proxy.toString())
                        : tr("proxy: %1 (user %2)")
                              .arg(profile.connection.proxy.toString(),
                                   SafeText::forDisplay(profile.connection.proxy.user)));
        if (!profile.connection.caBundlePath.isEmpty())
            row << tr("CA file: %1").arg(profile.connection.caBundlePath);
        ctx.printRow(row);
    }
    ctx.finish(ExitCode::Ok);
}

void InstanceCommands::remove(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1) {
        ctx.usage(tr("Usage: duo-console instance remove NAME"));
        return;
    }
    const auto profile = ctx.instances.find(args.first());
    if (!profile) {
        ctx.fail(ExitCode::Failure, QStringLiteral("not-found"),
                 tr("There is no instance named '%1'.").arg(args.first()));
        return;
    }
    ctx.instances.remove(*profile, nullptr, [&ctx, profile](const Outcome &outcome) {
        if (!outcome.ok()) {
            ctx.fail(outcome);
            return;
        }
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), profileJson(*profile)}});
        else
            ctx.print(tr("Removed instance '%1' and its token.").arg(profile->name));
        ctx.finish(ExitCode::Ok);
    });
}
