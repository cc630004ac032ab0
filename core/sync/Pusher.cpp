#include "Pusher.h"

#include "Logging.h"
#include "ServerReader.h"
#include "ThreeWayMerge.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"

#include <QJsonArray>

namespace {

// Requests refused before GitLab ran anything: nothing of them can have been applied.
bool refusedBeforeExecution(const ApiError &error)
{
    using C = ApiError::Category;
    return error.category() == C::Auth || error.category() == C::Forbidden ||
           error.category() == C::Validation || error.category() == C::Tls ||
           error.category() == C::Dns || error.category() == C::NotFound ||
           (error.category() == C::Network && error.httpStatus() == 0 &&
            error.detail().contains(QLatin1String("refused")));
}

// A push that died after sending may have written these values itself: where the server now
// holds exactly what was sent, that is the base to merge against, not someone else's edit.
void adoptOwnWrites(Change &c, const QJsonObject &server)
{
    if (!c.sentAt.isValid())
        return;
    if (c.kind == Change::Kind::SetFeatures) {
        const QJsonObject sent{
            {QStringLiteral("provider"), c.sentValues.value(QLatin1String("provider"))},
            {QStringLiteral("modelId"), c.sentValues.value(QLatin1String("modelId"))}};
        for (const auto &feature : c.sentValues.value(QLatin1String("features")).toArray()) {
            if (server.value(feature.toString()).toObject() == sent)
                c.base.insert(feature.toString(), sent);
        }
        return;
    }
    for (auto it = c.sentValues.constBegin(); it != c.sentValues.constEnd(); ++it) {
        if (server.value(it.key()) == it.value())
            c.base.insert(it.key(), it.value());
    }
}

} // namespace

QJsonObject PushOutcome::toJson() const
{
    QJsonArray steps;
    for (const StepResult &result : results) {
        QJsonObject step{{QStringLiteral("description"), result.description},
                         {QStringLiteral("change"), result.changeId},
                         {QStringLiteral("ok"), result.ok}};
        if (!result.error.isEmpty())
            step.insert(QStringLiteral("error"), result.error);
        steps.append(step);
    }
    QJsonObject json{
        {QStringLiteral("pushed"), pushed},       {QStringLiteral("failed"), failed},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("requests"), requests},
        {QStringLiteral("cancelled"), cancelled}, {QStringLiteral("steps"), steps}};
    if (error.isError())
        json.insert(QStringLiteral("error"), error.userMessage());
    return json;
}

