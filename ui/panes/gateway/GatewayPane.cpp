#include "GatewayPane.h"

#include "SetupCheckDialog.h"
#include "WidgetHelpers.h"
#include "base/AppSettings.h"
#include "model/DuoSettings.h"
#include "model/EffectiveView.h"
#include "model/GatewayHealth.h"
#include "panes/EmptyStatePane.h"
#include "session/InstanceSession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

QString mark(bool ok)
{
    return ok ? QStringLiteral("✔") : QStringLiteral("✘");
}

QString timing(qint64 ms)
{
    return ms < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms").arg(ms);
}

// Where the functional check last ran, per instance.
QString namespaceKey(const InstanceSession &session)
{
    return QLatin1String("instances/") + session.profile().idString() +
           QLatin1String("/functionalCheckNamespace");
}

} // namespace

GatewayPane::GatewayPane(const PaneInfo &info, QWidget *parent) : Pane(parent), m_info(info)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    const Frame parts = frame(info, scroll);
    m_empty = parts.empty;
    QWidget *page = parts.page;
    scroll->setWidget(page);
    QVBoxLayout *layout = parts.layout;
    m_setupCheck = named(new QPushButton(tr("Run the setup check…"), page), "openSetupCheck",
                         tr("Check every link from GitLab to the self-hosted models"));
    layout->addWidget(m_setupCheck, 0, Qt::AlignLeft);
    m_state = WidgetHelpers::textLabel({}, QStringLiteral("gatewayState"), page);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    m_driftBox = new QGroupBox(tr("Settings reset by an upgrade"), page);
    auto *driftLayout = new QVBoxLayout(m_driftBox);
    m_drift = WidgetHelpers::textLabel({}, QStringLiteral("gatewayDrift"), m_driftBox);
    m_drift->setTextFormat(Qt::PlainText);
    driftLayout->addWidget(m_drift);
    m_restore = named(new QPushButton(tr("Restore the earlier values"), m_driftBox),
                      "restoreGatewaySettings", tr("Restore the settings the upgrade reset"));
    driftLayout->addWidget(m_restore, 0, Qt::AlignLeft);
    m_driftBox->hide();
    layout->addWidget(m_driftBox);

    // GitLab's "Hosting" settings, label for label.
    m_settingsBox = new QGroupBox(tr("Local AI gateway"), page);
    auto *form = new QFormLayout(m_settingsBox);
    m_url = named(new QLineEdit(m_settingsBox), "gatewayUrl", tr("Local AI gateway URL"));
    m_url->setPlaceholderText(QStringLiteral("https://ai-gateway.example.com"));
    form->addRow(tr("Local AI gateway URL"), m_url);
    m_timeout =
        named(new QSpinBox(m_settingsBox), "gatewayTimeout", tr("AI gateway request timeout"));
    m_timeout->setRange(60, 600);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("AI gateway request timeout"), m_timeout);
    m_agentPlatform = named(new QLineEdit(m_settingsBox), "agentPlatformUrl",
                            tr("Local URL for the GitLab Duo Agent Platform service"));
    m_agentPlatform->setPlaceholderText(QStringLiteral("agent-platform.example.com:50052"));
    form->addRow(tr("Agent Platform service URL"), m_agentPlatform);
    m_agentPlatformTls =
        named(new QCheckBox(tr("Use TLS for the GitLab Duo Agent Platform service"), m_settingsBox),
              "agentPlatformTls", tr("Use TLS for the GitLab Duo Agent Platform service"));
    m_agentPlatformTls->setToolTip(
        tr("Turn off only if your local service endpoint does not support TLS."));
    form->addRow(QString(), m_agentPlatformTls);
    m_settingsMessage =
        WidgetHelpers::textLabel({}, QStringLiteral("gatewaySettingsMessage"), m_settingsBox);
    m_settingsMessage->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_settingsMessage);
    m_save = named(new QPushButton(tr("Save changes"), m_settingsBox), "saveGatewaySettings",
                   tr("Save the gateway settings as a pending change"));
    m_revert = named(new QPushButton(tr("Revert"), m_settingsBox), "revertGatewaySettings",
                     tr("Put back the values in effect"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    layout->addWidget(m_settingsBox);

    // Before 17.9 GitLab reads the URL from its environment only.
    m_snippetBox = new QGroupBox(tr("Set the AI gateway URL in gitlab.rb"), page);
    auto *snippetLayout = new QVBoxLayout(m_snippetBox);
    snippetLayout->addWidget(WidgetHelpers::textLabel(
        tr("This GitLab (before 17.9) has no API for the AI gateway URL: it reads the "
           "AI_GATEWAY_URL environment variable. Add this to /etc/gitlab/gitlab.rb on the GitLab "
           "server, then reconfigure:"),
        QStringLiteral("gatewaySnippetWhy"), m_snippetBox));
    m_snippet = named(new QPlainTextEdit(m_snippetBox), "gatewaySnippet", tr("gitlab.rb snippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(90);
    snippetLayout->addWidget(m_snippet);
    m_copySnippet = named(new QPushButton(tr("Copy"), m_snippetBox), "copyGatewaySnippet",
                          tr("Copy the snippet"));
    snippetLayout->addWidget(m_copySnippet, 0, Qt::AlignLeft);
    layout->addWidget(m_snippetBox);

    auto *here = new QGroupBox(tr("From this computer"), page);
    auto *hereLayout = new QVBoxLayout(here);
    m_checkHere = named(new QPushButton(tr("Check the gateway"), here), "checkGatewayHere",
                        tr("Check the gateway from this computer"));
    hereLayout->addWidget(m_checkHere, 0, Qt::AlignLeft);
    m_hereResult = WidgetHelpers::textLabel({}, QStringLiteral("gatewayHereResult"), here);
    m_hereResult->setTextFormat(Qt::PlainText);
    hereLayout->addWidget(m_hereResult);
    layout->addWidget(here);

    auto *gitlab = new QGroupBox(tr("From GitLab"), page);
    auto *gitlabLayout = new QVBoxLayout(gitlab);
    m_checkGitLab = named(new QPushButton(tr("Run GitLab's probes"), gitlab), "checkGatewayGitLab",
                          tr("Ask GitLab for its own probes"));
    gitlabLayout->addWidget(m_checkGitLab, 0, Qt::AlignLeft);
    m_gitlabResult = WidgetHelpers::textLabel({}, QStringLiteral("gatewayGitLabResult"), gitlab);
    m_gitlabResult->setTextFormat(Qt::PlainText);
    gitlabLayout->addWidget(m_gitlabResult);
    auto *functional = new QHBoxLayout;
    m_namespace = named(new QLineEdit(gitlab), "functionalCheckNamespace",
                        tr("Group or project for the functional check"));
    m_namespace->setPlaceholderText(tr("group/project with GitLab Duo on"));
    m_runFunctional = named(new QPushButton(tr("Run the Agent Platform check"), gitlab),
                            "runFunctionalCheck", tr("Run the Agent Platform functional check"));
    functional->addWidget(m_namespace, 1);
    functional->addWidget(m_runFunctional);
    gitlabLayout->addLayout(functional);
    layout->addWidget(gitlab);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &GatewayPane::save);
    connect(m_setupCheck, &QPushButton::clicked, this, &GatewayPane::openSetupCheck);
    connect(m_restore, &QPushButton::clicked, this, &GatewayPane::restoreDrifted);
    connect(m_revert, &QPushButton::clicked, this, &GatewayPane::fill);
    connect(m_checkHere, &QPushButton::clicked, this, &GatewayPane::checkFromHere);
    connect(m_checkGitLab, &QPushButton::clicked, this, &GatewayPane::checkFromGitLab);
    connect(m_runFunctional, &QPushButton::clicked, this, &GatewayPane::runFunctionalCheck);
    connect(m_copySnippet, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_snippet->toPlainText()); });
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &url) {
        m_snippet->setPlainText(
            QStringLiteral("gitlab_rails['env'] = {\n  'AI_GATEWAY_URL' => '%1'\n}\n\n"
                           "sudo gitlab-ctl reconfigure")
                .arg(url.isEmpty() ? QStringLiteral("https://ai-gateway.example.com") : url));
    });

    m_stack = WidgetHelpers::emptyOrPage(this, m_empty, scroll);
}

