#include "SetupCheck.h"

#include "gitlab/InstanceCapabilities.h"
#include "model/FeatureRouting.h"
#include "model/FieldRules.h"
#include "session/InstanceSession.h"

#include <QElapsedTimer>
#include <QSet>
#include <memory>

SetupCheck::SetupCheck(InstanceSession *session, Options options, QObject *parent)
    : QObject(parent), m_session(session), m_options(options)
{
    m_options.parallel = std::max(1, m_options.parallel);
}

int SetupCheck::add(const QString &id, const QString &title)
{
    SetupItem item;
    item.id = id;
    item.title = title;
    m_report.items << item;
    return int(m_report.items.size() - 1);
}

void SetupCheck::set(int index, SetupItem::Status status, const QString &message,
                     const QString &fix)
{
    SetupItem &item = m_report.items[index];
    item.status = status;
    item.message = message;
    item.fix = fix;
    Q_EMIT itemChanged(index);
}

void SetupCheck::start()
{
    m_report = {};
    m_waiting.clear();
    if (!m_session)
        return;
    m_running = true;
    m_report.instance = tr("%1 (%2)").arg(m_session->profile().name,
                                          m_session->profile().connection.url.toString());
    addSynchronousItems();
    addGatewayItems();
    addModelItems();
    pump();
    finishIfDone();
}

void SetupCheck::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    for (const auto &[index, job] : std::as_const(m_waiting))
        set(index, SetupItem::Status::Skipped, tr("Cancelled."));
    m_waiting.clear();
    m_running = false;
    Q_EMIT finished();
}

void SetupCheck::queue(int index, Job job)
{
    m_waiting.append({index, std::move(job)});
}

void SetupCheck::pump()
{
    while (m_running && m_inFlight < m_options.parallel && !m_waiting.isEmpty()) {
        auto [index, job] = m_waiting.takeFirst();
        ++m_inFlight;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m_report.items[index].status = SetupItem::Status::Running;
        Q_EMIT itemChanged(index);
        QPointer<SetupCheck> self(this);
        job([self, index, clock] {
            if (!self)
                return;
            --self->m_inFlight;
            if (!self->m_running)
                return; // cancelled meanwhile
            self->m_report.items[index].ms = clock->elapsed();
            Q_EMIT self->itemChanged(index);
            self->pump();
            self->finishIfDone();
        });
    }
}

