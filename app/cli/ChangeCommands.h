#pragma once

#include "CommandLine.h"
#include "model/Change.h"
#include "model/DraftRules.h"
#include "model/PushOutcome.h"

#include <QCoreApplication>
#include <optional>

class CliContext;
class InstanceSession;

using ExitCode = CommandLine::ExitCode;

// duo-console changes list|push|discard|resolve, and refresh.
class ChangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommands)

public:
    static void list(CliContext &ctx);
    static void push(CliContext &ctx);
    static void discard(CliContext &ctx);
    static void resolve(CliContext &ctx);
    static void refresh(CliContext &ctx);

    // Connects, pushes, prints the outcome and ends the command with its exit code.
    static void pushAndReport(CliContext &ctx, InstanceSession &session,
                              const PushOptions &options);
    // Records the edit (with the API key entered for it, if any); then pushes it unless
    // --offline or --no-apply.
    static void recordAndPush(CliContext &ctx, InstanceSession &session, const Edit &edit,
                              const QString &apiKey = {});
    // With --offline, says on standard error how old the snapshot shown is.
    static void noteSnapshotAge(CliContext &ctx, const InstanceSession &session);
    static QString recordedLine(const Change &change);
    // "3 minutes ago", for a snapshot's time.
    static QString age(const QDateTime &takenAt);

private:
    static void report(CliContext &ctx, const InstanceSession &session, const PushOutcome &outcome,
                       bool dryRun);
    static ExitCode exitCodeOf(const PushOutcome &outcome);
    static std::optional<QString> uniqueChange(CliContext &ctx, const InstanceSession &session,
                                               const QString &prefix);
};
