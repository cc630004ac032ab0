#include "ServerReader.h"

#include "gitlab/GraphQLDocuments.h"
#include "gitlab/GraphQLMapping.h"
#include "gitlab/ShapeDetection.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"

#include <QJsonArray>

ServerReader::ServerReader(GitLabClient *client, ApiShape shape, QObject *parent)
    : QObject(parent), m_client(client), m_shape(std::move(shape)),
      m_capabilities(ShapeDetection::capabilities(m_shape))
{}

namespace {

qint64 numericId(const QString &globalId)
{
    return globalId.mid(globalId.lastIndexOf(QLatin1Char('/')) + 1).toLongLong();
}

// GitLab's keyset cursor for the models connection (ordered by id, descending).
QString cursorBefore(qint64 id)
{
    return QString::fromLatin1(QStringLiteral(R"({"id":"%1"})").arg(id).toUtf8().toBase64());
}

} // namespace

void ServerReader::page(const QString &after, std::function<void(Page)> done)
{
    const QString document = GraphQLDocuments::load(QStringLiteral("models-page"), m_capabilities);
    QJsonObject variables;
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    ApiCall *call = m_client->graphql(document, variables);
    ++m_requests;
    connect(call, &ApiCall::finished, this, [this, call, done] {
        call->deleteLater();
        Page result;
        if (!call->succeeded()) {
            result.error = call->error();
            done(result);
            return;
        }
        const QJsonValue connection = call->data().value(QLatin1String("aiSelfHostedModels"));
        if (!connection.isObject()) {
            result.error = {ApiError::Category::NotLicensed,
                            tr("GitLab does not let this token list self-hosted models: an "
                               "administrator's token and the Duo Enterprise add-on are needed.")};
            done(result);
            return;
        }
        const QJsonObject info = connection.toObject().value(QLatin1String("pageInfo")).toObject();
        result.hasNext = info.value(QLatin1String("hasNextPage")).toBool();
        result.endCursor = info.value(QLatin1String("endCursor")).toString();
        for (const auto &node : connection.toObject().value(QLatin1String("nodes")).toArray())
            result.models.append(GraphQLMapping::model(node.toObject(), m_shape));
        done(result);
    });
}

// The first page, then windows of pages requested in parallel: page k of a window starts
// below id (frontier - k × stride), the stride being how many ids the last 100 models spanned.
// Pages that join up (or overlap, duplicates dropped) extend what is known; where ids thin out
// and a page ends above where the next one starts, the rest of the window is dropped and the
// next window starts at that hole, from a real cursor. Should GitLab refuse a cursor of our
// own making, the rest is read one page after another.
void ServerReader::allModels(Done<QList<SelfHostedModel>> done)
{
    auto collected = std::make_shared<QHash<QString, SelfHostedModel>>();
    auto finish = [collected, done] {
        QList<SelfHostedModel> models = collected->values();
        std::sort(models.begin(), models.end(),
                  [](const auto &a, const auto &b) { return numericId(a.id) > numericId(b.id); });
        done(models, {});
    };
    page({}, [this, collected, finish, done](const Page &first) {
        if (first.error.isError()) {
            done({}, first.error);
            return;
        }
        for (const SelfHostedModel &model : first.models)
            collected->insert(model.id, model);
        if (!first.hasNext || first.models.isEmpty()) {
            finish();
            return;
        }
        window(first, collected, finish, done);
    });
}

