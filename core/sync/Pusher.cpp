#include "Pusher.h"

#include "base/Logging.h"
#include "gitlab/ServerReader.h"
#include "store/Workspace.h"
#include "sync/BatchSender.h"
#include "sync/PushCheck.h"
#include "sync/PushPlanner.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSet>
#include <QTimer>
#include <QUuid>

Pusher::Pusher(Workspace *workspace, GitLabClient *client, ApiShape shape, SecretStore *secrets,
               QString instanceId, QString holder, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_client(client), m_shape(std::move(shape)),
      m_secrets(secrets), m_instanceId(std::move(instanceId)), m_holder(std::move(holder)),
      m_mutations(m_shape), m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(std::chrono::seconds(5));
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        m_workspace->renewLease(m_lease.token, this, [this](const StoreResult &result) {
            if (result.error.isError())
                stopWith(result.error);
        });
    });
}

Pusher::~Pusher() = default;

void Pusher::push(const PushOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_options = options;
    m_outcome = {};
    m_selected.clear();
    m_lease = {};
    m_pushRecord = 0;
    if (!m_workspace->view().isComplete()) {
        // A push reads names and ids across every model: the whole view first.
        m_workspace->loadAll(this, [this, options](const StoreResult &) {
            m_running = false;
            push(options);
        });
        return;
    }
    if (m_options.dryRun) {
        // Nothing is decided: no lease, only the state as it is now.
        m_workspace->readAgain(this, [this](const StoreResult &) { start(); });
        return;
    }
    PushLease claim;
    claim.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    claim.holder = m_holder;
    claim.pid = QCoreApplication::applicationPid();
    claim.host = QHostInfo::localHostName();
    m_workspace->acquireLease(claim, this, [this](const StoreResult &result) {
        if (result.error.isError()) {
            finish(result.error.kindName(), result.error.message);
            return;
        }
        m_lease = result.lease;
        m_heartbeat->start();
        m_workspace->beginPush(this, [this](const StoreResult &begun) {
            m_pushRecord = begun.pushId;
            start();
        });
    });
}

void Pusher::cancel()
{
    m_cancelRequested = true;
    if (m_sender)
        m_sender->cancel();
}

void Pusher::start()
{
    select();
    if (m_selected.isEmpty()) {
        finish();
        return;
    }
    m_reader = new ServerReader(m_client, m_shape, this);
    refresh();
}

// The changes asked for, and the drafts they use: a change cannot be pushed without the
// create of a model it assigns features to or hands features over to.
void Pusher::select()
{
    const EffectiveView &view = m_workspace->view();
    QSet<QString> wanted(m_options.changeIds.cbegin(), m_options.changeIds.cend());
    if (!wanted.isEmpty()) {
        for (const QString &id : m_options.changeIds) {
            const Change *c = view.change(id);
            for (const QString &model : c ? c->referencedModels() : QStringList()) {
                if (const Change *create = view.pendingFor(Change::Kind::CreateModel, model))
                    wanted.insert(create->id);
            }
        }
    }
    for (const Change &c : view.changes()) {
        if (wanted.isEmpty() || wanted.contains(c.id))
            m_selected << c;
    }
}

// Reads again the server state of what the changes touch. A create that was in flight when a
// push died needs the whole model list, to be found by its unique name.
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
        case Change::Kind::SetAllowlist:
            needFeatures = true;
            break;
        case Change::Kind::UpdateDuoSettings:
            needDuo = true;
            break;
        }
    }
    ids.removeDuplicates();
    ids.removeIf([](const QString &id) { return SelfHostedModel::isLocalId(id); });

    struct Gathered
    {
        ServerFacts facts;
        ApiError error;
        int remaining = 3;
    };
    auto gathered = std::make_shared<Gathered>();
    auto oneDone = [this, gathered](const ApiError &error) {
        if (error.isError() && !gathered->error.isError())
            gathered->error = error;
        if (--gathered->remaining > 0)
            return;
        if (gathered->error.isError()) {
            finish(ApiError::categoryName(gathered->error.category()),
                   gathered->error.userMessage());
            return;
        }
        m_workspace->applyPush(gathered->facts, {}, m_lease.token, this,
                               [this](const StoreResult &result) {
                                   if (result.error.isError())
                                       stopWith(result.error);
                                   else
                                       check();
                               });
    };
    if (needAllModels) {
        m_reader->allModels(
            [this, gathered, oneDone](const QList<SelfHostedModel> &models, const ApiError &error) {
                if (!error.isError()) {
                    QSet<QString> present;
                    for (const SelfHostedModel &model : models)
                        present.insert(model.id);
                    for (const SelfHostedModel &known : m_workspace->view().snapshot().models) {
                        if (!present.contains(known.id))
                            gathered->facts.modelsRemoved << known.id;
                    }
                    gathered->facts.modelsPut << models;
                    gathered->facts.takenAt = QDateTime::currentDateTimeUtc();
                }
                oneDone(error);
            });
    } else {
        m_reader->models(ids, [gathered, oneDone](const ServerReader::ModelsById &found,
                                                  const ApiError &error) {
            for (auto it = found.constBegin(); !error.isError() && it != found.constEnd(); ++it) {
                if (it.value())
                    gathered->facts.modelsPut << *it.value();
                else
                    gathered->facts.modelsRemoved << it.key();
            }
            oneDone(error);
        });
    }
    if (needFeatures)
        m_reader->features([gathered, oneDone](const std::optional<QList<FeatureSetting>> &features,
                                               const ApiError &error) {
            if (!error.isError() && !features) {
                oneDone({ApiError::Category::Forbidden, ServerReader::featuresHiddenMessage()});
                return;
            }
            if (!error.isError())
                gathered->facts.features = *features;
            oneDone(error);
        });
    else
        oneDone({});
    if (needDuo)
        m_reader->duoSettings(
            [gathered, oneDone](const std::optional<DuoSettings> &duo, const ApiError &error) {
                if (!error.isError() && duo)
                    gathered->facts.duo = *duo;
                oneDone(error);
            });
    else
        oneDone({});
}

