#pragma once

#include "model/DraftRules.h"
#include "model/FeatureSetting.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class CliContext;
class EffectiveView;
class InstanceSession;

// duo-console features list|set|allowlist: the AI-native features as the instance lists them,
// grouped as GitLab groups them, and what serves each. Assignments and allowlists are recorded
// in the workspace, then pushed at once unless --offline or --no-apply.
class FeatureCommands
{
    Q_DECLARE_TR_FUNCTIONS(FeatureCommands)

public:
    static void list(CliContext &ctx);
    static void set(CliContext &ctx);
    static void allowlist(CliContext &ctx);

private:
    static void print(CliContext &ctx, const InstanceSession &session);
    static void printRow(CliContext &ctx, const EffectiveView &view, const FeatureSetting &setting);
    // The edit `make` builds from the session (nothing: it failed the command), recorded and
    // pushed; the server is read first when it never was, unless --offline. `completeView`: the
    // session's view holds every model, not only those the changes touch.
    static void record(CliContext &ctx, bool completeView,
                       std::function<std::optional<Edit>(const InstanceSession &)> make);
    static std::optional<Edit> assignment(CliContext &ctx, const InstanceSession &session,
                                          const QStringList &features);
    // Whether the instance lists every feature named; fails the command when not.
    static bool known(CliContext &ctx, const InstanceSession &session, const QStringList &features);
};
