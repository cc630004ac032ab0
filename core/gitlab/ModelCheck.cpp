#include "ModelCheck.h"

#include "gitlab/GraphQLDocuments.h"
#include "gitlab/Mutations.h"
#include "model/GitLabMessages.h"
#include "net/GitLabClient.h"

void ModelCheck::run(GitLabClient *client, const ApiShape &shape, const QJsonObject &fields,
                     const QString &apiKey, QObject *context,
                     std::function<void(const GitLabModelCheck &)> done)
{
    if (!shape.connectionCheck) {
        done({false, false,
              tr("This GitLab has no connection check (GitLab 17.7 and later have it).")});
        return;
    }
    QJsonObject input = Mutations(shape).modelInput(fields);
    if (!apiKey.isEmpty())
        input.insert(QStringLiteral("apiToken"), apiKey);
    ApiCall *call = client->graphql(GraphQLDocuments::load(QStringLiteral("check-model")),
                                    {{QStringLiteral("input"), input}});
    QObject::connect(call, &ApiCall::finished, context, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done({true, false, call->error().userMessage()});
            return;
        }
        const QJsonObject payload =
            call->data().value(QLatin1String("aiSelfHostedModelConnectionCheck")).toObject();
        QStringList errors;
        for (const auto &e : payload.value(QLatin1String("errors")).toArray())
            errors << e.toString();
        const QJsonObject result = payload.value(QLatin1String("result")).toObject();
        for (const auto &e : result.value(QLatin1String("errors")).toArray())
            errors << e.toString();
        const bool ok = result.value(QLatin1String("success")).toBool() && errors.isEmpty();
        QString message = result.value(QLatin1String("message")).toString();
        if (!errors.isEmpty())
            message = errors.join(QLatin1String(", "));
        if (message.isEmpty())
            message = ok ? QStringLiteral("Successfully connected to the self-hosted model")
                         : tr("GitLab's check failed without saying why.");
        done({true, ok, GitLabMessages::shown(message)});
    });
}

void ModelCheck::readApiKey(GitLabClient *client, const QString &modelId, QObject *context,
                            std::function<void(const QString &, const QString &)> done)
{
    ApiCall *call = client->graphql(GraphQLDocuments::load(QStringLiteral("model-api-key")),
                                    {{QStringLiteral("id"), modelId}});
    QObject::connect(call, &ApiCall::finished, context, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done({}, call->error().userMessage());
            return;
        }
        const QJsonArray nodes = call->data()
                                     .value(QLatin1String("aiSelfHostedModels"))
                                     .toObject()
                                     .value(QLatin1String("nodes"))
                                     .toArray();
        done(nodes.isEmpty() ? QString()
                             : nodes.first().toObject().value(QLatin1String("apiToken")).toString(),
             {});
    });
}
