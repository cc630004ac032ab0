#include "ModelCommands.h"

#include "ChangeCommands.h"
#include "CliContext.h"
#include "model/EnumNames.h"
#include "model/FieldRules.h"
#include "session/InstanceSession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString pendingName(const EffectiveModel &m)
{
    if (m.changeStatus == Change::Status::Conflict)
        return QStringLiteral("conflict");
    switch (m.pending) {
    case PendingState::New:
        return QStringLiteral("new");
    case PendingState::Edited:
        return QStringLiteral("edited");
    case PendingState::Deleted:
        return QStringLiteral("delete");
    case PendingState::None:
        break;
    }
    return {};
}

// The fields whose value this console has no name for: a newer GitLab's.
QJsonArray unrecognised(const SelfHostedModel &m)
{
    QJsonArray fields;
    if (!EnumNames::family(m.family).known)
        fields.append(QStringLiteral("family"));
    if (!EnumNames::platform(m.provider).known)
        fields.append(QStringLiteral("provider"));
    if (!EnumNames::releaseState(m.releaseState).known)
        fields.append(QStringLiteral("releaseState"));
    return fields;
}

QJsonObject modelJson(const EffectiveModel &m, const EffectiveView &view)
{
    const QString pending = pendingName(m);
    return {
        {QStringLiteral("id"), m.model.id},
        {QStringLiteral("name"), m.model.name},
        {QStringLiteral("family"), m.model.family},
        {QStringLiteral("familyName"), EnumNames::family(m.model.family).text},
        {QStringLiteral("features"), QJsonArray::fromStringList(view.featuresServedBy(m.model.id))},
        {QStringLiteral("endpoint"), m.model.endpoint},
        {QStringLiteral("identifier"), m.model.identifier},
        {QStringLiteral("provider"), m.model.provider},
        {QStringLiteral("providerInferred"), m.model.providerInferred},
        {QStringLiteral("hasApiKey"), m.model.hasApiKey},
        {QStringLiteral("releaseState"), m.model.releaseState},
        {QStringLiteral("unrecognised"), unrecognised(m.model)},
        {QStringLiteral("pending"), pending.isEmpty() ? QJsonValue() : QJsonValue(pending)}};
}

} // namespace

void ModelCommands::print(CliContext &ctx, const InstanceSession &session)
{
    const QList<EffectiveModel> models = session.view().models(true);
    if (ctx.json()) {
        QJsonArray array;
        for (const EffectiveModel &m : models)
            array.append(modelJson(m, session.view()));
        ctx.printJson(array);
    } else {
        if (models.isEmpty())
            ctx.print(tr("No self-hosted models: add one with 'duo-console models add'."));
        for (const EffectiveModel &m : models)
            ctx.printRow(
                {(m.isPending() ? QStringLiteral("* ") : QStringLiteral("  ")) + m.model.name,
                 EnumNames::shown(EnumNames::family(m.model.family)),
                 EnumNames::platformText(m.model), EnumNames::endpointText(m.model),
                 m.model.identifier, pendingName(m)});
    }
    ChangeCommands::noteSnapshotAge(ctx, session);
    ctx.finish(ExitCode::Ok);
}

void ModelCommands::list(CliContext &ctx)
{
    ctx.withSession([&ctx](InstanceSession &session) {
        InstanceSession *s = &session;
        ctx.withSnapshot(session, ctx.isSet(QStringLiteral("refresh")),
                         [&ctx, s] { print(ctx, *s); });
    });
}