Pusher::Pusher(Workspace *workspace, GitLabClient *client, ApiShape shape, SecretStore *secrets,
               QString instanceId, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_client(client), m_shape(std::move(shape)),
      m_secrets(secrets), m_instanceId(std::move(instanceId)),
      m_composer(MutationTemplate::pushMutations())
{}

Pusher::~Pusher() = default;

void Pusher::push(const PushOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_options = options;
    m_outcome = {};
    m_batches.clear();
    m_nextBatch = 0;
    m_stepsDone = 0;
    m_stepsLeft.clear();
    m_failedChanges.clear();
    m_createdIds.clear();
    m_apiKeys.clear();
    m_selected.clear();
    m_wasInFlight.clear();
    QStringList wanted = options.changeIds;
    // A selected change that uses a draft model goes together with the draft's create.
    for (const Change &c : m_workspace->changes()) {
        if (!wanted.isEmpty() && !wanted.contains(c.id))
            continue;
        for (const char *key : {"modelId", "reassignTo"}) {
            const QString id = c.values.value(QLatin1String(key)).toString();
            for (const Change &create : m_workspace->changes()) {
                if (!wanted.isEmpty() && create.kind == Change::Kind::CreateModel &&
                    create.target == id)
                    wanted << create.id;
            }
        }
    }
    for (const Change &c : m_workspace->changes()) {
        if (wanted.isEmpty() || wanted.contains(c.id)) {
            m_selected << c;
            if (c.sentAt.isValid())
                m_wasInFlight.insert(c.id);
        }
    }
    if (m_selected.isEmpty()) {
        finish();
        return;
    }
    if (!m_options.dryRun)
        m_pushRecord = m_workspace->beginPush();
    m_reader = new ServerReader(m_client, m_shape, this);
    refresh();
}

void Pusher::cancel()
{
    m_cancelRequested = true;
}

// Brings the server state of what the changes touch up to date. A create that was in flight
// when a push died needs the whole model list, to be found by its unique name.
void Pusher::refresh()
{
    QStringList ids;
    bool needAllModels = false;
    bool needFeatures = false;
    bool needDuo = false;
    for (const Change &c : std::as_const(m_selected)) {
        switch (c.kind) {
        case Change::Kind::CreateModel:
            needAllModels = needAllModels || c.sentAt.isValid();
            break;
        case Change::Kind::UpdateModel:
        case Change::Kind::DeleteModel:
            ids << c.target;
            needFeatures = needFeatures || c.kind == Change::Kind::DeleteModel;
            break;
        case Change::Kind::SetFeatures:
            needFeatures = true;
            break;
        case Change::Kind::UpdateDuoSettings:
            needDuo = true;
            break;
        }
    }
    ids.removeDuplicates();
    ids.removeIf([](const QString &id) { return SelfHostedModel::isLocalId(id); });

    auto remaining = std::make_shared<int>(3);
    auto failure = std::make_shared<ApiError>();
    auto oneDone = [this, remaining, failure](const ApiError &error) {
        if (error.isError() && !failure->isError())
            *failure = error;
        if (--*remaining > 0)
            return;
        if (failure->isError())
            finish(*failure);
        else
            check();
    };

    if (needAllModels) {
        m_reader->allModels(
            [this, oneDone](const QList<SelfHostedModel> &models, const ApiError &error) {
                if (!error.isError()) {
                    Snapshot snapshot = m_workspace->snapshot();
                    snapshot.models = models;
                    snapshot.takenAt = QDateTime::currentDateTimeUtc();
                    m_workspace->replaceSnapshot(snapshot);
                }
                oneDone(error);
            });
    } else {
        m_reader->models(ids, [this, oneDone](const ServerReader::ModelsById &found,
                                              const ApiError &error) {
            for (auto it = found.constBegin(); !error.isError() && it != found.constEnd(); ++it) {
                if (!it.value()) {
                    m_workspace->removeModel(it.key());
                    continue;
                }
                SelfHostedModel model = *it.value();
                if (const SelfHostedModel *known = m_workspace->snapshot().model(model.id);
                    known && model.releaseState.isEmpty())
                    model.releaseState = known->releaseState;
                m_workspace->putModel(model);
            }
            oneDone(error);
        });
    }
    if (needFeatures) {
        m_reader->features(
            [this, oneDone](const QList<FeatureSetting> &features, const ApiError &error) {
                for (const FeatureSetting &setting : features) {
                    if (!error.isError())
                        m_workspace->putFeature(setting);
                }
                oneDone(error);
            });
    } else {
        oneDone({});
    }
    if (needDuo) {
        m_reader->duoSettings(
            [this, oneDone](const std::optional<DuoSettings> &duo, const ApiError &error) {
                if (!error.isError() && duo)
                    m_workspace->putDuoSettings(*duo);
                oneDone(error);
            });
    } else {
        oneDone({});
    }
}

// Three-way check of every change against the fresh server state, then the plan.
void Pusher::check()
{
    const Snapshot &server = m_workspace->snapshot();
    QJsonObject serverFeatures;
    for (const FeatureSetting &setting : server.features)
        serverFeatures.insert(setting.feature, setting.assignment());

    QList<PlannedChange> planned;
    const bool store = !m_options.dryRun;
    auto conflict = [&](Change c, const QStringList &fields, const QString &message) {
        ++m_outcome.conflicts;
        if (!store)
            return;
        c.status = Change::Status::Conflict;
        c.conflictFields = fields;
        c.error = message;
        c.sentAt = {};
        c.sentValues = {};
        m_workspace->update(c);
    };
    auto alreadyThere = [&](Change c) {
        ++m_outcome.pushed;
        if (!store)
            return;
        c.status = Change::Status::Pushed;
        c.sentAt = {};
        c.sentValues = {};
        m_workspace->update(c);
    };

    // Own writes found on the server become the stored base at once: this push's journal
    // entry replaces the sent values, and a push killed again must still know them as ours.
    auto adopt = [&](Change &c, const QJsonObject &now) {
        const QJsonObject before = c.base;
        adoptOwnWrites(c, now);
        if (store && c.base != before)
            m_workspace->update(c);
    };
    // The outcome of a three-way check: conflict, already on the server, or still to send.
    const QString changedToo =
        tr("Changed on the server too: %1. Keep yours or take the server's.");
    auto settle = [&](const Change &c, const MergeResult &merge, const QString &conflictMessage) {
        if (!merge.conflicts.isEmpty())
            conflict(c, merge.conflicts,
                     conflictMessage.arg(merge.conflicts.join(QLatin1String(", "))));
        else if (merge.alreadyApplied())
            alreadyThere(c);
        else
            planned.append({c, merge.toApply});
    };

    for (Change c : std::as_const(m_selected)) {
        switch (c.kind) {
        case Change::Kind::CreateModel: {
            const QString name = c.values.value(QLatin1String("name")).toString();
            // Sent by a push that did not live to read the answer: found by the name it sent.
            const SelfHostedModel *ours =
                c.sentAt.isValid()
                    ? server.modelNamed(c.sentValues.value(QLatin1String("name")).toString())
                    : nullptr;
            if (ours) {
                ++m_outcome.pushed;
                m_createdIds.insert(c.target, ours->id);
                if (!store)
                    continue;
                const SelfHostedModel created = *ours;
                m_workspace->resolveCreated(c.id, created.id);
                // Edits made to the draft since then follow as an update.
                QJsonObject later;
                const QJsonObject now = created.editableFields();
                for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
                    if (now.contains(it.key()) && now.value(it.key()) != it.value())
                        later.insert(it.key(), it.value());
                }
                QString error;
                if (!later.isEmpty()) {
                    if (const auto update = m_workspace->record(Change::Kind::UpdateModel,
                                                                created.id, later, &error))
                        planned.append({*update, later});
                }
                continue;
            }
            const SelfHostedModel *existing = server.modelNamed(name);
            if (existing) {
                conflict(c, {QStringLiteral("name")},
                         tr("A model named '%1' was created on the server meanwhile. Rename the "
                            "draft, or discard it.")
                             .arg(name));
                continue;
            }
            planned.append({c, c.values});
            break;
        }
        case Change::Kind::UpdateModel: {
            const SelfHostedModel *current = server.model(c.target);
            if (!current) {
                conflict(c, {QStringLiteral("deleted")},
                         tr("This model was deleted on the server. Discard the change, or "
                            "create the model again."));
                continue;
            }
            adopt(c, current->editableFields());
            settle(c, ThreeWayMerge::fields(c, current->editableFields()), changedToo);
            break;
        }
        case Change::Kind::DeleteModel:
            if (!server.model(c.target))
                alreadyThere(c);
            else
                planned.append({c, {}});
            break;
        case Change::Kind::SetFeatures: {
            adopt(c, serverFeatures);
            settle(c, ThreeWayMerge::features(c, serverFeatures),
                   tr("Assigned differently on the server too: %1. Keep yours or take the "
                      "server's."));
            break;
        }
        case Change::Kind::UpdateDuoSettings: {
            const QJsonObject current = server.duo ? server.duo->toJson() : QJsonObject();
            adopt(c, current);
            settle(c, ThreeWayMerge::fields(c, current), changedToo);
            break;
        }
        }
    }

    m_outcome.plan = PushPlanner::plan(planned, server, m_shape);
    if (m_options.dryRun) {
        finish();
        return;
    }
    for (const PushStep &step : std::as_const(m_outcome.plan))
        ++m_stepsLeft[step.changeId];
    m_batches = m_composer.split(m_outcome.plan, m_options.maxStepsPerBatch);
    Q_EMIT progress(0, int(m_outcome.plan.size()), QString());
    sendNextBatch();
}