void GatewayPane::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_empty->setSession(session);
    m_hereResult->clear();
    m_gitlabResult->clear();
    m_settingsMessage->clear();
    if (m_session) {
        connect(m_session, &InstanceSession::stateChanged, this, &GatewayPane::updateState);
        connect(m_session, &InstanceSession::workspaceReady, this, &GatewayPane::reload);
        connect(m_session, &InstanceSession::workspaceChanged, this, [this] {
            if (edits().isEmpty())
                fill(); // nothing typed to lose
            updateState();
        });
        connect(m_session, &InstanceSession::refreshed, this, &GatewayPane::reload);
        connect(m_session, &InstanceSession::driftChanged, this, &GatewayPane::showDrift);
        m_namespace->setText(
            AppSettings::readValue(namespaceKey(*m_session).toUtf8().constData(), QString())
                .toString());
    }
    reload();
}

void GatewayPane::reload()
{
    const bool usable = m_session && m_session->isWorkspaceOpen();
    m_stack->setCurrentIndex(usable ? 1 : 0);
    fill();
    updateState();
    showDrift();
}

void GatewayPane::showDrift()
{
    const std::optional<SettingsDrift> drift = m_session ? m_session->drift() : std::nullopt;
    m_driftBox->setVisible(drift.has_value());
    if (!drift)
        return;
    m_drift->setText(
        tr("GitLab went from %1 to %2, and these settings are back at GitLab's "
           "defaults:\n%3\nRestoring them records a change to review and push.")
            .arg(drift->fromVersion, drift->toVersion, drift->describe().join(QLatin1Char('\n'))));
}

