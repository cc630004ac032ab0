#include "CliConnection.h"
#include "CliContext.h"
#include "InstanceCommands.h"
#include "gitlab/InstanceConnector.h"
#include "net/GitLabClient.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace InstanceCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusCommand", text);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

void printText(CliContext &ctx, const InstanceProfile &profile, const InstanceCapabilities &c)
{
    auto line = [&](const QString &label, const QString &value) {
        ctx.out << QString(label + QLatin1Char(':')).leftJustified(22) << value << '\n';
    };
    line(tr("Instance"),
         QStringLiteral("%1 (%2)").arg(profile.name, profile.connection.url.toDisplayString()));
    line(tr("GitLab"), QStringLiteral("%1 (%2)").arg(c.version, c.revision));
    line(tr("User"), QStringLiteral("%1 (%2)%3")
                         .arg(c.username, c.userDisplayName,
                              c.isAdmin ? tr(", administrator") : tr(", not an administrator")));
    line(tr("Token scopes"),
         c.tokenKnown ? orDash(c.scopes.join(QLatin1String(", "))) : tr("unknown"));
    line(tr("Token expires"),
         c.tokenExpiresAt.isValid() ? c.tokenExpiresAt.toString(Qt::ISODate) : tr("never"));
    if (c.license.readable)
        line(tr("License"), tr("%1 (%2), %3 seats, expires %4")
                                .arg(c.license.plan, c.license.type)
                                .arg(c.license.seats)
                                .arg(c.license.expiresAt.toString(Qt::ISODate)));
    else
        line(tr("License"), tr("not readable with this token"));
    QStringList addOns;
    for (const AddOnPurchase &addOn : c.addOns)
        addOns << tr("%1 (%2 of %3 seats assigned)")
                      .arg(addOn.name)
                      .arg(addOn.assigned)
                      .arg(addOn.purchased);
    line(tr("Duo add-ons"), addOns.isEmpty() ? tr("none") : addOns.join(QLatin1String("; ")));
    line(tr("API shape"), c.shape.name());
    line(tr("Self-hosted models"), c.selfHostedModelsAllowed
                                       ? tr("allowed")
                                       : tr("not allowed: %1").arg(c.selfHostedModelsReason));
    for (const QString &warning : c.warnings())
        ctx.out << tr("Warning: %1").arg(warning) << '\n';
}

} // namespace

void status(CliContext &ctx)
{
    const auto profile = ctx.instance();
    if (!profile)
        return;
    if (ctx.offline()) {
        ctx.fail(ExitCode::Failure,
                 tr("status asks the instance itself; it cannot run with --offline."));
        return;
    }
    withConnection(ctx, *profile,
                   [&ctx, profile](GitLabClient *, const InstanceCapabilities &capabilities) {
                       if (ctx.json()) {
                           QJsonObject json = capabilities.toJson();
                           json.insert(QStringLiteral("instance"), profile->name);
                           json.insert(QStringLiteral("url"), profile->connection.url.toString());
                           ctx.printJson(QJsonDocument(json));
                       } else {
                           printText(ctx, *profile, capabilities);
                       }
                       ctx.finish(ExitCode::Ok);
                   });
}

} // namespace InstanceCommands