void Pusher::sendNextBatch()
{
    if (m_nextBatch >= m_batches.size()) {
        finish();
        return;
    }
    if (m_cancelRequested) {
        m_outcome.cancelled = true;
        finish();
        return;
    }
    if (m_options.stopOnFirstError && !m_failedChanges.isEmpty()) {
        finish();
        return;
    }
    QList<int> steps = m_batches[m_nextBatch++];
    // Steps of a change that already failed are skipped (a delete after a failed reassignment).
    steps.removeIf([this](int i) {
        const PushStep &step = m_outcome.plan[i];
        if (!m_failedChanges.contains(step.changeId))
            return false;
        m_outcome.results.append({step.description, step.changeId, false,
                                  tr("Skipped: an earlier step of this change failed.")});
        ++m_stepsDone;
        return true;
    });
    if (steps.isEmpty()) {
        sendNextBatch();
        return;
    }

    // API keys entered in drafts come from the keychain just before they are sent.
    for (int i : std::as_const(steps)) {
        const PushStep &step = m_outcome.plan[i];
        if (step.needsApiKey && !m_apiKeys.contains(step.changeId)) {
            const auto change = m_workspace->change(step.changeId);
            m_secrets->read(change ? change->apiKeyName(m_instanceId) : QString(), this,
                            [this, step, steps](const SecretResult &result) {
                                if (result.ok()) {
                                    m_apiKeys.insert(step.changeId, result.secret);
                                } else {
                                    stepFailed(step, tr("The API key entered for this model could "
                                                        "not be read from the keychain: %1")
                                                         .arg(result.message()));
                                }
                                --m_nextBatch; // compose this batch again, now with the key
                                if (!m_apiKeys.contains(step.changeId))
                                    m_apiKeys.insert(step.changeId, QString());
                                sendNextBatch();
                            });
            return;
        }
    }
    sendBatch(steps);
}

