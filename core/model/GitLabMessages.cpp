#include "GitLabMessages.h"

namespace {

// How Rails begins a full message about each attribute of Ai::SelfHostedModel, and the form
// field it belongs to.
constexpr std::pair<const char *, const char *> attributeBeginnings[] = {
    {"Name ", "name"},         {"Model ", "family"},
    {"Endpoint ", "endpoint"}, {"Identifier ", "identifier"},
    {"Api token ", "apiKey"},  {"Provider ", "provider"},
};

QString fieldOf(QStringView message)
{
    for (const auto &[beginning, field] : attributeBeginnings) {
        if (message.startsWith(QLatin1String(beginning)))
            return QLatin1String(field);
    }
    return {};
}

} // namespace

QList<FieldProblem> GitLabMessages::modelErrors(const QString &joined)
{
    QList<qsizetype> starts{0};
    const QLatin1String separator(", ");
    for (qsizetype at = joined.indexOf(separator); at >= 0;
         at = joined.indexOf(separator, at + separator.size())) {
        if (!fieldOf(QStringView(joined).mid(at + separator.size())).isEmpty())
            starts << at + separator.size();
    }
    QList<FieldProblem> problems;
    for (int i = 0; i < starts.size(); ++i) {
        const qsizetype end =
            i + 1 < starts.size() ? starts[i + 1] - separator.size() : joined.size();
        const QString message = joined.mid(starts[i], end - starts[i]).trimmed();
        if (message.isEmpty())
            continue;
        FieldProblem problem{fieldOf(message), message};
        // The two GitLab's form words its own way.
        if (message == QLatin1String("Name has already been taken"))
            problem.message = tr("Please enter a unique deployment name.");
        else if (message.startsWith(QLatin1String("Endpoint is blocked")))
            problem.message = tr("Please add a valid endpoint. GitLab said: %1").arg(message);
        problems << problem;
    }
    return problems;
}

namespace {

// GitLab's messages that never vary (API.md: the connection check, the functional check).
const char *const fixedMessages[] = {
    QT_TRANSLATE_NOOP("GitLabMessages", "Successfully connected to the self-hosted model"),
    QT_TRANSLATE_NOOP("GitLabMessages",
                      "AI Gateway could not connect to the model endpoint. Verify the model "
                      "endpoint URL is correct and reachable from the AI Gateway, and that any "
                      "firewall or proxy is not blocking the connection."),
    QT_TRANSLATE_NOOP("GitLabMessages",
                      "You have not configured your local AI gateway URL. Configure the URL in "
                      "the GitLab Duo configuration settings."),
    QT_TRANSLATE_NOOP("GitLabMessages",
                      "ERROR: Unknown error. Make sure your self-hosted model is running and that "
                      "your AI Gateway URL is configured correctly."),
    QT_TRANSLATE_NOOP("GitLabMessages", "Verification check timed out."),
    QT_TRANSLATE_NOOP("GitLabMessages", "Duo not enabled for namespace"),
};

} // namespace

QString GitLabMessages::shown(const QString &message)
{
    for (const char *known : fixedMessages) {
        if (message == QLatin1String(known))
            return tr(known);
    }
    return message;
}
