#pragma once

#include "model/PushStep.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

struct PushOptions
{
    QStringList changeIds; // empty: every change not yet pushed
    bool dryRun = false;   // refresh, check and plan; send nothing, store no decision
    bool stopOnFirstError = false;
    int maxStepsPerBatch = 0;   // 0: as many as GitLab's limits allow (1: one per request)
    int maxBatchesInFlight = 4; // independent batches sent at once
};

struct StepResult
{
    QString description;
    QString changeId;
    bool ok = false;
    QString error;
};

// What a push did: the plan, each step's outcome, and the counts; `error` when the push itself
// stopped (unreachable, refused, the workspace, an answer that may hide a write).
struct PushOutcome
{
    Q_DECLARE_TR_FUNCTIONS(PushOutcome)

public:
    QList<PushStep> plan;
    QList<StepResult> results;
    int pushed = 0;    // changes now on the server
    int failed = 0;    // changes GitLab refused (message on the change)
    int conflicts = 0; // changes waiting for a decision
    int requests = 0;  // HTTP requests this push sent
    bool cancelled = false;
    QString errorCategory; // empty unless the push itself stopped
    QString errorMessage;

    bool stopped() const { return !errorMessage.isEmpty(); }
    QJsonObject toJson() const;
    QString countsText() const;
    // The same sentence for a push of the history, from what toJson() kept of it.
    static QString countsText(const QJsonObject &summary);
};

Q_DECLARE_METATYPE(PushOutcome)