void SetupCheck::finishIfDone()
{
    if (m_running && m_inFlight == 0 && m_waiting.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void SetupCheck::addSynchronousItems()
{
    using S = SetupItem::Status;
    InstanceSession &session = *m_session;
    const InstanceCapabilities &caps = session.capabilities();
    const bool connected = session.state() == InstanceSession::State::Connected;

    const int instance = add(QStringLiteral("instance"), tr("GitLab instance reachable"));
    if (connected)
        set(instance, S::Pass, tr("GitLab %1 answered.").arg(caps.version));
    else
        set(instance, S::Fail,
            session.error().isError() ? session.error().userMessage()
                                      : tr("Not connected to the instance."),
            tr("Check the instance's URL, proxy and CA file (Instance > Edit instance), and "
               "that GitLab is up."));

    const int token = add(QStringLiteral("token"), tr("Access token: scopes and expiry"));
    const int admin = add(QStringLiteral("admin"), tr("Administrator"));
    const int license = add(QStringLiteral("license"), tr("License and GitLab Duo add-on"));
    if (!connected) {
        for (int index : {token, admin, license})
            set(index, S::Skipped, tr("Needs a connection to the instance."));
    } else {
        const QStringList warnings = caps.warnings();
        if (!caps.tokenKnown)
            set(token, S::Warning, tr("GitLab did not say which scopes the token has."));
        else if (warnings.isEmpty())
            set(token, S::Pass, tr("Scopes: %1.").arg(caps.scopes.join(QLatin1String(", "))));
        else
            set(token, S::Fail, warnings.join(QLatin1Char(' ')),
                tr("Create a personal access token with the api and admin_mode scopes and "
                   "replace the stored one (Instance > Edit instance)."));
        if (caps.isAdmin)
            set(admin, S::Pass, tr("%1 is an administrator.").arg(caps.username));
        else
            set(admin, S::Fail, tr("%1 is not an administrator.").arg(caps.username),
                tr("Use the token of an administrator: only they can configure GitLab Duo "
                   "Self-Hosted."));
        if (caps.selfHostedModelsAllowed)
            set(license, S::Pass, tr("This instance may use self-hosted models."));
        else
            set(license, S::Fail, caps.selfHostedModelsReason, caps.selfHostedModelsAdvice());
    }

    const int gatewayUrl = add(QStringLiteral("gateway-url"), tr("AI gateway URL set"));
    const std::optional<DuoSettings> duo =
        session.isWorkspaceOpen() ? session.view().duo() : std::nullopt;
    const QString url = duo ? duo->gatewayUrl() : QString();
    if (!session.isWorkspaceOpen() || !session.view().snapshotExists())
        set(gatewayUrl, S::Skipped, tr("The instance was never read: refresh it first."));
    else if (url.isEmpty())
        set(gatewayUrl, S::Fail, tr("No AI gateway URL is set."),
            session.apiShape().duoSettings
                ? tr("Set the local AI gateway URL on the AI gateway pane.")
                : tr("Set AI_GATEWAY_URL in /etc/gitlab/gitlab.rb (see the AI gateway pane)."));
    else if (!FieldRules::isHttpUrl(url))
        set(gatewayUrl, S::Fail,
            tr("The AI gateway URL %1 is not an http:// or https:// URL.").arg(url),
            tr("Correct it on the AI gateway pane."));
    else
        set(gatewayUrl, S::Pass, url);

    // Features that point at a model that is gone, incompatible or hidden as beta.
    const int features = add(QStringLiteral("features"), tr("Features point at usable models"));
    if (!session.isWorkspaceOpen() || !session.view().snapshotExists()) {
        set(features, S::Skipped, tr("The instance was never read: refresh it first."));
    } else {
        QStringList broken;
        for (const FeatureSetting &setting : session.view().features()) {
            if (setting.provider != FeatureSetting::selfHosted)
                continue;
            if (const QString problem = FeatureRouting::problem(session.view(), setting);
                !problem.isEmpty())
                broken << tr("%1: %2").arg(FeatureRouting::title(setting), problem);
        }
        if (broken.isEmpty())
            set(features, S::Pass, tr("Every feature set to a self-hosted model can use it."));
        else
            set(features, S::Fail, broken.join(QLatin1Char('\n')),
                tr("Choose another model for these features on the AI-native features pane. A "
                   "model of a beta family is hidden until beta models are accepted."));
    }

    const int drift = add(QStringLiteral("drift"), tr("Settings kept across upgrades"));
    if (const auto &found = session.drift())
        set(drift, S::Warning,
            tr("GitLab %1 → %2 reset: %3")
                .arg(found->fromVersion, found->toVersion,
                     found->describe().join(QLatin1String("; "))),
            tr("Restore them on the AI gateway pane."));
    else
        set(drift, S::Pass, tr("No setting was reset by an upgrade."));
}

void SetupCheck::addGatewayItems()
{
    using S = SetupItem::Status;
    const int here =
        add(QStringLiteral("gateway-here"), tr("AI gateway from this computer (health, TCP, TLS)"));
    queue(here, [this, here](std::function<void()> done) {
        m_session->checkGateway(this, [this, here, done](const GatewayHealth &health) {
            QStringList lines{health.health.message};
            for (const ReachResult *reach : {&health.gateway, &health.agentPlatform}) {
                if (reach->ran)
                    lines << tr("%1 (%2): %3").arg(reach->target, reach->via, reach->message);
            }
            if (!health.configured)
                set(here, S::Skipped, health.health.message);
            else
                set(here, health.ok() ? S::Pass : S::Fail, lines.join(QLatin1Char('\n')),
                    health.reached() && !health.health.ok
                        ? tr("The gateway answers but is unhealthy: read its logs.")
                        : tr("Check that the gateway runs and that this computer may reach it "
                             "(firewall, proxy, CA file)."));
            done();
        });
    });
    const int probes = add(QStringLiteral("gitlab-probes"), tr("GitLab's own probes"));
    if (m_session->state() != InstanceSession::State::Connected) {
        set(probes, S::Skipped, tr("Needs a connection to the instance."));
        return;
    }
    queue(probes, [this, probes](std::function<void()> done) {
        m_session->serverProbes(this, [this, probes, done](const ServerProbes &result) {
            QStringList failed;
            for (const ServerProbes::Probe &probe : result.probes) {
                if (!probe.success)
                    failed << tr("%1: %2").arg(probe.name, probe.message);
            }
            if (!result.ran)
                set(probes, S::Fail, result.error);
            else if (failed.isEmpty())
                set(probes, S::Pass, tr("%n probe(s) passed.", nullptr, int(result.probes.size())));
            else
                set(probes, S::Fail, failed.join(QLatin1Char('\n')),
                    tr("GitLab's server cannot reach what these name: check the gateway URL and "
                       "the network from the GitLab server."));
            done();
        });
    });
}

void SetupCheck::addModelItems()
{
    using S = SetupItem::Status;
    if (!m_session->isWorkspaceOpen() || !m_session->view().snapshotExists())
        return;
    const EffectiveView &view = m_session->view();
    QSet<QString> used;
    for (const FeatureSetting &setting : view.features()) {
        if (setting.provider == FeatureSetting::selfHosted)
            used.insert(setting.modelId);
    }
    for (const EffectiveModel &row : view.models()) {
        if (!m_options.allModels && !used.contains(row.model.id))
            continue;
        const int index = add(QLatin1String("model:") + row.model.id,
                              tr("Model %1: from GitLab and from here").arg(row.model.name));
        queue(index, [this, index, id = row.model.id](std::function<void()> done) {
            m_session->testModel(id, {}, {}, this, [this, index, done](const ModelTestResult &r) {
                QStringList lines;
                lines << tr("From GitLab: %1").arg(r.gitlab.message);
                if (r.local.ran)
                    lines << tr("From here: %1").arg(r.local.message);
                const bool warnOnly = r.gitlab.ok && r.local.ran && !r.local.ok;
                set(index,
                    r.ok()     ? S::Pass
                    : warnOnly ? S::Warning
                               : S::Fail,
                    lines.join(QLatin1Char('\n')),
                    warnOnly ? tr("GitLab reaches it; this computer does not: a local network "
                                  "limit, not a fault of the set-up.")
                             : tr("Check the model's endpoint, identifier and key on the "
                                  "Self-hosted models pane, and that the gateway reaches the "
                                  "model server."));
                done();
            });
        });
    }
}
