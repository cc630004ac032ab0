#pragma once

#include "model/InstanceProfile.h"

#include <QCoreApplication>

class CliContext;

// duo-console instance add|edit|list|remove|token.
class InstanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(InstanceCommands)

public:
    static void add(CliContext &ctx);
    static void edit(CliContext &ctx);
    static void list(CliContext &ctx);
    static void remove(CliContext &ctx);
    static void setToken(CliContext &ctx);

private:
    static bool readConnection(CliContext &ctx, ConnectionSettings &connection);
    static void save(CliContext &ctx, const InstanceProfile &profile, const QString &doneMessage,
                     const QString &noTokenHint);
};