void Pusher::sendBatch(const QList<int> &planned)
{
    QList<int> steps;
    QStringList changeIds;
    for (int i : planned) {
        PushStep &step = m_outcome.plan[i];
        // A draft's local id is the created model's global id by now.
        bool waiting = false;
        for (const char *key : {"id", "aiSelfHostedModelId"}) {
            const QString id = step.input.value(QLatin1String(key)).toString();
            if (SelfHostedModel::isLocalId(id) && m_createdIds.contains(id))
                step.input.insert(QLatin1String(key), m_createdIds.value(id));
            else if (SelfHostedModel::isLocalId(id))
                waiting = true;
        }
        if (waiting) {
            // GitLab would refuse the whole request for one id it cannot read.
            stepFailed(step, tr("It uses a model that was not created: push that model's "
                                "creation first, or choose another model."));
            continue;
        }
        steps << i;
        if (step.needsApiKey && !m_apiKeys.value(step.changeId).isEmpty())
            step.input.insert(QStringLiteral("apiToken"), m_apiKeys.value(step.changeId));
        changeIds << step.changeId;
    }
    changeIds.removeDuplicates();
    if (steps.isEmpty()) {
        sendNextBatch();
        return;
    }

    // The journal: marked in flight, committed, before anything leaves; or nothing leaves.
    if (!m_workspace->markSent(changeIds, QDateTime::currentDateTimeUtc())) {
        finish({ApiError::Category::Protocol,
                tr("The local workspace could not record the push (it may be busy in another "
                   "window or command); nothing more was sent. Push again.")});
        return;
    }
    const Batch batch = m_composer.compose(m_outcome.plan, steps);
    ApiCall *call = m_client->graphql(batch.document, batch.variables);
    ++m_outcome.requests;
    connect(call, &ApiCall::finished, this, [this, steps, call] { readBatchAnswer(steps, call); });
    // The key is not kept in the plan once sent.
    for (int i : steps)
        m_outcome.plan[i].input.remove(QStringLiteral("apiToken"));
}

