#include "StatusCommand.h"

#include "CliContext.h"
#include "FieldList.h"
#include "model/EnumNames.h"
#include "session/InstanceSession.h"
#include "session/SetupCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QStringList unknownValues(const QStringList &values, EnumNames::Name (*name)(const QString &))
{
    QStringList unknown;
    for (const QString &value : values) {
        if (!name(value).known)
            unknown << value;
    }
    return unknown;
}

// The enum values this instance serves that the console has no name for, per enum.
QJsonObject newValues(const ApiShape &shape)
{
    return {{QStringLiteral("family"),
             QJsonArray::fromStringList(unknownValues(shape.modelFamilies, EnumNames::family))},
            {QStringLiteral("feature"),
             QJsonArray::fromStringList(unknownValues(shape.features, EnumNames::feature))},
            {QStringLiteral("platform"),
             QJsonArray::fromStringList(unknownValues(shape.modelProviders, EnumNames::platform))}};
}

QStringList capabilityNames(const ApiShape &shape)
{
    const std::pair<bool, const char *> named[] = {
        {shape.connectionCheck, QT_TRANSLATE_NOOP("StatusCommand", "model connection check")},
        {shape.modelProvider, QT_TRANSLATE_NOOP("StatusCommand", "a platform per model")},
        {shape.duoSettings, QT_TRANSLATE_NOOP("StatusCommand", "AI gateway URL")},
        {shape.gatewayTimeout, QT_TRANSLATE_NOOP("StatusCommand", "AI gateway timeout")},
        {shape.agentPlatformUrl, QT_TRANSLATE_NOOP("StatusCommand", "Agent Platform service URL")},
        {shape.agentPlatformTls, QT_TRANSLATE_NOOP("StatusCommand", "Agent Platform TLS")},
        {shape.featureAllowlist, QT_TRANSLATE_NOOP("StatusCommand", "model allowlists")},
        {shape.functionalCheck,
         QT_TRANSLATE_NOOP("StatusCommand", "Agent Platform functional check")},
    };
    QStringList names;
    for (const auto &[present, name] : named) {
        if (present)
            names << StatusCommand::tr(name);
    }
    return names;
}

} // namespace

void StatusCommand::printText(CliContext &ctx, const InstanceSession &session)
{
    const InstanceProfile &profile = session.profile();
    const InstanceCapabilities &c = session.capabilities();
    FieldList fields;
    const auto line = [&fields](const QString &label, const QString &value) {
        fields.add(label, value);
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
    line(tr("Capabilities"), orDash(capabilityNames(c.shape).join(QLatin1String(", "))));
    const QJsonObject unknown = newValues(c.shape);
    QStringList news;
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it) {
        for (const auto &value : it.value().toArray())
            news << value.toString();
    }
    if (!news.isEmpty())
        line(tr("New in this GitLab"),
             tr("%1 (shown by GitLab's raw names)").arg(news.join(QLatin1String(", "))));
    line(tr("Self-hosted models"), c.selfHostedModelsAllowed
                                       ? tr("allowed")
                                       : tr("not allowed: %1").arg(c.selfHostedModelsReason));
    fields.print(ctx);
    for (const QString &warning : c.warnings())
        ctx.print(tr("Warning: %1").arg(warning));
}

// Each item's status, title and time, its message and fix indented under it; the counts last.
void StatusCommand::printReport(CliContext &ctx, const SetupReport &report)
{
    int width = 0;
    for (const SetupItem &item : report.items)
        width = std::max(width, FieldList::columns(SetupItem::statusText(item.status)));
    const QString indent(width + 2, QLatin1Char(' '));
    for (const SetupItem &item : report.items) {
        ctx.print(FieldList::padded(SetupItem::statusText(item.status), width) + item.title +
                  (item.ms < 0 ? QString() : tr(" (%1 ms)").arg(item.ms)));
        for (const QString &line : item.message.split(QLatin1Char('\n')))
            if (!line.isEmpty())
                ctx.print(indent + line);
        if (item.status != SetupItem::Status::Pass && !item.fix.isEmpty())
            ctx.print(indent + tr("Fix: %1").arg(item.fix));
    }
    ctx.print(report.countsText());
}

// The setup check: every item, a line each (or the report as JSON); exit code 1 when one
// failed.
void StatusCommand::check(CliContext &ctx)
{
    ctx.withSession([&ctx](InstanceSession &session) {
        InstanceSession *s = &session;
        ctx.connected(session, [&ctx, s] {
            ctx.withSnapshot(*s, true, [&ctx, s] {
                auto *check = new SetupCheck(s, {ctx.isSet(QStringLiteral("all")), 3}, s);
                QObject::connect(check, &SetupCheck::finished, s, [&ctx, check] {
                    const SetupReport &report = check->report();
                    if (ctx.json()) {
                        ctx.printJson(report.toJson());
                    } else {
                        printReport(ctx, report);
                    }
                    ctx.finish(report.failed() ? ExitCode::Failure : ExitCode::Ok);
                });
                check->start();
            });
        });
    });
}

void StatusCommand::run(CliContext &ctx)
{
    if (ctx.offline()) {
        ctx.usage(tr("status asks the instance itself; it cannot run with --offline."));
        return;
    }
    if (ctx.isSet(QStringLiteral("all")) && !ctx.isSet(QStringLiteral("check"))) {
        ctx.usage(tr("--all goes with --check: it tests every model."));
        return;
    }
    if (ctx.isSet(QStringLiteral("check"))) {
        check(ctx);
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
                    json.insert(QStringLiteral("newValues"), newValues(s->capabilities().shape));
                    ctx.printJson(json);
                } else {
                    printText(ctx, *s);
                }
                ctx.finish(ExitCode::Ok);
            });
        },
        false);
}
