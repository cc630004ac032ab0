#include "BatchSender.h"

#include "net/ApiCall.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/PushAnswers.h"

#include <QJsonArray>

BatchSender::BatchSender(Setup setup, QList<PushStep> plan, QHash<QString, QString> createdIds,
                         QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_composer(m_setup.mutations->templates()),
      m_plan(std::move(plan)), m_state(m_plan.size(), StepState::Waiting),
      m_createdIds(std::move(createdIds))
{
    for (int i = 0; i < m_plan.size(); ++i)
        m_stepsOfChange[m_plan[i].changeId] << i;
}

BatchSender::~BatchSender() = default;

void BatchSender::start()
{
    Q_EMIT progress(0, int(m_plan.size()), QString());
    pump();
}

void BatchSender::cancel()
{
    m_cancelled = true;
    m_stopping = true;
    finishIfIdle();
}

void BatchSender::stop(const QString &category, const QString &message)
{
    if (m_errorMessage.isEmpty()) {
        m_errorCategory = category;
        m_errorMessage = message;
    }
    m_stopping = true;
    finishIfIdle();
}

void BatchSender::pump()
{
    if (m_finished)
        return;
    if (m_setup.stopOnFirstError && !m_failedChanges.isEmpty())
        m_stopping = true;
    if (m_stopping) {
        finishIfIdle();
        return;
    }
    // Steps that wait for a failed step can never go: they fail, and what waits for them.
    QList<PushTransition> transitions;
    for (bool more = true; more;) {
        more = false;
        for (int i = 0; i < m_plan.size(); ++i) {
            if (m_state[i] != StepState::Waiting)
                continue;
            for (int dependency : std::as_const(m_plan[i].dependsOn)) {
                if (m_state[dependency] == StepState::Failed) {
                    fail(i, tr("Skipped: a step it depends on failed."), transitions);
                    more = true;
                    break;
                }
            }
        }
    }
    QList<int> ready;
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_state[i] != StepState::Waiting)
            continue;
        const bool free = std::all_of(m_plan[i].dependsOn.cbegin(), m_plan[i].dependsOn.cend(),
                                      [&](int d) { return m_state[d] == StepState::Succeeded; });
        if (free)
            ready << i;
    }
    // Nothing ready and nothing on its way: what still waits can never go.
    if (ready.isEmpty() && m_inFlight == 0) {
        for (int i = 0; i < m_plan.size(); ++i) {
            if (m_state[i] == StepState::Waiting)
                fail(i, tr("Skipped: the steps it waits for could not be ordered."), transitions);
        }
    }
    if (!transitions.isEmpty())
        commit({}, transitions);
    // Stopping at the first refusal means one batch at a time, one kind of step at a time, in
    // the plan's order: nothing goes out beside or after a step that may be refused.
    const int inFlight = m_setup.stopOnFirstError ? 1 : m_setup.maxBatchesInFlight;
    while (m_inFlight < inFlight && !ready.isEmpty()) {
        QList<int> candidates = ready;
        if (m_setup.stopOnFirstError)
            candidates.removeIf(
                [&](int i) { return m_plan[i].mutation != m_plan[ready.first()].mutation; });
        const QList<int> batch =
            m_composer.split(m_plan, candidates, m_setup.maxStepsPerBatch).first();
        for (int i : batch) {
            m_state[i] = StepState::Sending;
            ready.removeOne(i);
        }
        sendBatch(batch);
    }
    finishIfIdle();
}

void BatchSender::sendBatch(QList<int> steps)
{
    ++m_inFlight;
    readKeys(steps, [this, steps] { journalAndSend(steps); });
}

// API keys entered in drafts come from the keychain just before they are sent.
void BatchSender::readKeys(const QList<int> &steps, std::function<void()> then)
{
    QStringList wanted;
    for (int i : steps) {
        const PushStep &step = m_plan[i];
        if (step.needsApiKey && !m_apiKeys.contains(step.changeId) &&
            !wanted.contains(step.changeId))
            wanted << step.changeId;
    }
    if (wanted.isEmpty()) {
        then();
        return;
    }
    auto remaining = std::make_shared<qsizetype>(wanted.size());
    for (const QString &changeId : std::as_const(wanted)) {
        const Change *change = m_setup.workspace->view().change(changeId);
        const QString key = change ? change->apiKeyName(m_setup.instanceId) : QString();
        m_setup.secrets->read(key, this, [this, changeId, remaining, then](const SecretResult &r) {
            m_apiKeys.insert(changeId, r.ok() ? r.secret : QString());
            if (!r.ok()) {
                QList<PushTransition> transitions;
                for (int i : m_stepsOfChange.value(changeId)) {
                    if (m_state[i] == StepState::Sending || m_state[i] == StepState::Waiting)
                        fail(i,
                             tr("The API key entered for this model could not be read from "
                                "the keychain: %1")
                                 .arg(r.message()),
                             transitions);
                }
                commit({}, transitions);
            }
            if (--*remaining == 0)
                then();
        });
    }
}