// --name, --family, --endpoint, --identifier, --platform as change values.
std::optional<QJsonObject> ModelCommands::fields(CliContext &ctx, const ApiShape &shape)
{
    QJsonObject fields;
    for (const char *option : {"name", "family", "endpoint", "identifier"}) {
        if (ctx.isSet(QLatin1String(option)))
            fields.insert(QLatin1String(option), ctx.option(QLatin1String(option)).trimmed());
    }
    if (fields.contains(QLatin1String("family")))
        fields.insert(QStringLiteral("family"),
                      fields.value(QLatin1String("family")).toString().toUpper());
    if (ctx.isSet(QStringLiteral("platform"))) {
        const QString platform = ctx.option(QStringLiteral("platform")).toLower();
        // GitLab's value in lower case with dashes; one a newer GitLab lists is taken too.
        const QString provider = platform.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        const QStringList known{QStringLiteral("API"), QStringLiteral("BEDROCK"),
                                QStringLiteral("VERTEX_AI")};
        if (!known.contains(provider) && !shape.modelProviders.contains(provider)) {
            ctx.usage(tr("--platform takes api, bedrock or vertex-ai."));
            return std::nullopt;
        }
        if (provider == QLatin1String("VERTEX_AI") && shape.known && !shape.modelProvider) {
            ctx.fail(ExitCode::Failure, QStringLiteral("validation"),
                     tr("This instance stores no platform per model (GitLab before 19.0): it "
                        "cannot serve models from Google Vertex AI. Use api or bedrock."));
            return std::nullopt;
        }
        if (!FieldRules::platformEndpoint(provider).isNull() &&
            ctx.isSet(QStringLiteral("endpoint"))) {
            ctx.usage(tr("--endpoint is for models served over the API: GitLab keeps no "
                         "endpoint for %1 models. Leave it out.")
                          .arg(platform));
            return std::nullopt;
        }
        fields.insert(QStringLiteral("provider"), provider);
    }
    return fields;
}

// Records the edit (the key from standard input with --api-key-stdin); then pushes it unless
// --offline or --no-apply.
void ModelCommands::record(CliContext &ctx, InstanceSession &session, const Edit &edit)
{
    QString apiKey;
    if (ctx.isSet(QStringLiteral("api-key-stdin"))) {
        apiKey = ctx.stdinSecret();
        if (apiKey.isEmpty()) {
            ctx.usage(tr("--api-key-stdin was given, but no key was read."));
            return;
        }
    }
    ChangeCommands::recordAndPush(ctx, session, edit, apiKey);
}

void ModelCommands::add(CliContext &ctx)
{
    for (const char *required : {"name", "family", "endpoint"}) {
        if (!ctx.isSet(QLatin1String(required)) &&
            !(QLatin1String(required) == QLatin1String("endpoint") &&
              ctx.isSet(QStringLiteral("platform")))) {
            ctx.usage(tr("Usage: duo-console models add -i NAME --name N --family F --endpoint "
                         "URL [--identifier I] [--platform api|bedrock|vertex-ai] "
                         "[--api-key-stdin]"));
            return;
        }
    }
    ctx.withSession(
        [&ctx](InstanceSession &session) {
            const auto values = fields(ctx, session.apiShape());
            if (values)
                record(ctx, session, {Change::Kind::CreateModel, {}, *values});
        },
        true, false);
}

void ModelCommands::edit(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    bool anything = ctx.isSet(QStringLiteral("api-key-stdin"));
    for (const char *option : {"name", "family", "endpoint", "identifier", "platform"})
        anything = anything || ctx.isSet(QLatin1String(option));
    if (args.size() != 1 || !anything) {
        ctx.usage(tr("Usage: duo-console models edit -i NAME MODEL [--name N] [--family F] "
                     "[--endpoint URL] [--identifier I] [--platform api|bedrock|vertex-ai] "
                     "[--api-key-stdin]"));
        return;
    }
    // The model may be named by id or by name: the session's rules find it.
    ctx.withSession(
        [&ctx, args](InstanceSession &session) {
            const auto values = fields(ctx, session.apiShape());
            if (values)
                record(ctx, session, {Change::Kind::UpdateModel, args.first(), *values});
        },
        true, false);
}

void ModelCommands::remove(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1 || (ctx.isSet(QStringLiteral("reassign-to")) &&
                             ctx.isSet(QStringLiteral("disable-features")))) {
        ctx.usage(tr("Usage: duo-console models delete -i NAME MODEL [--reassign-to OTHER | "
                     "--disable-features]"));
        return;
    }
    ctx.withSession(
        [&ctx, args](InstanceSession &session) {
            QJsonObject values;
            if (ctx.isSet(QStringLiteral("reassign-to")))
                values.insert(QStringLiteral("reassignTo"),
                              ctx.option(QStringLiteral("reassign-to")));
            if (ctx.isSet(QStringLiteral("disable-features")))
                values.insert(QStringLiteral("disableFeatures"), true);
            record(ctx, session, {Change::Kind::DeleteModel, args.first(), values});
        },
        true, false);
}
