#include "PaneCatalog.h"

#include <QCoreApplication>

namespace PaneCatalog {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PaneCatalog", text);
}
} // namespace

QList<PaneInfo> panes()
{
    const QString noInstance = tr("No GitLab instance yet");
    const QString addFirst = tr("Add a GitLab instance first: its URL and an administrator's "
                                "personal access token with the api and admin_mode scopes.");
    return {
        {QStringLiteral("subscription"), QStringLiteral(":/icons/subscription.svg"),
         tr("Subscription"),
         tr("License, GitLab Duo add-ons and seats, and whether this instance may use "
            "self-hosted models."),
         noInstance,
         tr("The license plan, licensee and dates, Duo add-on seats, the last subscription "
            "sync, and why self-hosted models are or are not available will show here.") +
             QLatin1Char('\n') + addFirst},
        {QStringLiteral("models"), QStringLiteral(":/icons/models.svg"), tr("Self-hosted models"),
         tr("The models your GitLab Duo features can use: deployment name, model family, "
            "endpoint, model identifier and API key."),
         noInstance,
         tr("Every self-hosted model deployment will be listed here, with no 100-row limit, "
            "ready to add, edit, test and delete.") +
             QLatin1Char('\n') + addFirst},
        {QStringLiteral("features"), QStringLiteral(":/icons/features.svg"),
         tr("AI-native features"),
         tr("Choose for each AI-native feature: Disabled, a GitLab AI vendor model, or one of "
            "your self-hosted models."),
         noInstance,
         tr("Every feature the instance reports will show here, grouped as GitLab groups "
            "them, with its release state and the models it accepts.") +
             QLatin1Char('\n') + addFirst},
        {QStringLiteral("gateway"), QStringLiteral(":/icons/gateway.svg"), tr("AI gateway"),
         tr("The AI gateway URL and timeout, and health checks from this desktop and from "
            "the GitLab server."),
         noInstance,
         tr("The gateway URL, its health as seen from this desktop, and GitLab's own probes "
            "will show here as a setup checklist.") +
             QLatin1Char('\n') + addFirst},
        {QStringLiteral("changes"), QStringLiteral(":/icons/changes.svg"), tr("Pending changes"),
         tr("Edits recorded on this computer and not yet pushed to GitLab."), noInstance,
         tr("Changes you make, online or offline, wait here to be reviewed against the "
            "server and pushed as one plan.") +
             QLatin1Char('\n') + addFirst},
    };
}

} // namespace PaneCatalog
