#pragma once

#include "model/ApiShape.h"
#include "model/GatewayHealth.h"

#include <QCoreApplication>
#include <functional>

class GitLabClient;

// What GitLab itself says about its AI set-up: cloudConnectorStatus (17.3+) and, where the
// instance has it, the Agent Platform functional check, which it also starts.
class GatewayChecks
{
    Q_DECLARE_TR_FUNCTIONS(GatewayChecks)

public:
    static void serverProbes(GitLabClient *client, const ApiShape &shape, QObject *context,
                             std::function<void(const ServerProbes &)> done);
    // Starts a functional check in the namespace `fullPath`; an empty error when it started.
    static void runFunctionalCheck(GitLabClient *client, const QString &fullPath, QObject *context,
                                   std::function<void(const QString &)> done);
};
