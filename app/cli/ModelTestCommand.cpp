#include "ModelTestCommand.h"

#include "CliContext.h"
#include "model/DraftRules.h"
#include "session/InstanceSession.h"

void ModelTestCommand::run(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1) {
        ctx.usage(tr("Usage: duo-console models test -i NAME MODEL [--api-key-stdin] [--json]"));
        return;
    }
    if (ctx.offline()) {
        ctx.usage(tr("A test reaches the instance and the model; it cannot run with --offline."));
        return;
    }
    const QString typedKey =
        ctx.isSet(QStringLiteral("api-key-stdin")) ? ctx.stdinSecret() : QString();
    ctx.withSession([&ctx, args, typedKey](InstanceSession &session) {
        InstanceSession *s = &session;
        ctx.connected(session, [&ctx, s, args, typedKey] {
            auto test = [&ctx, s, args, typedKey] {
                const QString id = DraftRules::modelId(s->view(), args.first());
                if (!s->view().model(id)) {
                    ctx.fail(ExitCode::Failure, QStringLiteral("not-found"),
                             tr("There is no model '%1'.").arg(args.first()));
                    return;
                }
                s->testModel(id, {}, typedKey, s, [&ctx](const ModelTestResult &result) {
                    print(ctx, result);
                    ctx.finish(result.ok() ? ExitCode::Ok : ExitCode::Failure);
                });
            };
            if (s->view().snapshotExists()) {
                test();
                return;
            }
            s->refresh(s, [&ctx, test](const Outcome &outcome) {
                if (outcome.ok())
                    test();
                else
                    ctx.fail(outcome);
            });
        });
    });
}

void ModelTestCommand::print(CliContext &ctx, const ModelTestResult &r)
{
    if (ctx.json()) {
        ctx.printJson(r.toJson());
        return;
    }
    const auto verdict = &ModelTestResult::verdict;
    ctx.print(tr("From GitLab (GitLab → AI gateway → model): %1")
                  .arg(verdict(r.gitlab.ran, r.gitlab.ok)));
    ctx.print(QLatin1String("  ") + r.gitlab.message);
    ctx.print(tr("From this computer (%1): %2")
                  .arg(r.local.url.isEmpty() ? tr("no endpoint") : r.local.url,
                       verdict(r.local.ran, r.local.ok)));
    ctx.print(QLatin1String("  ") + r.local.message);
    if (r.local.ran && r.local.totalMs >= 0)
        ctx.print(QLatin1String("  ") + r.timings());
}