void ServerReader::window(const Page &previous,
                          std::shared_ptr<QHash<QString, SelfHostedModel>> collected,
                          std::function<void()> finish, Done<QList<SelfHostedModel>> done)
{
    constexpr int pagesPerWindow = 4;
    const qint64 below = numericId(previous.models.last().id);
    const qint64 stride = std::max<qint64>(100, numericId(previous.models.first().id) - below + 1);
    struct Round
    {
        QList<Page> pages = QList<Page>(pagesPerWindow);
        int remaining = 0;
    };
    auto round = std::make_shared<Round>();
    int count = 0;
    while (count < pagesPerWindow && below - stride * count > 1)
        ++count;
    round->remaining = count;
    const QString realCursor = previous.endCursor;
    for (int k = 0; k < count; ++k) {
        const QString cursor = k == 0 ? realCursor : cursorBefore(below - stride * k);
        page(cursor, [=, this](const Page &result) {
            round->pages[k] = result;
            if (--round->remaining > 0)
                return;
            qint64 frontier = below; // every id from here up is read
            const Page *furthest = &previous;
            for (int i = 0; i < count; ++i) {
                const Page &p = round->pages[i];
                if (below - stride * i < frontier)
                    break; // a hole between this page and what is known: read on from there
                if (p.error.isError()) {
                    if (i == 0)
                        done({}, p.error);
                    else // a cursor of our own making was refused
                        sequential(furthest->endCursor, collected, finish, done);
                    return;
                }
                for (const SelfHostedModel &model : p.models)
                    collected->insert(model.id, model);
                if (!p.hasNext || p.models.isEmpty()) {
                    finish();
                    return;
                }
                const qint64 lowest = numericId(p.models.last().id);
                if (lowest < frontier) {
                    frontier = lowest;
                    furthest = &p;
                }
            }
            window(*furthest, collected, finish, done);
        });
    }
}

void ServerReader::sequential(const QString &after,
                              std::shared_ptr<QHash<QString, SelfHostedModel>> collected,
                              std::function<void()> finish, Done<QList<SelfHostedModel>> done)
{
    page(after, [=, this](const Page &result) {
        if (result.error.isError()) {
            done({}, result.error);
            return;
        }
        for (const SelfHostedModel &model : result.models)
            collected->insert(model.id, model);
        if (result.hasNext)
            sequential(result.endCursor, collected, finish, done);
        else
            finish();
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
        ApiCall *call =
            m_client->graphql(GraphQLDocuments::load(QStringLiteral("model-by-id"), m_capabilities),
                              {{QStringLiteral("id"), id}});
        ++m_requests;
        connect(call, &ApiCall::finished, this,
                [this, call, id, found, remaining, needList, failure, done, fromList] {
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
                                          GraphQLMapping::model(nodes.first().toObject(), m_shape));
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

QString ServerReader::featuresHiddenMessage()
{
    return tr("GitLab does not show this token the AI-native feature settings: it needs an "
              "administrator who may manage self-hosted models.");
}

void ServerReader::features(Done<std::optional<QList<FeatureSetting>>> done)
{
    ApiCall *call = m_client->graphql(
        GraphQLDocuments::load(QStringLiteral("feature-settings"), m_capabilities));
    ++m_requests;
    connect(call, &ApiCall::finished, this, [call, done] {
        call->deleteLater();
        if (!call->succeeded()) {
            done({}, call->error());
            return;
        }
        QList<FeatureSetting> settings;
        const QJsonValue list = call->data().value(QLatin1String("aiFeatureSettings"));
        if (list.isNull()) {
            done(std::nullopt, {});
            return;
        }
        const QJsonArray nodes = list.toObject().value(QLatin1String("nodes")).toArray();
        for (const auto &node : nodes)
            settings << GraphQLMapping::feature(node.toObject());
        done(settings, {});
    });
}

void ServerReader::duoSettings(Done<std::optional<DuoSettings>> done)
{
    if (!m_shape.duoSettings) {
        done(std::nullopt, {});
        return;
    }
    ApiCall *call =
        m_client->graphql(GraphQLDocuments::load(QStringLiteral("duo-settings"), m_capabilities));
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
            done(GraphQLMapping::duoSettings(settings.toObject()), {});
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
    features([state, finishOne](const std::optional<QList<FeatureSetting>> &features,
                                const ApiError &error) {
        state->snapshot.features = features.value_or(QList<FeatureSetting>());
        state->snapshot.featuresHidden = !error.isError() && !features;
        finishOne(error);
    });
    duoSettings([state, finishOne](const std::optional<DuoSettings> &duo, const ApiError &error) {
        state->snapshot.duo = duo;
        finishOne(error);
    });
}