void BatchSender::journalAndSend(const QList<int> &planned)
{
    QList<int> steps;
    QHash<QString, QJsonObject> sends;
    QStringList order;
    QList<PushTransition> refused;
    for (int i : planned) {
        if (m_state[i] != StepState::Sending)
            continue; // failed meanwhile (its key could not be read)
        PushStep &step = m_plan[i];
        bool unresolved = false;
        for (const char *key : {"id", "aiSelfHostedModelId"}) {
            const QString id = step.input.value(QLatin1String(key)).toString();
            if (m_createdIds.contains(id))
                step.input.insert(QLatin1String(key), m_createdIds.value(id));
            else if (SelfHostedModel::isLocalId(id))
                unresolved = true;
        }
        // The journal names the model as the change now does: by its global id.
        for (const char *key : {"modelId", "reassignTo"}) {
            const QString id = step.sends.value(QLatin1String(key)).toString();
            if (m_createdIds.contains(id))
                step.sends.insert(QLatin1String(key), m_createdIds.value(id));
        }
        if (unresolved) {
            // GitLab would refuse the whole request for one id it cannot read.
            fail(i,
                 tr("It uses a model that was not created: push that model's creation first, "
                    "or choose another model."),
                 refused);
            continue;
        }
        steps << i;
        if (!sends.contains(step.changeId))
            order << step.changeId;
        sends[step.changeId] = PushAnswers::mergedSends(sends.value(step.changeId), step.sends);
    }
    if (!refused.isEmpty())
        commit({}, refused);
    if (steps.isEmpty()) {
        --m_inFlight;
        pump();
        return;
    }
    QList<PushTransition> journal;
    for (const QString &changeId : std::as_const(order)) {
        PushTransition sent{PushTransition::Op::Sent, changeId};
        sent.sent = sends.value(changeId);
        journal << sent;
    }
    // Marked in flight and committed before anything leaves; or nothing leaves.
    m_setup.workspace->applyPush(
        {}, journal, m_setup.leaseToken, this, [this, steps](const StoreResult &result) {
            if (result.error.isError()) {
                for (int i : steps)
                    m_state[i] = StepState::Waiting;
                --m_inFlight;
                stop(result.error.kindName(),
                     tr("%1\nNothing more was sent.").arg(result.error.message));
                return;
            }
            QList<PushStep> plan = m_plan;
            for (int i : steps) {
                PushStep &step = plan[i];
                const QString key = m_apiKeys.value(step.changeId);
                if (step.needsApiKey && !key.isEmpty())
                    step.input.insert(QStringLiteral("apiToken"), key);
            }
            const Batch batch = m_composer.compose(plan, steps);
            ApiCall *call = m_setup.client->graphql(batch.document, batch.variables);
            ++m_requests;
            connect(call, &ApiCall::finished, this,
                    [this, steps, call] { readAnswer(steps, call); });
        });
}

