#include "PaneCatalog.h"

#include <QCoreApplication>

namespace PaneCatalog {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PaneCatalog", text);
}

PaneInfo pane(const char *id, const QString &title, const QString &description,
              const QString &emptyText)
{
    const QString name = QLatin1String(id);
    return {name,
            QStringLiteral(":/icons/%1.svg").arg(name),
            title,
            description,
            tr("No GitLab instance yet"),
            emptyText,
            tr("Add a GitLab instance first: its URL and an administrator's personal access "
               "token with the api and admin_mode scopes.")};
}
} // namespace

QList<PaneInfo> panes()
{
    return {
        pane("subscription", tr("Subscription"),
             tr("License, GitLab Duo add-ons and seats, and whether this instance may use "
                "self-hosted models."),
             tr("The license plan, licensee and dates, Duo add-on seats, the last subscription "
                "sync, and why self-hosted models are or are not available will show here.")),
        pane("models", tr("Self-hosted models"),
             tr("The models your GitLab Duo features can use: deployment name, model family, "
                "endpoint, model identifier and API key."),
             tr("Every self-hosted model deployment will be listed here, with no 100-row "
                "limit, ready to add, edit, test and delete.")),
        pane("features", tr("AI-native features"),
             tr("Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one "
                "of your self-hosted models."),
             tr("Every feature the instance reports will show here, grouped as GitLab groups "
                "them, with its release state and the models it accepts.")),
        pane("gateway", tr("AI gateway"),
             tr("The AI gateway URL and timeout, and health checks from this desktop and from "
                "the GitLab server."),
             tr("The gateway URL, its health as seen from this desktop, and GitLab's own "
                "probes will show here as a setup checklist.")),
        pane("changes", tr("Pending changes"),
             tr("Edits recorded on this computer and not yet pushed to GitLab."),
             tr("Changes you make, online or offline, wait here to be reviewed against the "
                "server and pushed as one plan.")),
    };
}

} // namespace PaneCatalog
