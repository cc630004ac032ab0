#include "PaneCatalog.h"

#include <QCoreApplication>

namespace PaneCatalog {

namespace {
// The panes' words, translated under the context "PaneCatalog".
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(PaneCatalog)
};

PaneInfo pane(const char *id, const QString &title, const QString &description,
              const QString &emptyText)
{
    const QString name = QLatin1String(id);
    return {name,
            QStringLiteral(":/icons/%1.svg").arg(name),
            title,
            description,
            Texts::tr("No GitLab instance yet"),
            emptyText,
            Texts::tr("Add a GitLab instance first: its URL and an administrator's personal access "
                      "token with the api and admin_mode scopes.")};
}
} // namespace

QList<PaneInfo> panes()
{
    return {
        pane("subscription", Texts::tr("Subscription"),
             Texts::tr("License, GitLab Duo add-ons and seats, and whether this instance may use "
                       "self-hosted models."),
             Texts::tr(
                 "The license plan, licensee and dates, Duo add-on seats, the last subscription "
                 "sync, and why self-hosted models are or are not available will show here.")),
        pane(
            "models", Texts::tr("Self-hosted models"),
            Texts::tr("The models your GitLab Duo features can use: deployment name, model family, "
                      "endpoint, model identifier and API key."),
            Texts::tr("Every self-hosted model deployment will be listed here, with no 100-row "
                      "limit, ready to add, edit, test and delete.")),
        pane(
            "features", Texts::tr("AI-native features"),
            Texts::tr(
                "Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one "
                "of your self-hosted models."),
            Texts::tr("Every feature the instance reports will show here, grouped as GitLab groups "
                      "them, with its release state and the models it accepts.")),
        pane("gateway", Texts::tr("AI gateway"),
             Texts::tr(
                 "The AI gateway URL and timeout, and health checks from this desktop and from "
                 "the GitLab server."),
             Texts::tr("The gateway URL, its health as seen from this desktop, and GitLab's own "
                       "probes will show here as a setup checklist.")),
        pane("changes", Texts::tr("Pending changes"),
             Texts::tr("Edits recorded on this computer and not yet pushed to GitLab."),
             Texts::tr("Changes you make, online or offline, wait here to be reviewed against the "
                       "server and pushed as one plan.")),
    };
}

} // namespace PaneCatalog
