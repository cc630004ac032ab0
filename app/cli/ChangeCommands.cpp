#include "ChangeCommands.h"

#include "CliContext.h"
#include "session/InstanceSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

QString ChangeCommands::age(const QDateTime &takenAt)
{
    if (!takenAt.isValid())
        return tr("never");
    const qint64 seconds = takenAt.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 120)
        return tr("%n second(s) ago", nullptr, int(seconds));
    if (seconds < 7200)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 172800)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString ChangeCommands::recordedLine(const Change &change)
{
    return tr("Recorded change %1 (%2 %3).")
        .arg(change.id.left(8), Change::kindName(change.kind), change.target);
}

ExitCode ChangeCommands::exitCodeOf(const PushOutcome &outcome)
{
    if (outcome.stopped() || outcome.failed > 0)
        return ExitCode::Failure;
    if (outcome.conflicts > 0)
        return ExitCode::ConflictsNeedDecision;
    return ExitCode::Ok;
}

void ChangeCommands::report(CliContext &ctx, const InstanceSession &session,
                            const PushOutcome &outcome, bool dryRun)
{
    QList<Change> conflicting;
    for (const Change &c : session.view().changes()) {
        if (c.status == Change::Status::Conflict)
            conflicting << c;
    }
    if (ctx.json()) {
        QJsonObject json = outcome.toJson();
        if (dryRun) {
            QJsonArray plan;
            for (const PushStep &step : outcome.plan)
                plan.append(step.toJson());
            json = {{QStringLiteral("plan"), plan},
                    {QStringLiteral("alreadyOnServer"), outcome.pushed},
                    {QStringLiteral("conflicts"), outcome.conflicts}};
            if (outcome.stopped())
                json.insert(QStringLiteral("error"),
                            outcome.toJson().value(QLatin1String("error")));
        }
        QJsonArray conflicts;
        for (const Change &c : std::as_const(conflicting))
            conflicts.append(c.toJson());
        json.insert(QStringLiteral("conflictingChanges"), conflicts);
        ctx.printJson(json);
    } else if (dryRun) {
        ctx.print(tr("Plan (%n step(s)); nothing was sent:", nullptr, int(outcome.plan.size())));
        for (int n = 0; n < outcome.plan.size(); ++n)
            ctx.print(QStringLiteral("  %1. %2").arg(n + 1).arg(outcome.plan[n].description));
        if (outcome.conflicts)
            ctx.print(tr("%n change(s) conflict with the server and need a decision.", nullptr,
                         outcome.conflicts));
    } else {
        for (const StepResult &result : outcome.results) {
            if (result.ok)
                ctx.print(tr("  done    %1").arg(result.description));
            else
                ctx.print(tr("  FAILED  %1: %2").arg(result.description, result.error));
        }
        for (const Change &c : std::as_const(conflicting))
            ctx.print(tr("  CONFLICT %1 %2: %3").arg(Change::kindName(c.kind), c.target, c.error));
        ctx.print(outcome.countsText());
    }
    if (outcome.stopped()) {
        for (const QString &line : outcome.errorMessage.split(QLatin1Char('\n')))
            ctx.warn(line);
    }
    ctx.finish(exitCodeOf(outcome));
}

void ChangeCommands::pushAndReport(CliContext &ctx, InstanceSession &session,
                                   const PushOptions &options)
{
    InstanceSession *s = &session;
    ctx.connected(session, [&ctx, s, options] {
        QObject::connect(s, &InstanceSession::pushFinished, s,
                         [&ctx, s, options](const PushOutcome &outcome) {
                             report(ctx, *s, outcome, options.dryRun);
                         });
        if (!s->push(options))
            ctx.fail(ExitCode::Failure, QStringLiteral("push"), s->pushBlockedReason());
    });
}