void BatchSender::readAnswer(const QList<int> &steps, ApiCall *call)
{
    call->deleteLater();
    const QJsonObject data = call->data();
    if (data.isEmpty() && call->error().isError()) {
        // A complete GraphQL answer with errors and no "data" comes from validation: nothing
        // ran. A cut-off, unreadable or timed-out answer may hide writes: it stays in flight.
        const QJsonObject answer = call->json().object();
        const bool notExecuted = call->httpStatus() == 200 &&
                                 answer.value(QLatin1String("errors")).isArray() &&
                                 !answer.contains(QLatin1String("data"));
        if (notExecuted || PushAnswers::refusedBeforeExecution(call->error()))
            batchFailed(steps, call->error());
        else {
            --m_inFlight;
            stop(ApiError::categoryName(call->error().category()),
                 tr("%1\nThe changes being sent are kept; push again to check them against "
                    "the server and finish.")
                     .arg(call->error().userMessage()));
        }
        return;
    }
    // Errors at the top level name the alias they belong to in their path.
    QHash<QString, QString> topErrors;
    for (const auto &entry : call->graphqlErrors()) {
        const QJsonObject error = entry.toObject();
        const QString alias = error.value(QLatin1String("path")).toArray().first().toString();
        topErrors.insert(alias, error.value(QLatin1String("message")).toString());
    }
    ServerFacts facts;
    QList<PushTransition> transitions;
    for (int position = 0; position < steps.size(); ++position) {
        const int i = steps[position];
        const PushStep &step = m_plan[i];
        const QString alias = BatchComposer::alias(position);
        const StepAnswer answer = m_setup.mutations->read(step, data.value(alias));
        if (!answer.ok) {
            QString message = answer.errors.join(QLatin1String(", "));
            if (message.isEmpty())
                message = topErrors.value(alias, tr("GitLab did not answer this step."));
            fail(i, message, transitions);
            continue;
        }
        m_state[i] = StepState::Succeeded;
        ++m_stepsDone;
        m_results.append({step.description, step.changeId, true, {}});
        facts.merge(m_setup.mutations->applied(step, answer, m_setup.workspace->view()));
        if (step.mutation == PushStep::Mutation::CreateModel) {
            m_createdIds.insert(step.model, answer.createdId);
            PushTransition created{PushTransition::Op::Created, step.changeId};
            created.sent = step.sends;
            created.globalId = answer.createdId;
            transitions << created;
        }
        if (changeDone(step.changeId)) {
            ++m_pushed;
            const QJsonObject sent = sentByChange(step.changeId);
            const bool onlyCreate = std::all_of(
                m_stepsOfChange[step.changeId].cbegin(), m_stepsOfChange[step.changeId].cend(),
                [&](int s) { return m_plan[s].mutation == PushStep::Mutation::CreateModel; });
            if (!onlyCreate) {
                PushTransition finished{PushTransition::Op::Finished, step.changeId};
                finished.sent = sent;
                transitions << finished;
            }
        }
    }
    Q_EMIT progress(m_stepsDone, int(m_plan.size()), m_plan[steps.last()].description);
    --m_inFlight;
    commit(facts, transitions);
}

void BatchSender::batchFailed(const QList<int> &steps, const ApiError &error)
{
    // Nothing ran: the steps failed with GitLab's reason, and nothing is in flight.
    QList<PushTransition> transitions;
    for (int i : steps) {
        PushTransition unsent{PushTransition::Op::Unsent, m_plan[i].changeId};
        transitions << unsent;
    }
    for (int i : steps)
        fail(i, error.userMessage(), transitions);
    --m_inFlight;
    commit({}, transitions);
}

void BatchSender::commit(const ServerFacts &facts, const QList<PushTransition> &transitions)
{
    if (facts.isEmpty() && transitions.isEmpty()) {
        pump();
        return;
    }
    ++m_inFlight; // the outcome is committed before anything that waits for it goes
    m_setup.workspace->applyPush(facts, transitions, m_setup.leaseToken, this,
                                 [this](const StoreResult &result) {
                                     --m_inFlight;
                                     if (result.error.isError())
                                         stop(result.error.kindName(), result.error.message);
                                     pump();
                                 });
}

void BatchSender::fail(int step, const QString &message, QList<PushTransition> &transitions)
{
    const PushStep &s = m_plan[step];
    m_state[step] = StepState::Failed;
    ++m_stepsDone;
    const QString explained =
        PushAnswers::explain(s, message, m_setup.workspace->view(), m_setup.wasInFlight);
    m_results.append({s.description, s.changeId, false, explained});
    if (m_failedChanges.contains(s.changeId))
        return;
    m_failedChanges.insert(s.changeId);
    PushTransition failed{PushTransition::Op::Failed, s.changeId};
    failed.message = explained;
    transitions << failed;
    // The rest of this change does not go either (a delete after a failed reassignment).
    for (int other : m_stepsOfChange.value(s.changeId)) {
        if (m_state[other] == StepState::Waiting) {
            m_state[other] = StepState::Failed;
            ++m_stepsDone;
            m_results.append({m_plan[other].description, s.changeId, false,
                              tr("Skipped: an earlier step of this change failed.")});
        }
    }
}

bool BatchSender::changeDone(const QString &changeId) const
{
    const QList<int> steps = m_stepsOfChange.value(changeId);
    return std::all_of(steps.cbegin(), steps.cend(),
                       [&](int s) { return m_state[s] == StepState::Succeeded; });
}

QJsonObject BatchSender::sentByChange(const QString &changeId) const
{
    QJsonObject sent;
    for (int s : m_stepsOfChange.value(changeId)) {
        if (m_plan[s].mutation != PushStep::Mutation::CreateModel)
            sent = PushAnswers::mergedSends(sent, m_plan[s].sends);
    }
    return sent;
}

void BatchSender::finishIfIdle()
{
    if (m_finished || m_inFlight > 0)
        return;
    const bool allSettled = std::none_of(m_state.cbegin(), m_state.cend(), [](StepState s) {
        return s == StepState::Waiting || s == StepState::Sending;
    });
    if (!m_stopping && !allSettled)
        return;
    m_finished = true;
    Q_EMIT finished();
}
