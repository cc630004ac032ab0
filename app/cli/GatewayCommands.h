#pragma once

#include "model/ApiShape.h"
#include "model/DraftRules.h"
#include "model/GatewayHealth.h"

#include <QCoreApplication>
#include <optional>

class CliContext;
class InstanceSession;

// duo-console gateway show|set: the instance's Duo hosting settings (the AI gateway URL and
// timeout, the Agent Platform service and its TLS), with --check the gateway's health from this
// computer and GitLab's own probes. Before 17.9 GitLab has no API for them: the gitlab.rb
// snippet is printed instead. A new value is recorded in the workspace, then pushed at once
// unless --offline or --no-apply.
class GatewayCommands
{
    Q_DECLARE_TR_FUNCTIONS(GatewayCommands)

public:
    static void show(CliContext &ctx);
    static void set(CliContext &ctx);

    // The gitlab.rb lines that set the AI gateway URL where GitLab has no API for it.
    static QString snippet(const QString &url);

private:
    static void print(CliContext &ctx, const InstanceSession &session,
                      const std::optional<GatewayHealth> &health,
                      const std::optional<ServerProbes> &probes);
    static void printHealth(CliContext &ctx, const GatewayHealth &health);
    static void printProbes(CliContext &ctx, const ServerProbes &probes);
    static void check(CliContext &ctx, InstanceSession &session);
    // The edit the options ask for; nothing (the command failed) when the instance lacks one.
    static std::optional<Edit> edit(CliContext &ctx, const InstanceSession &session);
};