void ChangeCommands::recordAndPush(CliContext &ctx, InstanceSession &session, const Edit &edit,
                                   const QString &apiKey)
{
    InstanceSession *s = &session;
    session.record(
        edit, apiKey, s, [&ctx, s](const Outcome &outcome, const std::optional<Change> &change) {
            if (!outcome.ok()) {
                ctx.fail(outcome);
                return;
            }
            if (!change) {
                if (ctx.json())
                    ctx.printJson(
                        QJsonObject{{QStringLiteral("recorded"), QJsonValue()},
                                    {QStringLiteral("message"), tr("Nothing to change.")}});
                else
                    ctx.print(tr("Nothing to change."));
                ctx.finish(ExitCode::Ok);
                return;
            }
            if (ctx.offline() || ctx.isSet(QStringLiteral("no-apply"))) {
                if (ctx.json()) {
                    ctx.printJson(QJsonObject{{QStringLiteral("recorded"), change->toJson()}});
                } else {
                    ctx.print(recordedLine(*change));
                    ctx.print(tr("Push it with 'duo-console changes push -i %1'.")
                                  .arg(s->profile().name));
                }
                ctx.finish(ExitCode::Ok);
                return;
            }
            if (!ctx.json())
                ctx.print(recordedLine(*change));
            PushOptions options;
            options.changeIds = {change->id};
            pushAndReport(ctx, *s, options);
        });
}

void ChangeCommands::noteSnapshotAge(CliContext &ctx, const InstanceSession &session)
{
    if (!ctx.offline())
        return;
    const QDateTime takenAt = session.view().snapshotTakenAt();
    ctx.warn(
        tr("As read from the server %1 (snapshot of %2).")
            .arg(age(takenAt), QLocale().toString(takenAt.toLocalTime(), QLocale::ShortFormat)));
}

void ChangeCommands::list(CliContext &ctx)
{
    ctx.withSession(
        [&ctx](InstanceSession &session) {
            const QList<Change> changes = session.view().changes();
            if (ctx.json()) {
                QJsonArray array;
                for (const Change &c : changes)
                    array.append(c.toJson());
                ctx.printJson(array);
                ctx.finish(ExitCode::Ok);
                return;
            }
            if (changes.isEmpty())
                ctx.print(tr("No pending changes."));
            for (const Change &c : changes) {
                QStringList row{
                    c.id.left(8), c.statusText(), Change::kindName(c.kind), c.target,
                    QString::fromUtf8(QJsonDocument(c.values).toJson(QJsonDocument::Compact))};
                if (!c.error.isEmpty())
                    row << c.error;
                ctx.printRow(row);
            }
            ctx.finish(ExitCode::Ok);
        },
        true, false);
}

void ChangeCommands::push(CliContext &ctx)
{
    if (ctx.offline()) {
        ctx.usage(tr("A push needs the instance; it cannot run with --offline."));
        return;
    }
    ctx.withSession([&ctx](InstanceSession &session) {
        if (session.view().changeCount() == 0) {
            if (ctx.json())
                ctx.printJson(PushOutcome().toJson());
            else
                ctx.print(tr("No pending changes."));
            ctx.finish(ExitCode::Ok);
            return;
        }
        PushOptions options;
        options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
        options.stopOnFirstError = ctx.isSet(QStringLiteral("stop-on-error"));
        pushAndReport(ctx, session, options);
    });
}

// The one change whose id starts with `prefix`; reports and fails when there is none or several.
std::optional<QString> ChangeCommands::uniqueChange(CliContext &ctx, const InstanceSession &session,
                                                    const QString &prefix)
{
    QStringList matches;
    for (const Change &c : session.view().changes()) {
        if (!prefix.isEmpty() && c.id.startsWith(prefix))
            matches << c.id;
    }
    if (matches.size() == 1)
        return matches.first();
    ctx.usage(
        matches.isEmpty()
            ? tr("No pending change has an id starting with '%1'. 'duo-console changes "
                 "list' shows them.")
                  .arg(prefix)
            : tr("Several changes have ids starting with '%1': give more of the id.").arg(prefix));
    return std::nullopt;
}

