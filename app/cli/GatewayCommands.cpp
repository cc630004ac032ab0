#include "GatewayCommands.h"

#include "ChangeCommands.h"
#include "CliContext.h"
#include "FieldList.h"
#include "model/DuoSettings.h"
#include "session/InstanceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace {

const QString urlOption = QStringLiteral("url");
const QString timeoutOption = QStringLiteral("gateway-timeout");
const QString agentPlatformOption = QStringLiteral("agent-platform-url");
const QString tlsOption = QStringLiteral("agent-platform-tls");

// The fields `gateway show` knows, in the order shown.
const QStringList shownFields = {DuoSettings::gatewayUrlField, DuoSettings::gatewayTimeoutField,
                                 DuoSettings::agentPlatformUrlField,
                                 DuoSettings::agentPlatformSecureField};

bool probesFailed(const ServerProbes &probes)
{
    if (!probes.ran)
        return true;
    return std::any_of(probes.probes.cbegin(), probes.probes.cend(),
                       [](const ServerProbes::Probe &probe) { return !probe.success; });
}

} // namespace

QString GatewayCommands::snippet(const QString &url)
{
    return QStringLiteral("gitlab_rails['env'] = {\n  'AI_GATEWAY_URL' => '%1'\n}\n\n"
                          "sudo gitlab-ctl reconfigure")
        .arg(url.isEmpty() ? QStringLiteral("https://ai-gateway.example.com") : url);
}

void GatewayCommands::printHealth(CliContext &ctx, const GatewayHealth &health)
{
    ctx.print(tr("From this computer:"));
    if (!health.configured) {
        ctx.print(tr("  No AI gateway URL is set: there is nothing to check."));
        return;
    }
    const auto ms = [](qint64 value) {
        return value < 0 ? QString() : tr(" (%1 ms)").arg(value);
    };
    ctx.print(tr("  %1  health  %2%3")
                  .arg(health.health.ok ? tr("ok    ") : tr("FAILED"), health.health.message,
                       ms(health.health.totalMs)));
    for (const ReachResult *reach : {&health.gateway, &health.agentPlatform}) {
        if (!reach->ran)
            continue;
        ctx.print(tr("  %1  %2 via %3: %4%5")
                      .arg(reach->ok ? tr("ok    ") : tr("FAILED"), reach->target, reach->via,
                           reach->message, ms(reach->connectMs)));
    }
}

void GatewayCommands::printProbes(CliContext &ctx, const ServerProbes &probes)
{
    ctx.print(tr("From GitLab:"));
    if (!probes.error.isEmpty())
        ctx.print(tr("  FAILED  %1").arg(probes.error));
    for (const ServerProbes::Probe &probe : probes.probes) {
        ctx.print(tr("  %1  %2: %3")
                      .arg(probe.success ? tr("ok    ") : tr("FAILED"), probe.name, probe.message));
        for (const QString &error : probe.errors) {
            if (error != probe.message)
                ctx.print(QStringLiteral("          ") + error);
        }
    }
    if (probes.ran && probes.probes.isEmpty())
        ctx.print(tr("  GitLab ran no probes."));
    if (probes.functionalAvailable)
        ctx.print(
            tr("  Agent Platform functional check: %1%2")
                .arg(probes.functionalState, probes.functionalMessage.isEmpty()
                                                 ? QString()
                                                 : tr(" (%1)").arg(probes.functionalMessage)));
}