void GatewayPane::restoreDrifted()
{
    if (!m_session || !m_session->drift())
        return;
    m_session->record({Change::Kind::UpdateDuoSettings, QStringLiteral("duo"),
                       m_session->drift()->restoreFields()},
                      {}, this, [this](const Outcome &outcome, const std::optional<Change> &) {
                          m_settingsMessage->setText(outcome.ok()
                                                         ? tr("The earlier values wait in Pending "
                                                              "changes: push them to restore them.")
                                                         : outcome.message);
                          fill();
                      });
}

void GatewayPane::fill()
{
    m_settingsMessage->clear();
    const std::optional<DuoSettings> duo =
        m_session && m_session->isWorkspaceOpen() ? m_session->view().duo() : std::nullopt;
    m_url->setText(duo ? duo->gatewayUrl() : QString());
    m_timeout->setValue(duo ? duo->gatewayTimeoutSeconds().value_or(60) : 60);
    m_agentPlatform->setText(duo ? duo->agentPlatformUrl() : QString());
    m_agentPlatformTls->setChecked(duo ? duo->agentPlatformSecure().value_or(true) : true);
}

QJsonObject GatewayPane::edits() const
{
    QJsonObject fields;
    if (!m_session || !m_session->isWorkspaceOpen())
        return fields;
    const DuoSettings duo = m_session->view().duo().value_or(DuoSettings{});
    const ApiShape shape = m_session->apiShape();
    if (m_url->text().trimmed() != duo.gatewayUrl())
        fields.insert(DuoSettings::gatewayUrlField, m_url->text().trimmed());
    if (shape.gatewayTimeout && m_timeout->value() != duo.gatewayTimeoutSeconds().value_or(60))
        fields.insert(DuoSettings::gatewayTimeoutField, m_timeout->value());
    if (shape.agentPlatformUrl && m_agentPlatform->text().trimmed() != duo.agentPlatformUrl())
        fields.insert(DuoSettings::agentPlatformUrlField, m_agentPlatform->text().trimmed());
    if (shape.agentPlatformTls &&
        m_agentPlatformTls->isChecked() != duo.agentPlatformSecure().value_or(true))
        fields.insert(DuoSettings::agentPlatformSecureField, m_agentPlatformTls->isChecked());
    return fields;
}

void GatewayPane::save()
{
    const QJsonObject fields = edits();
    if (!m_session || fields.isEmpty()) {
        m_settingsMessage->setText(tr("Nothing changed."));
        return;
    }
    m_save->setEnabled(false);
    m_session->record({Change::Kind::UpdateDuoSettings, QStringLiteral("duo"), fields}, {}, this,
                      [this](const Outcome &outcome, const std::optional<Change> &) {
                          m_save->setEnabled(true);
                          m_settingsMessage->setText(
                              outcome.ok() ? tr("Saved as a pending change: push it from Pending "
                                                "changes.")
                                           : outcome.message);
                      });
}

