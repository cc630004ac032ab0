#pragma once

#include "model/License.h"

#include <QCoreApplication>

class CliContext;
class InstanceSession;

// duo-console subscription: the license (with its history and the subscriptions to come), the
// Duo add-ons and their seats, and whether this instance can use self-hosted models, in words,
// with what to do when it cannot.
class SubscriptionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionCommand)

public:
    static void run(CliContext &ctx);

private:
    static void printText(CliContext &ctx, const InstanceSession &session,
                          const SubscriptionInfo &info);
};
