#pragma once

#include <QCoreApplication>

class CliContext;
struct ModelTestResult;

// duo-console models test MODEL: GitLab's own connection check and a probe from this computer.
class ModelTestCommand
{
    Q_DECLARE_TR_FUNCTIONS(ModelTestCommand)

public:
    static void run(CliContext &ctx);

private:
    static void print(CliContext &ctx, const ModelTestResult &result);
};
