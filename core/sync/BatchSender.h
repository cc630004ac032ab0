#pragma once

#include "gitlab/BatchComposer.h"
#include "model/PushOutcome.h"
#include "model/PushTransitions.h"
#include "model/SecretResult.h"
#include "model/StoreError.h"
#include "net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class GitLabClient;
class SecretStore;
class Workspace;

// Sends a plan: every step whose dependencies have succeeded is ready; ready steps go out as
// batches of aliased mutations, a few batches in flight at once. Each batch is journaled (its
// changes marked in flight, committed) before it leaves, and its outcome committed before the
// steps that wait for it are sent. An answer that may hide writes stops the push: what was in
// flight stays in the journal, and the next push reconciles it.
class BatchSender : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        Workspace *workspace = nullptr;
        GitLabClient *client = nullptr;
        SecretStore *secrets = nullptr;
        const Mutations *mutations = nullptr;
        QString instanceId;
        QString leaseToken;
        int maxStepsPerBatch = 0; // 0: as many as GitLab's limits allow
        int maxBatchesInFlight = 4;
        bool stopOnFirstError = false;
        QSet<QString> wasInFlight; // changes a previous push left in flight
    };

    BatchSender(Setup setup, QList<PushStep> plan, QHash<QString, QString> createdIds,
                QObject *parent = nullptr);
    ~BatchSender() override;

    void start();
    // Sends nothing more; the batches in flight are answered first.
    void cancel();
    // Stops as cancel() does, and reports `category` / `message` as why.
    void stop(const QString &category, const QString &message);

    const QList<PushStep> &plan() const { return m_plan; }
    const QList<StepResult> &results() const { return m_results; }
    int pushed() const { return m_pushed; }
    int failed() const { return m_failedChanges.size(); }
    int requests() const { return m_requests; }
    bool cancelled() const { return m_cancelled; }
    QString errorCategory() const { return m_errorCategory; }
    QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    void progress(int stepsDone, int stepsTotal, const QString &current);
    void finished();

private:
    enum class StepState { Waiting, Sending, Succeeded, Failed };

    void pump();
    void sendBatch(QList<int> steps);
    void readKeys(const QList<int> &steps, std::function<void()> then);
    void journalAndSend(const QList<int> &steps);
    void readAnswer(const QList<int> &steps, ApiCall *call);
    void batchFailed(const QList<int> &steps, const ApiError &error);
    void commit(const ServerFacts &facts, const QList<PushTransition> &transitions);
    void fail(int step, const QString &message, QList<PushTransition> &transitions);
    bool changeDone(const QString &changeId) const;
    QJsonObject sentByChange(const QString &changeId) const;
    void finishIfIdle();

    Setup m_setup;
    BatchComposer m_composer;
    QList<PushStep> m_plan;
    QList<StepState> m_state;
    QHash<QString, QList<int>> m_stepsOfChange;
    QHash<QString, QString> m_createdIds; // local id → global id
    QHash<QString, QString> m_apiKeys;    // change id → key, read just before sending
    QList<StepResult> m_results;
    QSet<QString> m_failedChanges;
    int m_inFlight = 0; // batches sent or being prepared
    int m_stepsDone = 0;
    int m_pushed = 0;
    int m_requests = 0;
    bool m_stopping = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_errorCategory;
    QString m_errorMessage;
};