void GatewayPane::updateState()
{
    if (!m_session || !m_session->isWorkspaceOpen())
        return;
    const ApiShape shape = m_session->apiShape();
    const EffectiveView &view = m_session->view();
    const bool known = shape.known;
    m_settingsBox->setVisible(!known || shape.duoSettings);
    m_snippetBox->setVisible(known && !shape.duoSettings);
    m_timeout->setEnabled(shape.gatewayTimeout);
    m_agentPlatform->setEnabled(shape.agentPlatformUrl);
    m_agentPlatformTls->setEnabled(shape.agentPlatformTls);
    const bool connected = m_session->state() == InstanceSession::State::Connected;
    m_checkGitLab->setEnabled(connected);
    m_runFunctional->setEnabled(connected && shape.functionalCheck);
    m_namespace->setEnabled(shape.functionalCheck);

    QStringList lines;
    if (!view.snapshotExists())
        lines << tr("Never read from GitLab: connect to the instance to see its gateway "
                    "settings.");
    else if (!connected)
        lines << tr("Offline: as read from GitLab on %1. Edits wait in Pending changes.")
                     .arg(QLocale().toString(view.snapshotTakenAt().toLocalTime(),
                                             QLocale::ShortFormat));
    if (view.pendingFor(Change::Kind::UpdateDuoSettings, QStringLiteral("duo")))
        lines << tr("These settings have a pending change: push it from Pending changes.");
    if (!shape.agentPlatformUrl && known && shape.duoSettings)
        lines << tr("This GitLab has no Agent Platform service settings (GitLab 18.4 and later "
                    "have them).");
    m_state->setText(lines.join(QLatin1Char('\n')));
}

void GatewayPane::checkFromHere()
{
    if (!m_session)
        return;
    m_checkHere->setEnabled(false);
    m_hereResult->setText(tr("Checking…"));
    m_session->checkGateway(this, [this](const GatewayHealth &health) {
        m_checkHere->setEnabled(true);
        showHealth(health);
    });
}

void GatewayPane::showHealth(const GatewayHealth &health)
{
    QStringList lines;
    lines << tr("%1 Health (%2): %3")
                 .arg(mark(health.health.ok), health.health.url, health.health.message);
    if (health.health.totalMs >= 0)
        lines << tr("    connect started %1, TLS done %2, first byte %3, total %4")
                     .arg(timing(health.health.connectMs), timing(health.health.tlsMs),
                          timing(health.health.firstByteMs), timing(health.health.totalMs));
    for (const ReachResult *reach : {&health.gateway, &health.agentPlatform}) {
        if (!reach->ran)
            continue;
        lines << tr("%1 %2 %3 (%4): %5")
                     .arg(mark(reach->ok),
                          reach == &health.gateway ? tr("Gateway") : tr("Agent Platform service"),
                          reach->target, reach->via, reach->message);
    }
    m_hereResult->setText(lines.join(QLatin1Char('\n')));
}

void GatewayPane::checkFromGitLab()
{
    if (!m_session)
        return;
    m_checkGitLab->setEnabled(false);
    m_gitlabResult->setText(tr("Asking GitLab…"));
    m_session->serverProbes(this, [this](const ServerProbes &probes) {
        m_checkGitLab->setEnabled(true);
        showProbes(probes);
    });
}

void GatewayPane::showProbes(const ServerProbes &probes)
{
    QStringList lines;
    if (!probes.error.isEmpty())
        lines << probes.error;
    for (const ServerProbes::Probe &probe : probes.probes) {
        lines << tr("%1 %2: %3").arg(mark(probe.success), probe.name, probe.message);
        for (const QString &error : probe.errors)
            lines << QStringLiteral("    ") + error;
    }
    if (probes.ran) {
        if (probes.functionalAvailable)
            lines << tr("Agent Platform functional check: %1%2")
                         .arg(probes.functionalState,
                              probes.functionalMessage.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" — ") + probes.functionalMessage);
        else
            lines << tr("Agent Platform functional check: not available on this instance.");
    }
    m_gitlabResult->setText(lines.join(QLatin1Char('\n')));
}

void GatewayPane::runFunctionalCheck()
{
    if (!m_session)
        return;
    AppSettings::writeValue(namespaceKey(*m_session).toUtf8().constData(),
                            m_namespace->text().trimmed());
    m_runFunctional->setEnabled(false);
    m_session->runFunctionalCheck(m_namespace->text(), this, [this](const Outcome &outcome) {
        m_runFunctional->setEnabled(true);
        m_gitlabResult->setText(outcome.ok() ? tr("The Agent Platform functional check started: "
                                                  "run GitLab's probes again to see its state.")
                                             : outcome.message);
    });
}

void GatewayPane::openSetupCheck()
{
    if (!m_session)
        return;
    auto *dialog = new SetupCheckDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->run();
}
