#include "FeatureCommands.h"

#include "ChangeCommands.h"
#include "CliContext.h"
#include "model/FeatureRouting.h"
#include "session/InstanceSession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A change will move the feature: its assignment, its allowlist, or the deletion of its model.
bool isPending(const EffectiveView &view, const FeatureSetting &setting)
{
    if (view.featureChange(setting.feature) ||
        view.pendingFor(Change::Kind::SetAllowlist, setting.feature))
        return true;
    const FeatureSetting *server = view.serverFeature(setting.feature);
    return server && server->assignment() != setting.assignment();
}

QJsonObject featureJson(const EffectiveView &view, const FeatureSetting &setting,
                        const QString &section)
{
    const bool selfHosted = setting.provider == FeatureSetting::selfHosted;
    const bool vendored = setting.provider == FeatureSetting::vendored;
    const EffectiveModel *model = selfHosted ? view.liveModel(setting.modelId) : nullptr;
    return {{QStringLiteral("feature"), setting.feature},
            // GitLab's own words, whatever the language shown: scripts compare them.
            {QStringLiteral("title"),
             setting.title.isEmpty() ? FeatureRouting::title(setting) : setting.title},
            {QStringLiteral("section"), section},
            {QStringLiteral("releaseState"), orNull(setting.releaseState)},
            {QStringLiteral("provider"), orNull(setting.provider)},
            {QStringLiteral("model"), model ? QJsonValue(model->model.name) : QJsonValue()},
            {QStringLiteral("modelId"), orNull(selfHosted ? setting.modelId : QString())},
            {QStringLiteral("modelRef"), orNull(vendored ? setting.modelRef : QString())},
            {QStringLiteral("fallbackModel"), orNull(FeatureRouting::fallback(view, setting))},
            {QStringLiteral("assignment"), FeatureRouting::assignmentText(view, setting)},
            {QStringLiteral("problem"), orNull(FeatureRouting::problem(view, setting))},
            {QStringLiteral("compatibleFamilies"),
             QJsonArray::fromStringList(setting.compatibleFamilies)},
            {QStringLiteral("gitlabModels"), setting.gitlabModels},
            {QStringLiteral("allowlist"),
             setting.hasAllowlist() ? QJsonValue(setting.allowList) : QJsonValue()},
            {QStringLiteral("pending"), isPending(view, setting)}};
}

} // namespace

// `* Title (Beta)`, what it uses, why that will not work or where it falls back to; then its
// allowlist, if it has one.
void FeatureCommands::printRow(CliContext &ctx, const EffectiveView &view,
                               const FeatureSetting &setting)
{
    const QString badge = FeatureRouting::badge(setting.releaseState);
    const QString title = badge.isEmpty()
                              ? FeatureRouting::title(setting)
                              : tr("%1 (%2)").arg(FeatureRouting::title(setting), badge);
    QString note = FeatureRouting::problem(view, setting);
    if (note.isEmpty())
        note = FeatureRouting::fallback(view, setting);
    ctx.printRow({(isPending(view, setting) ? QStringLiteral("* ") : QStringLiteral("  ")) + title,
                  FeatureRouting::assignmentText(view, setting), note});
    if (!setting.hasAllowlist())
        return;
    QStringList allowed;
    for (const auto &entry : setting.allowList.value(QLatin1String("models")).toArray()) {
        const QJsonObject model = entry.toObject();
        if (model.value(QLatin1String("allowed")).toBool())
            allowed << model.value(QLatin1String("name")).toString();
    }
    ctx.print(QStringLiteral("    ") +
              (setting.allowList.value(QLatin1String("enabled")).toBool()
                   ? tr("Model allowlist on: %1").arg(allowed.join(QLatin1String(", ")))
                   : tr("Model allowlist off: every GitLab-managed model is allowed.")));
}

void FeatureCommands::print(CliContext &ctx, const InstanceSession &session)
{
    const EffectiveView &view = session.view();
    const QList<FeatureRouting::Section> sections = FeatureRouting::sections(view.features());
    if (view.featuresHidden())
        ctx.warn(InstanceSession::featuresHiddenMessage());
    if (ctx.json()) {
        QJsonArray array;
        for (const FeatureRouting::Section &section : sections) {
            for (const FeatureSetting &setting : section.features)
                array.append(featureJson(view, setting, section.name));
        }
        ctx.printJson(array);
    } else {
        if (sections.isEmpty() && !view.featuresHidden())
            ctx.print(tr("This instance lists no AI-native features."));
        for (qsizetype n = 0; n < sections.size(); ++n) {
            if (n > 0)
                ctx.print({});
            ctx.print(sections[n].title);
            for (const FeatureSetting &setting : sections[n].features)
                printRow(ctx, view, setting);
        }
    }
    ChangeCommands::noteSnapshotAge(ctx, session);
    ctx.finish(ExitCode::Ok);
}

void FeatureCommands::list(CliContext &ctx)
{
    // Every model: each feature's is named.
    ctx.withSession([&ctx](InstanceSession &session) {
        InstanceSession *s = &session;
        ctx.withSnapshot(session, ctx.isSet(QStringLiteral("refresh")),
                         [&ctx, s] { print(ctx, *s); });
    });
}

