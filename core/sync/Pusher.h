#pragma once

#include "BatchComposer.h"
#include "PushPlanner.h"
#include "gitlab/ApiShape.h"
#include "net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class GitLabClient;
class SecretStore;
class ServerReader;
class Workspace;

struct PushOptions
{
    QStringList changeIds; // empty: every change not yet pushed
    bool dryRun = false;   // refresh, check and plan; send nothing, store nothing
    bool stopOnFirstError = false;
    int maxStepsPerBatch = 0; // 0: as many as GitLab's limits allow (1: one mutation per request)
};

struct StepResult
{
    QString description;
    QString changeId;
    bool ok = false;
    QString error;
};

struct PushOutcome
{
    QList<PushStep> plan;
    QList<StepResult> results;
    int pushed = 0;    // changes now on the server
    int failed = 0;    // changes GitLab refused (message on the change)
    int conflicts = 0; // changes waiting for a decision
    int requests = 0;  // HTTP requests this push sent
    bool cancelled = false;
    ApiError error; // the push itself stopped: unreachable, or an answer that may hide a write

    QJsonObject toJson() const;
};

// The only code that sends mutations. A push refreshes the server state of what the changes
// touch, checks each change three ways, plans the steps, and sends them in batches of aliased
// mutations. Each batch is marked in the journal before it goes out and its outcome committed
// before the next one, so a crash or a kill loses nothing and creates nothing twice: the next
// push reconciles unfinished steps against the server (a create by its unique name) first.
class Pusher : public QObject
{
    Q_OBJECT

public:
    Pusher(Workspace *workspace, GitLabClient *client, ApiShape shape, SecretStore *secrets,
           QString instanceId, QObject *parent = nullptr);
    ~Pusher() override;

    void push(const PushOptions &options);
    // Stops after the batch in flight: a mutation already sent is never abandoned half-way.
    void cancel();

    bool isRunning() const { return m_running; }
    const PushOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(int stepsDone, int stepsTotal, const QString &current);
    void finished();

private:
    struct ServerView;
    void refresh();
    void check();
    void sendNextBatch();
    void sendBatch(const QList<int> &steps);
    void readBatchAnswer(const QList<int> &steps, class ApiCall *call);
    bool stepSucceeded(const PushStep &step, const QJsonObject &payload);
    void stepFailed(const PushStep &step, const QString &message);
    void finishChangeIfDone(const QString &changeId);
    void finish(ApiError error = {});
    QString describeFailure(const PushStep &step, const QString &message) const;

    Workspace *m_workspace;
    GitLabClient *m_client;
    ApiShape m_shape;
    SecretStore *m_secrets;
    QString m_instanceId;
    BatchComposer m_composer;
    QPointer<ServerReader> m_reader;
    PushOptions m_options;
    PushOutcome m_outcome;
    QList<Change> m_selected;
    QList<QList<int>> m_batches;
    int m_nextBatch = 0;
    int m_stepsDone = 0;
    QHash<QString, int> m_stepsLeft; // change id → steps not yet answered
    QSet<QString> m_failedChanges;
    QSet<QString> m_wasInFlight;          // changes a previous push left in flight
    QHash<QString, QString> m_createdIds; // local id → global id
    QHash<QString, QString> m_apiKeys;    // change id → key, read just before sending
    qint64 m_pushRecord = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};