void GatewayCommands::print(CliContext &ctx, const InstanceSession &session,
                            const std::optional<GatewayHealth> &health,
                            const std::optional<ServerProbes> &probes)
{
    const ApiShape shape = session.apiShape();
    const EffectiveView &view = session.view();
    const bool hasApi = !shape.known || shape.duoSettings;
    const std::optional<DuoSettings> duo = view.duo();
    const Change *pending = view.pendingFor(Change::Kind::UpdateDuoSettings, QStringLiteral("duo"));
    QJsonObject settings;
    for (const QString &field : shownFields) {
        if (duo && duo->has(field))
            settings.insert(field, duo->fields.value(field));
    }
    const bool failed = (health && hasApi && !health->ok()) || (probes && probesFailed(*probes));

    if (ctx.json()) {
        QJsonObject json{{QStringLiteral("settings"), settings},
                         {QStringLiteral("pending"), pending != nullptr}};
        if (!hasApi)
            json.insert(QStringLiteral("snippet"), snippet({}));
        if (health)
            json.insert(QStringLiteral("health"), health->toJson());
        if (probes)
            json.insert(QStringLiteral("probes"), probes->toJson());
        ctx.printJson(json);
    } else {
        if (!hasApi) {
            ctx.print(tr("This GitLab (before 17.9) has no API for the AI gateway URL: it reads "
                         "the AI_GATEWAY_URL environment variable. Add this to "
                         "/etc/gitlab/gitlab.rb on the GitLab server, then reconfigure:"));
            ctx.print({});
            for (const QString &line : snippet({}).split(QLatin1Char('\n')))
                ctx.print(QStringLiteral("  ") + line);
        } else if (!duo) {
            ctx.print(tr("GitLab sent no Duo settings to this token (an administrator's token "
                         "reads them)."));
        } else {
            FieldList fields(true);
            const auto line = [&](const QString &field, const QString &label,
                                  const QString &value) {
                if (duo->has(field))
                    fields.add(label, value, pending && pending->values.contains(field));
            };
            const std::optional<int> timeout = duo->gatewayTimeoutSeconds();
            const std::optional<bool> secure = duo->agentPlatformSecure();
            line(DuoSettings::gatewayUrlField, tr("AI gateway URL"),
                 duo->gatewayUrl().isEmpty() ? tr("not set") : duo->gatewayUrl());
            line(DuoSettings::gatewayTimeoutField, tr("AI gateway timeout"),
                 timeout ? tr("%1 seconds").arg(*timeout)
                         : tr("not set (GitLab's default, 60 seconds)"));
            line(DuoSettings::agentPlatformUrlField, tr("Agent Platform service"),
                 duo->agentPlatformUrl().isEmpty() ? tr("not set") : duo->agentPlatformUrl());
            line(DuoSettings::agentPlatformSecureField, tr("Agent Platform TLS"),
                 secure.value_or(true) ? tr("on") : tr("off"));
            fields.print(ctx);
            if (pending)
                ctx.print(tr("* A change not yet pushed: push it with 'duo-console changes push "
                             "-i %1'.")
                              .arg(session.profile().name));
        }
        if (health) {
            ctx.print({});
            if (hasApi)
                printHealth(ctx, *health);
            else
                ctx.print(tr("From this computer: GitLab does not tell the AI gateway URL before "
                             "17.9, so it cannot be checked from here."));
        }
        if (probes) {
            ctx.print({});
            printProbes(ctx, *probes);
        }
    }
    ChangeCommands::noteSnapshotAge(ctx, session);
    ctx.finish(failed ? ExitCode::Failure : ExitCode::Ok);
}

void GatewayCommands::check(CliContext &ctx, InstanceSession &session)
{
    InstanceSession *s = &session;
    ctx.connected(session, [&ctx, s] {
        // Both checks run at once; the answer is printed when the second one is in.
        struct Results
        {
            std::optional<GatewayHealth> health;
            std::optional<ServerProbes> probes;
        };
        auto results = std::make_shared<Results>();
        const auto printWhenDone = [&ctx, s, results] {
            if (results->health && results->probes)
                print(ctx, *s, results->health, results->probes);
        };
        s->checkGateway(s, [results, printWhenDone](const GatewayHealth &health) {
            results->health = health;
            printWhenDone();
        });
        s->serverProbes(s, [results, printWhenDone](const ServerProbes &probes) {
            results->probes = probes;
            printWhenDone();
        });
    });
}

void GatewayCommands::show(CliContext &ctx)
{
    const bool checking = ctx.isSet(QStringLiteral("check"));
    if (checking && ctx.offline()) {
        ctx.usage(tr("--check asks the gateway and GitLab; it cannot run with --offline."));
        return;
    }
    ctx.withSession(
        [&ctx, checking](InstanceSession &session) {
            InstanceSession *s = &session;
            ctx.withSnapshot(session, ctx.isSet(QStringLiteral("refresh")), [&ctx, s, checking] {
                if (checking)
                    check(ctx, *s);
                else
                    print(ctx, *s, std::nullopt, std::nullopt);
            });
        },
        true, false);
}