void ChangeCommands::discard(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.isEmpty() == !ctx.isSet(QStringLiteral("all"))) {
        ctx.usage(tr("Usage: duo-console changes discard -i NAME [ID…|--all]"));
        return;
    }
    ctx.withSession(
        [&ctx, args](InstanceSession &session) {
            QStringList ids;
            if (ctx.isSet(QStringLiteral("all"))) {
                for (const Change &c : session.view().changes())
                    ids << c.id;
            }
            for (const QString &prefix : args) {
                const auto id = uniqueChange(ctx, session, prefix);
                if (!id)
                    return;
                ids << *id;
            }
            session.discard(ids, &session, [&ctx, ids](const Outcome &outcome) {
                if (!outcome.ok()) {
                    ctx.fail(outcome);
                    return;
                }
                if (ctx.json())
                    ctx.printJson(QJsonObject{
                        {QStringLiteral("discarded"), QJsonArray::fromStringList(ids)}});
                else
                    ctx.print(tr("Discarded %n change(s).", nullptr, int(ids.size())));
                ctx.finish(ExitCode::Ok);
            });
        },
        true, false);
}

void ChangeCommands::resolve(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    const bool keepMine = ctx.isSet(QStringLiteral("keep-mine"));
    if (args.size() != 2 || keepMine == ctx.isSet(QStringLiteral("take-server"))) {
        ctx.usage(tr("Usage: duo-console changes resolve -i NAME ID FIELD "
                     "--keep-mine|--take-server"));
        return;
    }
    ctx.withSession(
        [&ctx, args, keepMine](InstanceSession &session) {
            const auto id = uniqueChange(ctx, session, args.first());
            if (!id)
                return;
            const QString field = args.at(1);
            session.resolve(
                *id, field, keepMine, &session,
                [&ctx, args, field, keepMine](const Outcome &outcome) {
                    if (!outcome.ok()) {
                        ctx.fail(ExitCode::Failure, outcome.category,
                                 tr("Change %1 has no conflict on '%2'. 'duo-console "
                                    "changes list' shows the conflicts.")
                                     .arg(args.first(), field));
                        return;
                    }
                    const QString message =
                        keepMine ? tr("Keeping your value for %1; push to apply it.").arg(field)
                                 : tr("Taking the server's value for %1.").arg(field);
                    if (ctx.json())
                        ctx.printJson(QJsonObject{{QStringLiteral("resolved"), field},
                                                  {QStringLiteral("message"), message}});
                    else
                        ctx.print(message);
                    ctx.finish(ExitCode::Ok);
                });
        },
        true, false);
}

void ChangeCommands::refresh(CliContext &ctx)
{
    if (ctx.offline()) {
        ctx.usage(tr("A refresh needs the instance; it cannot run with --offline."));
        return;
    }
    ctx.withSession([&ctx](InstanceSession &session) {
        InstanceSession *s = &session;
        ctx.connected(session, [&ctx, s] {
            s->refresh(s, [&ctx, s](const Outcome &outcome) {
                if (!outcome.ok()) {
                    ctx.fail(outcome);
                    return;
                }
                const EffectiveView &view = s->view();
                if (ctx.json())
                    ctx.printJson(
                        QJsonObject{{QStringLiteral("models"), int(view.serverModelCount())},
                                    {QStringLiteral("features"), int(view.serverFeatures().size())},
                                    {QStringLiteral("takenAt"),
                                     view.snapshotTakenAt().toString(Qt::ISODateWithMs)}});
                else
                    ctx.print(tr("Snapshot taken: %1, %2.")
                                  .arg(tr("%n model(s)", nullptr, int(view.serverModelCount())),
                                       tr("%n feature setting(s)", nullptr,
                                          int(view.serverFeatures().size()))));
                ctx.finish(ExitCode::Ok);
            });
        });
    });
}
