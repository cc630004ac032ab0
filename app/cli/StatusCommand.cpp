#include "StatusCommand.h"

#include "CliContext.h"
#include "session/InstanceSession.h"

#include <QJsonObject>

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

void StatusCommand::printText(CliContext &ctx, const InstanceSession &session)
{
    const InstanceProfile &profile = session.profile();
    const InstanceCapabilities &c = session.capabilities();
    auto line = [&](const QString &label, const QString &value) {
        ctx.print(QString(label + QLatin1Char(':')).leftJustified(22) + value);
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
        ctx.print(tr("Warning: %1").arg(warning));
}

void StatusCommand::run(CliContext &ctx)
{
    if (ctx.offline()) {
        ctx.usage(tr("status asks the instance itself; it cannot run with --offline."));
        return;
    }
    ctx.withSession(
        [&ctx](InstanceSession &session) {
            InstanceSession *s = &session;
            ctx.connected(session, [&ctx, s] {
                if (ctx.json()) {
                    QJsonObject json = s->capabilities().toJson();
                    json.insert(QStringLiteral("instance"), s->profile().name);
                    json.insert(QStringLiteral("url"), s->profile().connection.url.toString());
                    ctx.printJson(json);
                } else {
                    printText(ctx, *s);
                }
                ctx.finish(ExitCode::Ok);
            });
        },
        false);
}