std::optional<Edit> GatewayCommands::edit(CliContext &ctx, const InstanceSession &session)
{
    const ApiShape shape = session.apiShape();
    const auto refuse = [&ctx](const QString &message) {
        ctx.fail(ExitCode::Failure, QStringLiteral("validation"), message);
        return std::nullopt;
    };
    if (shape.known && !shape.duoSettings) {
        QString message = tr("This GitLab (before 17.9) has no API for its Duo hosting "
                             "settings: it reads the AI gateway URL from the AI_GATEWAY_URL "
                             "environment variable. Add this to /etc/gitlab/gitlab.rb on the "
                             "GitLab server, then reconfigure:");
        message += QLatin1String("\n\n") + snippet(ctx.option(urlOption).trimmed());
        return refuse(message);
    }
    if (shape.known && ctx.isSet(timeoutOption) && !shape.gatewayTimeout)
        return refuse(tr("This instance has no AI gateway timeout setting (GitLab 18.6 and later "
                         "have it): leave out --gateway-timeout."));
    if (shape.known && ctx.isSet(agentPlatformOption) && !shape.agentPlatformUrl)
        return refuse(tr("This instance has no Agent Platform service URL setting (GitLab 18.4 "
                         "and later have it): leave out --agent-platform-url."));
    if (shape.known && ctx.isSet(tlsOption) && !shape.agentPlatformTls)
        return refuse(tr("This instance has no setting for the Agent Platform service's TLS "
                         "(GitLab 19.x has it): leave out --agent-platform-tls. Before 19.x, "
                         "set DUO_AGENT_PLATFORM_SERVICE_SECURE=false in gitlab_rails['env'] in "
                         "gitlab.rb to turn TLS off."));

    QJsonObject values;
    if (ctx.isSet(urlOption))
        values.insert(DuoSettings::gatewayUrlField, ctx.option(urlOption).trimmed());
    if (ctx.isSet(timeoutOption))
        values.insert(DuoSettings::gatewayTimeoutField,
                      ctx.option(timeoutOption).trimmed().toInt());
    if (ctx.isSet(agentPlatformOption))
        values.insert(DuoSettings::agentPlatformUrlField,
                      ctx.option(agentPlatformOption).trimmed());
    if (ctx.isSet(tlsOption))
        values.insert(DuoSettings::agentPlatformSecureField,
                      ctx.option(tlsOption).trimmed().toLower() == QLatin1String("on"));
    return Edit{Change::Kind::UpdateDuoSettings, QStringLiteral("duo"), values};
}

void GatewayCommands::set(CliContext &ctx)
{
    const QString synopsis =
        tr("Usage: duo-console gateway set -i NAME [--url URL] [--gateway-timeout SECONDS] "
           "[--agent-platform-url HOST:PORT] [--agent-platform-tls on|off]");
    if (!ctx.arguments().isEmpty()) {
        ctx.usage(tr("gateway set takes no argument besides its options.") + QLatin1Char('\n') +
                  synopsis);
        return;
    }
    if (!ctx.isSet(urlOption) && !ctx.isSet(timeoutOption) && !ctx.isSet(agentPlatformOption) &&
        !ctx.isSet(tlsOption)) {
        ctx.usage(tr("Say what to set: at least one of --url, --gateway-timeout, "
                     "--agent-platform-url or --agent-platform-tls.") +
                  QLatin1Char('\n') + synopsis);
        return;
    }
    if (ctx.isSet(timeoutOption)) {
        bool ok = false;
        ctx.option(timeoutOption).trimmed().toInt(&ok);
        if (!ok) {
            ctx.usage(tr("--gateway-timeout takes a whole number of seconds, from 60 to 600."));
            return;
        }
    }
    if (ctx.isSet(tlsOption)) {
        const QString tls = ctx.option(tlsOption).trimmed().toLower();
        if (tls != QLatin1String("on") && tls != QLatin1String("off")) {
            ctx.usage(tr("--agent-platform-tls takes on or off."));
            return;
        }
    }
    ctx.withSession(
        [&ctx](InstanceSession &session) {
            InstanceSession *s = &session;
            const auto recordIt = [&ctx, s] {
                if (const std::optional<Edit> e = edit(ctx, *s))
                    ChangeCommands::recordAndPush(ctx, *s, *e);
            };
            // Offline, a draft may be recorded before the instance was ever read: the push
            // checks it against what the instance then has.
            if (ctx.offline())
                recordIt();
            else
                ctx.withSnapshot(session, false, recordIt);
        },
        true, false);
}
