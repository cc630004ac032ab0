#include "SubscriptionCommand.h"

#include "CliContext.h"
#include "FieldList.h"
#include "session/InstanceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString entryLine(const LicenseEntry &entry)
{
    return SubscriptionCommand::tr("%1 to %2  %3, %4, %n seat(s)", nullptr, entry.seats)
        .arg(dateText(entry.startsAt), dateText(entry.expiresAt),
             LicenseSummary::typeName(entry.type), entry.plan);
}

} // namespace

void SubscriptionCommand::printText(CliContext &ctx, const InstanceSession &session,
                                    const SubscriptionInfo &info)
{
    const InstanceCapabilities &c = session.capabilities();
    const LicenseSummary &license = info.error.isEmpty() ? info.license : c.license;
    FieldList fields;
    const auto line = [&fields](const QString &label, const QString &value) {
        fields.add(label, value);
    };
    line(tr("Instance"), QStringLiteral("%1 (%2)").arg(
                             session.profile().name, session.profile().connection.url.toString()));
    if (license.readable) {
        line(tr("License"), tr("%1, %2%3")
                                .arg(LicenseSummary::typeName(license.type), license.plan,
                                     license.trial ? tr(" (trial)") : QString()));
        QStringList licensee;
        for (const QString &part : {license.licensee, license.email, license.company}) {
            if (!part.isEmpty())
                licensee << part;
        }
        line(tr("Licensed to"), licensee.join(QLatin1String(", ")));
        line(tr("Valid"),
             tr("%1 to %2").arg(dateText(license.startsAt), dateText(license.expiresAt)));
        line(tr("Activated"), dateText(license.activatedAt));
        line(tr("Last sync"), license.lastSync.isValid()
                                  ? license.lastSync.toUTC().toString(Qt::ISODate)
                                  : tr("never"));
        line(tr("Seats in subscription"), QString::number(license.seats));
        line(tr("Billable users"), QString::number(license.billableUsers));
        line(tr("Maximum users"), QString::number(license.maximumUsers));
        line(tr("Users over subscription"), QString::number(license.usersOver));
    } else {
        line(tr("License"), tr("not readable with this token (an administrator's token can)"));
    }
    QStringList addOns;
    for (const AddOnPurchase &addOn : info.error.isEmpty() ? info.addOns : c.addOns)
        addOns << tr("%1 (%2 of %3 seats assigned)")
                      .arg(AddOnPurchase::displayName(addOn.name))
                      .arg(addOn.assigned)
                      .arg(addOn.purchased);
    line(tr("Duo add-ons"), addOns.isEmpty() ? tr("none") : addOns.join(QLatin1String("; ")));
    line(tr("Self-hosted models"), c.selfHostedModelsAllowed
                                       ? tr("available on this instance")
                                       : tr("not available: %1").arg(c.selfHostedModelsReason));
    if (!c.selfHostedModelsAllowed)
        line(tr("What to do"), c.selfHostedModelsAdvice());
    if (license.readable)
        line(tr("Synchronization"), license.syncAdvice());
    fields.print(ctx);
    if (!info.history.isEmpty()) {
        ctx.print({});
        ctx.print(tr("History:"));
        for (const LicenseEntry &entry : info.history)
            ctx.print(QStringLiteral("  ") + entryLine(entry));
    }
    if (!info.future.isEmpty()) {
        ctx.print({});
        ctx.print(tr("Subscriptions to come:"));
        for (const LicenseEntry &entry : info.future)
            ctx.print(QStringLiteral("  ") + entryLine(entry));
    }
    if (!info.error.isEmpty())
        ctx.warn(tr("The license's history could not be read: %1").arg(info.error));
}

void SubscriptionCommand::run(CliContext &ctx)
{
    if (ctx.offline()) {
        ctx.usage(tr("subscription asks the instance itself; it cannot run with --offline."));
        return;
    }
    if (!ctx.arguments().isEmpty()) {
        ctx.usage(tr("Usage: duo-console subscription -i NAME [--json]"));
        return;
    }
    ctx.withSession(
        [&ctx](InstanceSession &session) {
            InstanceSession *s = &session;
            ctx.connected(session, [&ctx, s] {
                s->readSubscription(s, [&ctx, s](const SubscriptionInfo &info) {
                    const InstanceCapabilities &c = s->capabilities();
                    if (!ctx.json()) {
                        printText(ctx, *s, info);
                        ctx.finish(ExitCode::Ok);
                        return;
                    }
                    // What connecting learnt, with what was read now where it could be.
                    SubscriptionInfo shown = info;
                    if (!info.error.isEmpty()) {
                        shown.license = c.license;
                        shown.addOns = c.addOns;
                    }
                    QJsonObject json = shown.toJson();
                    json.insert(QStringLiteral("instance"), s->profile().name);
                    json.insert(
                        QStringLiteral("selfHostedModels"),
                        QJsonObject{{QStringLiteral("allowed"), c.selfHostedModelsAllowed},
                                    {QStringLiteral("reason"), c.selfHostedModelsReason},
                                    {QStringLiteral("whatToDo"), c.selfHostedModelsAdvice()}});
                    json.insert(
                        QStringLiteral("sync"),
                        QJsonObject{{QStringLiteral("applies"), shown.license.synchronizes()},
                                    {QStringLiteral("advice"), shown.license.syncAdvice()}});
                    if (!info.error.isEmpty())
                        json.insert(QStringLiteral("historyError"), info.error);
                    ctx.printJson(json);
                    ctx.finish(ExitCode::Ok);
                });
            });
        },
        false);
}