// Three-way check of every change against the fresh server state, then the plan.
void Pusher::check()
{
    const EffectiveView &view = m_workspace->view();
    QList<Change> current;
    for (const Change &c : std::as_const(m_selected)) {
        if (const Change *now = view.change(c.id))
            current << *now; // as it is now: it may have been edited meanwhile
    }
    const CheckOutcome checked = PushCheck::run(current, view, m_shape);
    m_outcome.pushed += checked.alreadyThere;
    m_outcome.results = checked.refused;
    m_outcome.failed = int(checked.refused.size());
    m_outcome.conflicts = checked.conflicts;
    m_outcome.plan = PushPlanner::plan(checked.planned, view, m_mutations, checked.createdIds);
    if (m_options.dryRun || m_cancelRequested) {
        m_outcome.cancelled = m_cancelRequested;
        finish();
        return;
    }
    const QHash<QString, QString> createdIds = checked.createdIds;
    m_workspace->applyPush({}, checked.transitions, m_lease.token, this,
                           [this, createdIds](const StoreResult &result) {
                               if (result.error.isError())
                                   stopWith(result.error);
                               else
                                   send(m_outcome.plan, createdIds);
                           });
}

void Pusher::send(const QList<PushStep> &plan, const QHash<QString, QString> &createdIds)
{
    BatchSender::Setup setup;
    setup.workspace = m_workspace;
    setup.client = m_client;
    setup.secrets = m_secrets;
    setup.mutations = &m_mutations;
    setup.instanceId = m_instanceId;
    setup.leaseToken = m_lease.token;
    setup.maxStepsPerBatch = m_options.maxStepsPerBatch;
    setup.maxBatchesInFlight = std::max(1, m_options.maxBatchesInFlight);
    setup.stopOnFirstError = m_options.stopOnFirstError;
    for (const Change &c : std::as_const(m_selected)) {
        if (c.sentAt.isValid())
            setup.wasInFlight.insert(c.id);
    }
    m_sender = new BatchSender(setup, plan, createdIds, this);
    connect(m_sender, &BatchSender::progress, this, &Pusher::progress);
    connect(m_sender, &BatchSender::finished, this, [this] {
        m_outcome.results += m_sender->results();
        m_outcome.pushed += m_sender->pushed();
        m_outcome.failed += m_sender->failed();
        m_outcome.requests += m_sender->requests();
        m_outcome.cancelled = m_sender->cancelled();
        finish(m_sender->errorCategory(), m_sender->errorMessage());
    });
    if (m_cancelRequested)
        m_sender->cancel();
    m_sender->start();
}

void Pusher::stopWith(const StoreError &error)
{
    if (m_sender)
        m_sender->stop(error.kindName(), error.message);
    else
        finish(error.kindName(), error.message);
}

void Pusher::finish(const QString &category, const QString &message)
{
    if (!m_running || m_finishing)
        return;
    m_finishing = true;
    if (m_outcome.errorMessage.isEmpty()) {
        m_outcome.errorCategory = category;
        m_outcome.errorMessage = message;
    }
    if (m_reader)
        m_outcome.requests += m_reader->requestsSent();
    m_heartbeat->stop();
    qCInfo(lcSync) << "push finished: pushed" << m_outcome.pushed << "failed" << m_outcome.failed
                   << "conflicts" << m_outcome.conflicts << "requests" << m_outcome.requests;
    auto done = [this] {
        m_running = false;
        m_finishing = false;
        Q_EMIT finished();
    };
    auto release = [this, done] {
        if (m_lease.token.isEmpty()) {
            done();
            return;
        }
        m_workspace->releaseLease(m_lease.token, this, [done](const StoreResult &) { done(); });
    };
    if (m_pushRecord)
        m_workspace->finishPush(m_pushRecord, m_outcome.toJson(), this,
                                [release](const StoreResult &) { release(); });
    else
        release();
}
