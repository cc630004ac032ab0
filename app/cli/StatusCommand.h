#pragma once

#include <QCoreApplication>

class CliContext;
class InstanceSession;
struct SetupReport;

// duo-console status: connects, and shows what connecting learnt.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    static void run(CliContext &ctx);
    static void check(CliContext &ctx);

private:
    static void printText(CliContext &ctx, const InstanceSession &session);
    static void printReport(CliContext &ctx, const SetupReport &report);
};
