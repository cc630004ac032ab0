#include "WorkspaceCommands.h"

#include "CliConnection.h"
#include "CliContext.h"
#include "gitlab/InstanceCapabilities.h"
#include "net/GitLabClient.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"
#include "sync/ServerReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace WorkspaceCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkspaceCommands", text);
}

// The instance's workspace, open for the rest of the process; reports and fails otherwise.
Workspace *openWorkspace(CliContext &ctx, const InstanceProfile &profile)
{
    auto *workspace =
        new Workspace(Workspace::pathFor(profile.idString()), QCoreApplication::instance());
    QString error;
    if (!workspace->open(&error)) {
        ctx.fail(ExitCode::Failure, error);
        return nullptr;
    }
    return workspace;
}

// The one change whose id starts with `prefix`; reports and fails when there is none or several.
std::optional<Change> uniqueChange(CliContext &ctx, const Workspace &workspace,
                                   const QString &prefix)
{
    std::optional<Change> found;
    int matches = 0;
    for (const Change &c : workspace.changes()) {
        if (!prefix.isEmpty() && c.id.startsWith(prefix)) {
            found = c;
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    ctx.fail(
        ExitCode::UsageError,
        matches == 0
            ? tr("No pending change has an id starting with '%1'. 'duo-console "
                 "changes list' shows them.")
                  .arg(prefix)
            : tr("Several changes have ids starting with '%1': give more of the id.").arg(prefix));
    return std::nullopt;
}

// Finds a model of the effective view by id or by name.
std::optional<SelfHostedModel> findModel(CliContext &ctx, const Workspace &workspace,
                                         const QString &key)
{
    for (const EffectiveModel &m : workspace.effectiveModels()) {
        if (m.model.id == key || m.model.name == key)
            return m.model;
    }
    ctx.fail(ExitCode::Failure,
             tr("There is no model '%1'. 'duo-console models list' shows them.").arg(key));
    return std::nullopt;
}

void printOutcome(CliContext &ctx, const PushOutcome &outcome, const Workspace &workspace)
{
    if (ctx.json()) {
        QJsonObject json = outcome.toJson();
        QJsonArray conflicts;
        for (const Change &c : workspace.changes()) {
            if (c.status == Change::Status::Conflict)
                conflicts.append(c.toJson());
        }
        json.insert(QStringLiteral("conflictingChanges"), conflicts);
        ctx.printJson(QJsonDocument(json));
        return;
    }
    for (const StepResult &result : outcome.results) {
        if (result.ok)
            ctx.out << tr("  done    %1").arg(result.description) << '\n';
        else
            ctx.out << tr("  FAILED  %1: %2").arg(result.description, result.error) << '\n';
    }
    for (const Change &c : workspace.changes()) {
        if (c.status == Change::Status::Conflict)
            ctx.out << tr("  CONFLICT %1 %2: %3").arg(Change::kindName(c.kind), c.target, c.error)
                    << '\n';
    }
    ctx.out << tr("%1 change(s) pushed, %2 failed, %3 in conflict; %4 request(s).")
                   .arg(outcome.pushed)
                   .arg(outcome.failed)
                   .arg(outcome.conflicts)
                   .arg(outcome.requests)
            << '\n';
}

ExitCode exitCodeOf(const PushOutcome &outcome)
{
    if (outcome.error.isError() || outcome.failed > 0)
        return ExitCode::Failure;
    if (outcome.conflicts > 0)
        return ExitCode::ConflictsNeedDecision;
    return ExitCode::Ok;
}

// Connects, then pushes `changeIds` (all pending changes when empty).
void pushNow(CliContext &ctx, const InstanceProfile &profile, Workspace *workspace,
             const PushOptions &options)
{
    withConnection(
        ctx, profile,
        [&ctx, profile, workspace, options](GitLabClient *client,
                                            const InstanceCapabilities &caps) {
            workspace->setApiShape(caps.shape);
            auto *pusher =
                new Pusher(workspace, client, caps.shape, &ctx.secrets, profile.idString(), client);
            QObject::connect(pusher, &Pusher::finished, client, [&ctx, pusher, workspace, options] {
                const PushOutcome &outcome = pusher->outcome();
                if (options.dryRun) {
                    if (ctx.json()) {
                        QJsonArray plan;
                        for (const PushStep &step : outcome.plan)
                            plan.append(step.toJson());
                        ctx.printJson(QJsonDocument(
                            QJsonObject{{QStringLiteral("plan"), plan},
                                        {QStringLiteral("alreadyOnServer"), outcome.pushed},
                                        {QStringLiteral("conflicts"), outcome.conflicts}}));
                    } else {
                        ctx.out
                            << tr("Plan (%1 step(s)); nothing was sent:").arg(outcome.plan.size())
                            << '\n';
                        int n = 1;
                        for (const PushStep &step : outcome.plan)
                            ctx.out << QStringLiteral("  %1. %2").arg(n++).arg(step.description)
                                    << '\n';
                        if (outcome.conflicts)
                            ctx.out
                                << tr("%1 change(s) conflict with the server and need a decision.")
                                       .arg(outcome.conflicts)
                                << '\n';
                    }
                    if (outcome.error.isError())
                        ctx.err << outcome.error.userMessage() << '\n';
                    ctx.finish(outcome.error.isError() ? ExitCode::Failure
                               : outcome.conflicts     ? ExitCode::ConflictsNeedDecision
                                                       : ExitCode::Ok);
                    return;
                }
                printOutcome(ctx, outcome, *workspace);
                if (outcome.error.isError())
                    ctx.err << outcome.error.userMessage() << '\n';
                ctx.finish(exitCodeOf(outcome));
            });
            pusher->push(options);
        });
}

// After recording: push at once unless --offline or --no-apply.
void applyOrKeep(CliContext &ctx, const InstanceProfile &profile, Workspace *workspace,
                 const Change &change)
{
    if (!ctx.json())
        ctx.out << tr("Recorded change %1 (%2 %3).")
                       .arg(change.id.left(8), Change::kindName(change.kind), change.target)
                << '\n';
    if (ctx.offline() || ctx.isSet(QStringLiteral("no-apply"))) {
        if (ctx.json())
            ctx.printJson(QJsonDocument(change.toJson()));
        else
            ctx.out << tr("Push it with 'duo-console changes push -i %1'.").arg(profile.name)
                    << '\n';
        ctx.finish(ExitCode::Ok);
        return;
    }
    QStringList ids{change.id};
    // A change that uses a draft model goes together with the draft's create.
    const QString modelId = change.values.value(QLatin1String("modelId")).toString() +
                            change.values.value(QLatin1String("reassignTo")).toString();
    for (const Change &c : workspace->changes()) {
        if (c.kind == Change::Kind::CreateModel && !modelId.isEmpty() && c.target == modelId)
            ids << c.id;
    }
    pushNow(ctx, profile, workspace, {ids, false, false});
}

struct Target
{
    std::optional<InstanceProfile> profile;
    Workspace *workspace = nullptr;
};

Target openTarget(CliContext &ctx)
{
    Target target;
    target.profile = ctx.instance();
    if (target.profile)
        target.workspace = openWorkspace(ctx, *target.profile);
    return target;
}

// --name, --family, --endpoint, --identifier as change values.
QJsonObject modelFields(CliContext &ctx)
{
    QJsonObject fields;
    for (const char *option : {"name", "family", "endpoint", "identifier"}) {
        if (ctx.isSet(QLatin1String(option)))
            fields.insert(QLatin1String(option), ctx.option(QLatin1String(option)).trimmed());
    }
    if (fields.contains(QLatin1String("family")))
        fields.insert(QStringLiteral("family"),
                      fields.value(QLatin1String("family")).toString().toUpper());
    return fields;
}

bool checkFamily(CliContext &ctx, const Workspace &workspace, const QJsonObject &fields)
{
    const QStringList families = workspace.apiShape().modelFamilies;
    const QString family = fields.value(QLatin1String("family")).toString();
    if (!fields.contains(QLatin1String("family")) || families.isEmpty() ||
        families.contains(family))
        return true;
    ctx.fail(ExitCode::UsageError, tr("This instance accepts these model families: %1.")
                                       .arg(families.join(QLatin1String(", "))));
    return false;
}

// Records the change; with --api-key-stdin the key goes to the keychain under the change.
void recordModelChange(CliContext &ctx, const Target &target, Change::Kind kind,
                       const QString &modelId, QJsonObject values)
{
    QString apiKey;
    if (ctx.isSet(QStringLiteral("api-key-stdin"))) {
        if (ctx.isSet(QStringLiteral("token-stdin")))
            ctx.stdinToken(); // the token is the first line, the key the second
        apiKey = CliContext::readLineFromStdin();
        if (apiKey.isEmpty()) {
            ctx.fail(ExitCode::UsageError, tr("--api-key-stdin was given, but no key was read."));
            return;
        }
        values.insert(QStringLiteral("apiKey"), true);
    }
    QString error;
    const QList<Change> before = target.workspace->changes();
    const auto change = target.workspace->record(kind, modelId, values, &error);
    if (!change) {
        if (error.isEmpty()) {
            ctx.out << tr("Nothing to change.") << '\n';
            ctx.finish(ExitCode::Ok);
        } else {
            ctx.fail(ExitCode::Failure, error);
        }
        return;
    }
    if (apiKey.isEmpty()) {
        applyOrKeep(ctx, *target.profile, target.workspace, *change);
        return;
    }
    ctx.secrets.write(change->apiKeyName(target.profile->idString()), apiKey, nullptr,
                      [&ctx, target, change, before](const SecretResult &result) {
                          if (!result.ok()) {
                              // Undo this edit only: a change it was folded into stays as it was.
                              const auto earlier =
                                  std::find_if(before.cbegin(), before.cend(),
                                               [&](const Change &c) { return c.id == change->id; });
                              if (earlier != before.cend())
                                  target.workspace->update(*earlier);
                              else
                                  target.workspace->discard({change->id});
                              ctx.fail(ExitCode::Failure,
                                       result.message() + QLatin1Char('\n') +
                                           tr("The change was not recorded: API keys are kept "
                                              "only in the system keychain."));
                              return;
                          }
                          applyOrKeep(ctx, *target.profile, target.workspace, *change);
                      });
}

} // namespace

void modelsList(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QList<EffectiveModel> models = target.workspace->effectiveModels();
    if (ctx.json()) {
        QJsonArray array;
        for (const EffectiveModel &m : models)
            array.append(QJsonObject{{QStringLiteral("id"), m.model.id},
                                     {QStringLiteral("name"), m.model.name},
                                     {QStringLiteral("family"), m.model.family},
                                     {QStringLiteral("endpoint"), m.model.endpoint},
                                     {QStringLiteral("identifier"), m.model.identifier},
                                     {QStringLiteral("hasApiKey"), m.model.hasApiKey},
                                     {QStringLiteral("pending"), m.pending}});
        ctx.printJson(QJsonDocument(array));
    } else {
        for (const EffectiveModel &m : models)
            ctx.out << (m.pending ? QStringLiteral("* ") : QStringLiteral("  ")) << m.model.name
                    << '\t' << m.model.family << '\t' << m.model.endpoint << '\t'
                    << m.model.identifier << '\n';
        if (!target.workspace->snapshot().exists)
            ctx.err << tr("No snapshot of the server yet: run 'duo-console refresh -i %1'.")
                           .arg(target.profile->name)
                    << '\n';
    }
    ctx.finish(ExitCode::Ok);
}

void modelsAdd(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QJsonObject fields = modelFields(ctx);
    for (const char *required : {"name", "family", "endpoint"}) {
        if (!fields.contains(QLatin1String(required))) {
            ctx.fail(ExitCode::UsageError,
                     tr("Usage: duo-console models add -i NAME --name N --family F --endpoint URL "
                        "[--identifier I] [--api-key-stdin]"));
            return;
        }
    }
    if (checkFamily(ctx, *target.workspace, fields))
        recordModelChange(ctx, target, Change::Kind::CreateModel, {}, fields);
}

void modelsEdit(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QStringList args = ctx.arguments();
    const QJsonObject fields = modelFields(ctx);
    if (args.size() != 1 || (fields.isEmpty() && !ctx.isSet(QStringLiteral("api-key-stdin")))) {
        ctx.fail(ExitCode::UsageError,
                 tr("Usage: duo-console models edit -i NAME MODEL [--name N] [--family F] "
                    "[--endpoint URL] [--identifier I] [--api-key-stdin]"));
        return;
    }
    const auto model = findModel(ctx, *target.workspace, args.first());
    if (model && checkFamily(ctx, *target.workspace, fields))
        recordModelChange(ctx, target, Change::Kind::UpdateModel, model->id, fields);
}

void modelsDelete(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QStringList args = ctx.arguments();
    if (args.size() != 1 || (ctx.isSet(QStringLiteral("reassign-to")) &&
                             ctx.isSet(QStringLiteral("disable-features")))) {
        ctx.fail(ExitCode::UsageError,
                 tr("Usage: duo-console models delete -i NAME MODEL [--reassign-to OTHER | "
                    "--disable-features]"));
        return;
    }
    const auto model = findModel(ctx, *target.workspace, args.first());
    if (!model)
        return;
    QJsonObject values;
    if (ctx.isSet(QStringLiteral("reassign-to"))) {
        const auto other =
            findModel(ctx, *target.workspace, ctx.option(QStringLiteral("reassign-to")));
        if (!other)
            return;
        values.insert(QStringLiteral("reassignTo"), other->id);
    }
    if (ctx.isSet(QStringLiteral("disable-features")))
        values.insert(QStringLiteral("disableFeatures"), true);
    recordModelChange(ctx, target, Change::Kind::DeleteModel, model->id, values);
}

void changesList(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QList<Change> changes = target.workspace->changes();
    if (ctx.json()) {
        QJsonArray array;
        for (const Change &c : changes)
            array.append(c.toJson());
        ctx.printJson(QJsonDocument(array));
    } else {
        if (changes.isEmpty())
            ctx.out << tr("No pending changes.") << '\n';
        for (const Change &c : changes) {
            ctx.out << c.id.left(8) << '\t' << Change::statusName(c.status) << '\t'
                    << Change::kindName(c.kind) << '\t' << c.target << '\t'
                    << QString::fromUtf8(QJsonDocument(c.values).toJson(QJsonDocument::Compact));
            if (!c.error.isEmpty())
                ctx.out << '\t' << c.error;
            ctx.out << '\n';
        }
    }
    ctx.finish(ExitCode::Ok);
}

void changesPush(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    if (ctx.offline()) {
        ctx.fail(ExitCode::Failure, tr("A push needs the instance; it cannot run with --offline."));
        return;
    }
    if (target.workspace->changes().isEmpty()) {
        ctx.out << tr("No pending changes.") << '\n';
        ctx.finish(ExitCode::Ok);
        return;
    }
    PushOptions options;
    options.dryRun = ctx.isSet(QStringLiteral("dry-run"));
    options.stopOnFirstError = ctx.isSet(QStringLiteral("stop-on-error"));
    pushNow(ctx, *target.profile, target.workspace, options);
}

void changesDiscard(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QStringList args = ctx.arguments();
    if (args.isEmpty() == !ctx.isSet(QStringLiteral("all"))) {
        ctx.fail(ExitCode::UsageError,
                 tr("Usage: duo-console changes discard -i NAME [ID…|--all]"));
        return;
    }
    QStringList ids;
    if (ctx.isSet(QStringLiteral("all"))) {
        for (const Change &c : target.workspace->changes())
            ids << c.id;
    }
    for (const QString &prefix : args) {
        const auto c = uniqueChange(ctx, *target.workspace, prefix);
        if (!c)
            return;
        ids << c->id;
    }
    // Keys entered in the drafts leave the keychain with them; the command ends when they did.
    QStringList keys;
    for (const QString &id : ids) {
        if (const auto c = target.workspace->change(id); c && c->hasApiKey())
            keys << c->apiKeyName(target.profile->idString());
    }
    if (!target.workspace->discard(ids)) {
        ctx.fail(ExitCode::Failure,
                 tr("The changes could not be discarded: the local workspace is busy. Try again."));
        return;
    }
    ctx.out << tr("Discarded %1 change(s).").arg(ids.size()) << '\n';
    if (keys.isEmpty()) {
        ctx.finish(ExitCode::Ok);
        return;
    }
    auto remaining = std::make_shared<qsizetype>(keys.size());
    for (const QString &key : std::as_const(keys))
        ctx.secrets.remove(key, nullptr, [&ctx, remaining](const SecretResult &) {
            if (--*remaining == 0)
                ctx.finish(ExitCode::Ok);
        });
}

void changesResolve(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    const QStringList args = ctx.arguments();
    const bool keepMine = ctx.isSet(QStringLiteral("keep-mine"));
    if (args.size() != 2 || keepMine == ctx.isSet(QStringLiteral("take-server"))) {
        ctx.fail(
            ExitCode::UsageError,
            tr("Usage: duo-console changes resolve -i NAME ID FIELD --keep-mine|--take-server"));
        return;
    }
    const auto change = uniqueChange(ctx, *target.workspace, args.first());
    if (!change)
        return;
    const QString field = args.at(1);
    if (!change || !target.workspace->resolveConflict(change->id, field, keepMine)) {
        ctx.fail(ExitCode::Failure,
                 tr("Change %1 has no conflict on '%2'. 'duo-console changes list' shows the "
                    "conflicts.")
                     .arg(args.first(), field));
        return;
    }
    ctx.out << (keepMine ? tr("Keeping your value for %1; push to apply it.").arg(field)
                         : tr("Taking the server's value for %1.").arg(field))
            << '\n';
    ctx.finish(ExitCode::Ok);
}

void refresh(CliContext &ctx)
{
    const Target target = openTarget(ctx);
    if (!target.workspace)
        return;
    if (ctx.offline()) {
        ctx.fail(ExitCode::Failure,
                 tr("A refresh needs the instance; it cannot run with --offline."));
        return;
    }
    Workspace *workspace = target.workspace;
    withConnection(ctx, *target.profile,
                   [&ctx, workspace](GitLabClient *client, const InstanceCapabilities &caps) {
                       workspace->setApiShape(caps.shape);
                       auto *reader = new ServerReader(client, caps.shape, client);
                       reader->snapshot([&ctx, workspace, reader](const Snapshot &snapshot,
                                                                  const ApiError &error) {
                           if (error.isError()) {
                               ctx.fail(ExitCode::Failure, error.userMessage());
                               return;
                           }
                           workspace->replaceSnapshotInBackground(
                               snapshot, workspace,
                               [&ctx, snapshot, reader](bool ok, const QString &problem) {
                                   if (!ok) {
                                       ctx.fail(ExitCode::Failure, problem);
                                       return;
                                   }
                                   ctx.out << tr("Snapshot taken: %1 model(s), %2 feature "
                                                 "setting(s); %3 request(s).")
                                                  .arg(snapshot.models.size())
                                                  .arg(snapshot.features.size())
                                                  .arg(reader->requestsSent())
                                           << '\n';
                                   ctx.finish(ExitCode::Ok);
                               });
                       });
                   });
}

} // namespace WorkspaceCommands