void FeatureCommands::record(CliContext &ctx, bool completeView,
                             std::function<std::optional<Edit>(const InstanceSession &)> make)
{
    ctx.withSession(
        [&ctx, make](InstanceSession &session) {
            InstanceSession *s = &session;
            const auto recordIt = [&ctx, s, make] {
                if (const std::optional<Edit> edit = make(*s))
                    ChangeCommands::recordAndPush(ctx, *s, *edit);
            };
            // Offline, a draft may be recorded before the instance was ever read: the push
            // checks it against what the instance then lists.
            if (ctx.offline())
                recordIt();
            else
                ctx.withSnapshot(session, false, recordIt);
        },
        true, completeView);
}

bool FeatureCommands::known(CliContext &ctx, const InstanceSession &session,
                            const QStringList &features)
{
    const EffectiveView &view = session.view();
    if (!view.snapshotExists())
        return true;
    for (const QString &feature : features) {
        if (!view.feature(feature)) {
            ctx.fail(ExitCode::Failure, QStringLiteral("validation"),
                     tr("%1 lists no feature %2: 'duo-console features list -i %1' shows the "
                        "features it has.")
                         .arg(session.profile().name, feature));
            return false;
        }
    }
    return true;
}

// --model, --disabled or --vendored [--model-ref] for `features`, as an edit.
std::optional<Edit> FeatureCommands::assignment(CliContext &ctx, const InstanceSession &session,
                                                const QStringList &features)
{
    if (!known(ctx, session, features))
        return std::nullopt;
    QJsonObject values{{QStringLiteral("features"), QJsonArray::fromStringList(features)}};
    if (ctx.isSet(QStringLiteral("disabled"))) {
        values.insert(QStringLiteral("provider"), FeatureSetting::disabled);
    } else if (ctx.isSet(QStringLiteral("vendored"))) {
        values.insert(QStringLiteral("provider"), FeatureSetting::vendored);
        if (ctx.isSet(QStringLiteral("model-ref"))) {
            const ApiShape shape = session.apiShape();
            if (shape.known && !shape.offeredModelRef) {
                ctx.fail(ExitCode::Failure, QStringLiteral("validation"),
                         tr("This instance cannot choose a GitLab-managed model per feature "
                            "(GitLab 18.3 and later can): leave out --model-ref to use GitLab's "
                            "default."));
                return std::nullopt;
            }
            values.insert(QStringLiteral("modelRef"),
                          ctx.option(QStringLiteral("model-ref")).trimmed());
        }
    } else {
        // By id or by name, as models edit takes it.
        const QString given = ctx.option(QStringLiteral("model")).trimmed();
        const QString id = DraftRules::modelId(session.view(), given);
        if (!session.view().liveModel(id)) {
            ctx.fail(ExitCode::Failure, QStringLiteral("not-found"),
                     tr("No self-hosted model has the name or id '%1': 'duo-console models list "
                        "-i %2' shows them.")
                         .arg(given, session.profile().name));
            return std::nullopt;
        }
        values.insert(QStringLiteral("provider"), FeatureSetting::selfHosted);
        values.insert(QStringLiteral("modelId"), id);
    }
    return Edit{Change::Kind::SetFeatures, {}, values};
}

void FeatureCommands::set(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    const bool model = ctx.isSet(QStringLiteral("model"));
    const bool disabled = ctx.isSet(QStringLiteral("disabled"));
    const bool vendored = ctx.isSet(QStringLiteral("vendored"));
    const QString synopsis =
        tr("Usage: duo-console features set -i NAME FEATURE… (--model MODEL | --disabled | "
           "--vendored [--model-ref REF])");
    if (args.isEmpty()) {
        ctx.usage(tr("Name at least one feature, such as CODE_GENERATIONS.") + QLatin1Char('\n') +
                  synopsis);
        return;
    }
    if (int(model) + int(disabled) + int(vendored) != 1) {
        ctx.usage(tr("Say what the features use: exactly one of --model MODEL, --disabled or "
                     "--vendored.") +
                  QLatin1Char('\n') + synopsis);
        return;
    }
    if (ctx.isSet(QStringLiteral("model-ref")) && !vendored) {
        ctx.usage(tr("--model-ref names a GitLab-managed model: it goes with --vendored."));
        return;
    }
    QStringList features;
    for (const QString &arg : args)
        features << arg.trimmed().toUpper();

    // A model named is looked for among all of them.
    record(ctx, model, [&ctx, features](const InstanceSession &session) {
        return assignment(ctx, session, features);
    });
}

void FeatureCommands::allowlist(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    const bool enable = ctx.isSet(QStringLiteral("enable"));
    const bool disable = ctx.isSet(QStringLiteral("disable"));
    if (args.isEmpty() || enable == disable) {
        ctx.usage(tr("Usage: duo-console features allowlist -i NAME FEATURE (--enable [REF…] | "
                     "--disable)"));
        return;
    }
    if (disable && args.size() > 1) {
        ctx.usage(tr("--disable takes no model: with the allowlist off, every model is allowed."));
        return;
    }
    const QString feature = args.first().trimmed().toUpper();
    const QStringList refs = args.mid(1);
    record(ctx, false,
           [&ctx, feature, refs, enable](const InstanceSession &session) -> std::optional<Edit> {
               if (!known(ctx, session, {feature}))
                   return std::nullopt;
               QJsonObject values{{QStringLiteral("allowlistEnabled"), enable}};
               // The models named become the list; without any, the list stays as it is.
               if (!refs.isEmpty())
                   values.insert(QStringLiteral("allowlistModelRefs"),
                                 QJsonArray::fromStringList(refs));
               return Edit{Change::Kind::SetAllowlist, feature, values};
           });
}
