#include "ServerReader.h"

#include "gitlab/GraphQLDocuments.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"

#include <QJsonArray>

ServerReader::ServerReader(GitLabClient *client, ApiShape shape, QObject *parent)
    : QObject(parent), m_client(client), m_shape(std::move(shape))
{}

void ServerReader::allModels(Done<QList<SelfHostedModel>> done)
{
    nextPage({}, std::make_shared<QList<SelfHostedModel>>(), std::move(done));
}

void ServerReader::nextPage(const QString &after, std::shared_ptr<QList<SelfHostedModel>> collected,
                            Done<QList<SelfHostedModel>> done)
{
    const QString document =
        GraphQLDocuments::load(m_shape.modelReleaseState ? QStringLiteral("models-page")
                                                         : QStringLiteral("models-page-17"));
    QJsonObject variables;
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    ApiCall *call = m_client->graphql(document, variables);
    ++m_requests;
    connect(call, &ApiCall::finished, this, [this, call, collected, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done({}, call->error());
            return;
        }
        const QJsonValue connection = call->data().value(QLatin1String("aiSelfHostedModels"));
        if (!connection.isObject()) {
            done({}, {ApiError::Category::NotLicensed,
                      tr("GitLab does not let this token list self-hosted models: an "
                         "administrator's token and the Duo Enterprise add-on are needed.")});
            return;
        }
        // Ask for the next page first, then read this one while it travels.
        const QJsonObject page = connection.toObject().value(QLatin1String("pageInfo")).toObject();
        const bool more = page.value(QLatin1String("hasNextPage")).toBool();
        if (more)
            nextPage(page.value(QLatin1String("endCursor")).toString(), collected, done);
        for (const auto &node : connection.toObject().value(QLatin1String("nodes")).toArray())
            collected->append(SelfHostedModel::fromGraphQL(node.toObject()));
        if (!more)
            done(*collected, {});
    });
}

void ServerReader::models(const QStringList &ids, Done<ModelsById> done)
{
    // Many ids: the whole list costs fewer requests. A few: one query each, in parallel.
    auto fromList = [this, ids, done] {
        allModels([ids, done](const QList<SelfHostedModel> &all, const ApiError &error) {
            ModelsById found;
            for (const QString &id : ids)
                found.insert(id, std::nullopt);
            for (const SelfHostedModel &model : all) {
                if (found.contains(model.id))
                    found.insert(model.id, model);
            }
            done(found, error);
        });
    };
    if (ids.isEmpty()) {
        done({}, {});
        return;
    }
    if (ids.size() > 4) {
        fromList();
        return;
    }
    auto found = std::make_shared<ModelsById>();
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto needList = std::make_shared<bool>(false);
    auto failure = std::make_shared<ApiError>();
    for (const QString &id : ids) {
        ApiCall *call = m_client->graphql(GraphQLDocuments::load(QStringLiteral("model-by-id")),
                                          {{QStringLiteral("id"), id}});
        ++m_requests;
        connect(call, &ApiCall::finished, this,
                [call, id, found, remaining, needList, failure, done, fromList] {
                    call->deleteLater();
                    if (call->succeeded()) {
                        const QJsonArray nodes = call->data()
                                                     .value(QLatin1String("aiSelfHostedModels"))
                                                     .toObject()
                                                     .value(QLatin1String("nodes"))
                                                     .toArray();
                        if (nodes.isEmpty())
                            found->insert(id, std::nullopt);
                        else
                            found->insert(id,
                                          SelfHostedModel::fromGraphQL(nodes.first().toObject()));
                    } else if (call->error().category() == ApiError::Category::Server) {
                        *needList = true; // probably deleted: GitLab's 500 for unknown ids
                    } else {
                        *failure = call->error();
                    }
                    if (--*remaining > 0)
                        return;
                    if (failure->isError())
                        done({}, *failure);
                    else if (*needList)
                        fromList();
                    else
                        done(*found, {});
                });
    }
}

void ServerReader::features(Done<QList<FeatureSetting>> done)
{
    ApiCall *call = m_client->graphql(GraphQLDocuments::load(QStringLiteral("feature-settings")));
    ++m_requests;
    connect(call, &ApiCall::finished, this, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done({}, call->error());
            return;
        }
        QList<FeatureSetting> settings;
        const QJsonArray nodes = call->data()
                                     .value(QLatin1String("aiFeatureSettings"))
                                     .toObject()
                                     .value(QLatin1String("nodes"))
                                     .toArray();
        for (const auto &node : nodes)
            settings << FeatureSetting::fromGraphQL(node.toObject());
        done(settings, {});
    });
}

void ServerReader::duoSettings(Done<std::optional<DuoSettings>> done)
{
    if (!m_shape.duoSettings) {
        done(std::nullopt, {});
        return;
    }
    ApiCall *call = m_client->graphql(GraphQLDocuments::load(QStringLiteral("duo-settings")));
    ++m_requests;
    connect(call, &ApiCall::finished, this, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done(std::nullopt, call->error());
            return;
        }
        const QJsonValue settings = call->data().value(QLatin1String("duoSettings"));
        if (!settings.isObject())
            done(std::nullopt, {});
        else
            done(DuoSettings::fromJson(settings.toObject()), {});
    });
}

void ServerReader::snapshot(Done<Snapshot> done)
{
    struct Collect
    {
        Snapshot snapshot;
        ApiError error;
        int remaining = 3;
    };
    auto state = std::make_shared<Collect>();
    state->snapshot.exists = true;
    auto finishOne = [state, done](const ApiError &error) {
        if (error.isError() && !state->error.isError())
            state->error = error;
        if (--state->remaining == 0) {
            state->snapshot.takenAt = QDateTime::currentDateTimeUtc();
            done(state->snapshot, state->error);
        }
    };
    allModels([state, finishOne](const QList<SelfHostedModel> &models, const ApiError &error) {
        state->snapshot.models = models;
        finishOne(error);
    });
    features([state, finishOne](const QList<FeatureSetting> &features, const ApiError &error) {
        state->snapshot.features = features;
        finishOne(error);
    });
    duoSettings([state, finishOne](const std::optional<DuoSettings> &duo, const ApiError &error) {
        state->snapshot.duo = duo;
        finishOne(error);
    });
}