void Pusher::readBatchAnswer(const QList<int> &steps, ApiCall *call)
{
    call->deleteLater();
    const QJsonObject data = call->data();
    if (data.isEmpty() && call->error().isError()) {
        const ApiError error = call->error();
        // A complete GraphQL answer with errors and no "data" comes from validation: nothing
        // ran. A cut-off, unreadable or timed-out answer may hide writes: it stays in flight.
        const QJsonObject answer = call->json().object();
        const bool notExecuted = call->httpStatus() == 200 &&
                                 answer.value(QLatin1String("errors")).isArray() &&
                                 !answer.contains(QLatin1String("data"));
        if (notExecuted || refusedBeforeExecution(error)) {
            // Nothing ran: the steps failed, with GitLab's reason, and nothing is in flight.
            for (int i : steps)
                stepFailed(m_outcome.plan[i], error.userMessage());
            sendNextBatch();
            return;
        }
        // The batch may or may not have been applied: never resend it blindly. It stays in
        // flight in the journal, and the next push reconciles it against the server.
        finish({error.category(),
                tr("%1\nThe changes being sent are kept; push again to check them against the "
                   "server and finish.")
                    .arg(error.userMessage()),
                error.detail(), error.httpStatus()});
        return;
    }

    // Errors at the top level name the alias they belong to in their path.
    QHash<QString, QString> topErrors;
    for (const auto &entry : call->graphqlErrors()) {
        const QJsonObject error = entry.toObject();
        const QString alias = error.value(QLatin1String("path")).toArray().first().toString();
        topErrors.insert(alias, error.value(QLatin1String("message")).toString());
    }
    for (int position = 0; position < steps.size(); ++position) {
        const PushStep &step = m_outcome.plan[steps[position]];
        const QString alias = BatchComposer::alias(position);
        const QJsonObject payload = data.value(alias).toObject();
        if (data.value(alias).isObject() && stepSucceeded(step, payload))
            continue;
        const QJsonArray errors = payload.value(QLatin1String("errors")).toArray();
        QStringList messages;
        for (const auto &message : errors)
            messages << message.toString();
        if (messages.isEmpty())
            messages << topErrors.value(alias, tr("GitLab did not answer this step."));
        stepFailed(step, messages.join(QLatin1String(", ")));
    }
    Q_EMIT progress(m_stepsDone, int(m_outcome.plan.size()),
                    m_outcome.plan[steps.last()].description);
    sendNextBatch();
}

