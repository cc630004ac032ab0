#pragma once

#include "model/ApiShape.h"
#include "model/DraftRules.h"

#include <QCoreApplication>
#include <optional>

class CliContext;
class InstanceSession;

// duo-console models list|add|edit|delete. Edits are recorded in the workspace, then pushed at
// once unless --offline or --no-apply.
class ModelCommands
{
    Q_DECLARE_TR_FUNCTIONS(ModelCommands)

public:
    static void list(CliContext &ctx);
    static void add(CliContext &ctx);
    static void edit(CliContext &ctx);
    static void remove(CliContext &ctx);

private:
    static void print(CliContext &ctx, const InstanceSession &session);
    static std::optional<QJsonObject> fields(CliContext &ctx, const ApiShape &shape);
    static void record(CliContext &ctx, InstanceSession &session, const Edit &edit);
};
