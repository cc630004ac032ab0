#include "CliConnection.h"

#include "CliContext.h"
#include "gitlab/InstanceConnector.h"
#include "net/GitLabClient.h"
#include "store/InstanceProfile.h"
#include "store/SecretStore.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliConnection", text);
}

void connectWith(CliContext &ctx, const InstanceProfile &profile, const QString &token,
                 std::function<void(GitLabClient *, const InstanceCapabilities &)> connected)
{
    auto *client = new GitLabClient(profile.connection, token, QCoreApplication::instance());
    auto *connector = new InstanceConnector(client, client);
    QObject::connect(connector, &InstanceConnector::finished, client,
                     [&ctx, client, connector, connected] {
                         if (connector->error().isError()) {
                             ctx.fail(ExitCode::Failure, connector->error().userMessage());
                             return;
                         }
                         connected(client, connector->capabilities());
                     });
    connector->start();
}

} // namespace

void withConnection(CliContext &ctx, const InstanceProfile &profile,
                    std::function<void(GitLabClient *, const InstanceCapabilities &)> connected)
{
    if (ctx.isSet(QStringLiteral("token-stdin"))) {
        const QString token = ctx.stdinToken();
        if (token.isEmpty()) {
            ctx.fail(ExitCode::UsageError,
                     tr("--token-stdin was given, but standard input held no token."));
            return;
        }
        connectWith(ctx, profile, token, std::move(connected));
        return;
    }
    ctx.secrets.read(
        profile.tokenKey(), nullptr, [&ctx, profile, connected](const SecretResult &result) {
            if (result.status == SecretResult::Status::NotFound) {
                ctx.fail(ExitCode::Failure, tr("No token is stored for '%1'. Store one with "
                                               "'duo-console instance token %1 --token-stdin'.")
                                                .arg(profile.name));
                return;
            }
            if (!result.ok()) {
                ctx.fail(ExitCode::Failure, result.message() + QLatin1Char('\n') +
                                                tr("To use a token for this run only, pass it with "
                                                   "--token-stdin."));
                return;
            }
            connectWith(ctx, profile, result.secret, connected);
        });
}
