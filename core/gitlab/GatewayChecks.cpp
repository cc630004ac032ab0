#include "GatewayChecks.h"

#include "gitlab/GraphQLDocuments.h"
#include "gitlab/ShapeDetection.h"
#include "model/GitLabMessages.h"
#include "net/GitLabClient.h"

#include <QJsonArray>

void GatewayChecks::serverProbes(GitLabClient *client, const ApiShape &shape, QObject *context,
                                 std::function<void(const ServerProbes &)> done)
{
    ApiCall *call = client->graphql(GraphQLDocuments::load(QStringLiteral("server-probes"),
                                                           ShapeDetection::capabilities(shape)));
    QObject::connect(call, &ApiCall::finished, context, [call, done] {
        call->deleteLater();
        ServerProbes probes;
        if (!call->succeeded()) {
            probes.error = call->error().userMessage();
            done(probes);
            return;
        }
        probes.ran = true;
        const QJsonObject status =
            call->data().value(QLatin1String("cloudConnectorStatus")).toObject();
        probes.success = status.value(QLatin1String("success")).toBool();
        for (const auto &entry : status.value(QLatin1String("probeResults")).toArray()) {
            const QJsonObject result = entry.toObject();
            ServerProbes::Probe probe;
            probe.name = result.value(QLatin1String("name")).toString();
            probe.success = result.value(QLatin1String("success")).toBool();
            probe.message = result.value(QLatin1String("message")).toString();
            for (const auto &error : result.value(QLatin1String("errors")).toArray())
                probe.errors << error.toString();
            probe.details = result.value(QLatin1String("details"));
            probes.probes << probe;
        }
        if (status.isEmpty())
            probes.error = tr("GitLab returned no probe results to this token: it needs an "
                              "administrator.");
        const QJsonValue functional =
            call->data().value(QLatin1String("functionalVerificationStatus"));
        if (functional.isObject()) {
            probes.functionalAvailable = true;
            const QJsonObject check = functional.toObject();
            probes.functionalState = check.value(QLatin1String("state")).toString();
            probes.functionalMessage =
                GitLabMessages::shown(check.value(QLatin1String("message")).toString());
            probes.functionalUpdatedAt = check.value(QLatin1String("updatedAt")).toString();
        }
        done(probes);
    });
}

void GatewayChecks::runFunctionalCheck(GitLabClient *client, const QString &fullPath,
                                       QObject *context, std::function<void(const QString &)> done)
{
    ApiCall *call =
        client->graphql(GraphQLDocuments::load(QStringLiteral("run-functional-check")),
                        {{QStringLiteral("input"),
                          QJsonObject{{QStringLiteral("checkType"), QStringLiteral("AGENTIC_CHAT")},
                                      {QStringLiteral("fullPath"), fullPath}}}});
    QObject::connect(call, &ApiCall::finished, context, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done(call->error().userMessage());
            return;
        }
        QStringList errors;
        for (const auto &error : call->data()
                                     .value(QLatin1String("createFunctionalVerificationWorkflow"))
                                     .toObject()
                                     .value(QLatin1String("errors"))
                                     .toArray())
            errors << GitLabMessages::shown(error.toString());
        done(errors.join(QLatin1String(", ")));
    });
}