bool Pusher::stepSucceeded(const PushStep &step, const QJsonObject &payload)
{
    if (!payload.value(QLatin1String("errors")).toArray().isEmpty())
        return false;
    const auto change = m_workspace->change(step.changeId);
    if (step.document == QLatin1String("create-model")) {
        const QString id = payload.value(QLatin1String("selfHostedModel"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        if (id.isEmpty() || !change)
            return false;
        SelfHostedModel model;
        model.id = id;
        model.applyFields(change->values);
        model.hasApiKey = change->hasApiKey();
        m_workspace->putModel(model);
        m_createdIds.insert(change->target, id);
    } else if (step.document == QLatin1String("update-model")) {
        SelfHostedModel model;
        if (const SelfHostedModel *known =
                m_workspace->snapshot().model(step.input.value(QLatin1String("id")).toString()))
            model = *known;
        model.id = step.input.value(QLatin1String("id")).toString();
        model.name = step.input.value(QLatin1String("name")).toString();
        model.family = step.input.value(QLatin1String("model")).toString();
        model.endpoint = step.input.value(QLatin1String("endpoint")).toString();
        model.identifier = step.input.value(QLatin1String("identifier")).toString();
        model.hasApiKey = model.hasApiKey || step.needsApiKey;
        m_workspace->putModel(model);
    } else if (step.document == QLatin1String("delete-model")) {
        m_workspace->removeModel(step.input.value(QLatin1String("id")).toString());
    } else if (step.document.startsWith(QLatin1String("set-feature"))) {
        QStringList features;
        for (const auto &f : step.input.value(QLatin1String("features")).toArray())
            features << f.toString();
        if (step.input.contains(QLatin1String("feature")))
            features << step.input.value(QLatin1String("feature")).toString();
        for (const QString &feature : std::as_const(features)) {
            FeatureSetting setting;
            if (const FeatureSetting *known = m_workspace->snapshot().feature(feature))
                setting = *known;
            setting.feature = feature;
            setting.provider = step.input.value(QLatin1String("provider")).toString();
            setting.modelId = step.input.value(QLatin1String("aiSelfHostedModelId")).toString();
            m_workspace->putFeature(setting);
        }
    } else if (step.document == QLatin1String("update-duo-settings")) {
        QJsonObject json =
            m_workspace->snapshot().duo ? m_workspace->snapshot().duo->toJson() : QJsonObject();
        const QJsonObject answer = payload.value(QLatin1String("duoSettings")).toObject();
        for (auto it = answer.constBegin(); it != answer.constEnd(); ++it)
            json.insert(it.key(), it.value());
        m_workspace->putDuoSettings(DuoSettings::fromJson(json));
    }
    m_outcome.results.append({step.description, step.changeId, true, {}});
    ++m_stepsDone;
    if (--m_stepsLeft[step.changeId] == 0)
        finishChangeIfDone(step.changeId);
    return true;
}

QString Pusher::describeFailure(const PushStep &step, const QString &message) const
{
    // A name GitLab calls taken that the console cannot see belongs to a hidden beta model.
    const bool hiddenName =
        step.document == QLatin1String("create-model") &&
        message.contains(QLatin1String("Name has already been taken")) &&
        !m_workspace->snapshot().modelNamed(step.input.value(QLatin1String("name")).toString());
    if (hiddenName && m_wasInFlight.contains(step.changeId))
        return tr("%1 — this draft was most likely created by a push that was interrupted, "
                  "but GitLab hides it: its family is in beta and beta models are not accepted "
                  "in the web UI (Admin > GitLab Duo). Accept beta models there to see it; do "
                  "not create it again under another name.")
            .arg(message);
    if (hiddenName)
        return tr("%1 — a model with this name exists but GitLab hides it: its family is in "
                  "beta and beta models are not accepted in the web UI (Admin > GitLab Duo). "
                  "Choose another name, or accept beta models there.")
            .arg(message);
    return message;
}

void Pusher::stepFailed(const PushStep &step, const QString &message)
{
    const QString explained = describeFailure(step, message);
    m_outcome.results.append({step.description, step.changeId, false, explained});
    ++m_stepsDone;
    --m_stepsLeft[step.changeId];
    if (m_failedChanges.contains(step.changeId))
        return;
    m_failedChanges.insert(step.changeId);
    ++m_outcome.failed;
    if (auto change = m_workspace->change(step.changeId)) {
        change->status = Change::Status::Failed;
        change->error = explained;
        change->sentAt = {};
        change->sentValues = {};
        m_workspace->update(*change);
    }
}

void Pusher::finishChangeIfDone(const QString &changeId)
{
    if (m_failedChanges.contains(changeId))
        return;
    auto change = m_workspace->change(changeId);
    if (!change)
        return;
    ++m_outcome.pushed;
    const bool editedMeanwhile =
        !change->sentValues.isEmpty() && change->sentValues != change->values;
    if (change->kind == Change::Kind::CreateModel) {
        m_workspace->resolveCreated(changeId, m_createdIds.value(change->target));
    } else if (editedMeanwhile) {
        // Edited while it was on its way: what was sent is the server's now; the rest waits.
        for (auto it = change->sentValues.constBegin(); it != change->sentValues.constEnd(); ++it)
            change->base.insert(it.key(), it.value());
        change->sentAt = {};
        change->sentValues = {};
        m_workspace->update(*change);
        return;
    } else {
        change->status = Change::Status::Pushed;
        change->sentAt = {};
        change->sentValues = {};
        change->error.clear();
        m_workspace->update(*change);
    }
    if (change->hasApiKey())
        m_secrets->remove(change->apiKeyName(m_instanceId), this, [](const SecretResult &) {});
}

void Pusher::finish(ApiError error)
{
    m_outcome.error = std::move(error);
    if (m_reader)
        m_outcome.requests += m_reader->requestsSent();
    if (m_pushRecord) {
        m_workspace->finishPush(m_pushRecord, m_outcome.toJson());
        m_pushRecord = 0;
    }
    m_running = false;
    qCInfo(lcSync) << "push finished: pushed" << m_outcome.pushed << "failed" << m_outcome.failed
                   << "conflicts" << m_outcome.conflicts << "requests" << m_outcome.requests;
    Q_EMIT finished();
}
