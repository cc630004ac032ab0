#include "Mutations.h"

#include "gitlab/GraphQLDocuments.h"
#include "gitlab/GraphQLMapping.h"
#include "gitlab/ShapeDetection.h"
#include "model/EffectiveView.h"
#include "model/FieldRules.h"

#include <QJsonArray>
#include <QRegularExpression>

MutationTemplate MutationTemplate::parse(const QString &document)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(mutation\s+\w+\s*\(\s*\$input\s*:\s*([\w!\[\]]+)\s*\)\s*\{(.*)\}\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("#[^\n]*"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    static const QRegularExpression arguments(QStringLiteral(R"(\([^)]*\))"));
    static const QRegularExpression names(QStringLiteral(R"([A-Za-z_]\w*)"));

    QString text = document;
    text.remove(comments);
    const auto match = shape.match(text.trimmed());
    MutationTemplate t;
    if (!match.hasMatch())
        return t;
    t.inputType = match.captured(1);
    t.selection = match.captured(2).replace(spaces, QStringLiteral(" ")).trimmed();
    QString fields = t.selection;
    fields.remove(arguments);
    for (auto it = names.globalMatch(fields); it.hasNext(); it.next())
        ++t.cost;
    return t;
}

Mutations::Mutations(const ApiShape &shape) : m_shape(shape)
{
    const QSet<QString> capabilities = ShapeDetection::capabilities(shape);
    for (PushStep::Mutation m :
         {PushStep::Mutation::CreateModel, PushStep::Mutation::UpdateModel,
          PushStep::Mutation::DeleteModel, PushStep::Mutation::SetFeatures,
          PushStep::Mutation::SetFeature, PushStep::Mutation::UpdateDuoSettings,
          PushStep::Mutation::SetAllowlist})
        m_templates.insert(m, MutationTemplate::parse(
                                  GraphQLDocuments::load(PushStep::mutationName(m), capabilities)));
}

const MutationTemplate &Mutations::templateOf(PushStep::Mutation mutation) const
{
    static const MutationTemplate none;
    const auto it = m_templates.constFind(mutation);
    return it == m_templates.constEnd() ? none : *it;
}

QJsonObject Mutations::modelInput(const QJsonObject &fields) const
{
    QJsonObject input{{QStringLiteral("name"), fields.value(QLatin1String("name"))},
                      {QStringLiteral("model"), fields.value(QLatin1String("family"))},
                      {QStringLiteral("endpoint"), fields.value(QLatin1String("endpoint"))},
                      {QStringLiteral("identifier"), fields.value(QLatin1String("identifier"))}};
    const QString provider = fields.value(QLatin1String("provider")).toString();
    if (m_shape.modelProvider && !provider.isEmpty())
        input.insert(QStringLiteral("provider"), provider);
    // The endpoint is a required argument even where the platform has none: GitLab's own form
    // sends this placeholder for Bedrock, and 19.x takes an empty one for Vertex AI.
    if (provider == QLatin1String("BEDROCK"))
        input.insert(QStringLiteral("endpoint"), FieldRules::bedrockPlaceholderEndpoint);
    else if (provider == QLatin1String("VERTEX_AI") && m_shape.modelProvider)
        input.insert(QStringLiteral("endpoint"), QString());
    return input;
}

StepAnswer Mutations::read(const PushStep &step, const QJsonValue &payload) const
{
    StepAnswer answer;
    if (!payload.isObject())
        return answer;
    const QJsonObject object = payload.toObject();
    for (const auto &message : object.value(QLatin1String("errors")).toArray())
        answer.errors << message.toString();
    if (!answer.errors.isEmpty())
        return answer;
    if (step.mutation == PushStep::Mutation::CreateModel) {
        answer.createdId = object.value(QLatin1String("selfHostedModel"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        if (answer.createdId.isEmpty()) {
            answer.errors << tr("GitLab answered the creation without the new model's id.");
            return answer;
        }
    }
    answer.ok = true;
    return answer;
}

ServerFacts Mutations::applied(const PushStep &step, const StepAnswer &answer,
                               const EffectiveView &view) const
{
    ServerFacts facts;
    const QString id = step.input.value(QLatin1String("id")).toString();
    switch (step.mutation) {
    case PushStep::Mutation::CreateModel:
    case PushStep::Mutation::UpdateModel: {
        SelfHostedModel model;
        if (const SelfHostedModel *known = view.serverModel(id))
            model = *known;
        model.id = step.mutation == PushStep::Mutation::CreateModel ? answer.createdId : id;
        model.applyFields(step.sends);
        model.hasApiKey = model.hasApiKey || step.sends.contains(Change::apiKeyField);
        if (!m_shape.modelProvider) {
            model.provider = GraphQLMapping::inferredProvider(model.identifier);
            model.providerInferred = true;
        }
        facts.modelsPut << model;
        break;
    }
    case PushStep::Mutation::DeleteModel: {
        facts.modelsRemoved << id;
        // GitLab cascades the delete to the feature settings that still used the model.
        const QString unset = m_shape.providers.contains(FeatureSetting::unassigned)
                                  ? FeatureSetting::unassigned
                                  : FeatureSetting::disabled;
        for (FeatureSetting setting : view.serverFeatures()) {
            if (setting.provider == FeatureSetting::selfHosted && setting.modelId == id) {
                setting.provider = unset;
                setting.modelId.clear();
                facts.featuresPut << setting;
            }
        }
        break;
    }
    case PushStep::Mutation::SetFeatures:
    case PushStep::Mutation::SetFeature: {
        QStringList features;
        for (const auto &f : step.input.value(QLatin1String("features")).toArray())
            features << f.toString();
        if (step.input.contains(QLatin1String("feature")))
            features << step.input.value(QLatin1String("feature")).toString();
        for (const QString &feature : std::as_const(features)) {
            FeatureSetting setting;
            if (const FeatureSetting *known = view.serverFeature(feature))
                setting = *known;
            setting.feature = feature;
            setting.provider = step.input.value(QLatin1String("provider")).toString();
            setting.modelId = step.input.value(QLatin1String("aiSelfHostedModelId")).toString();
            setting.modelRef = step.input.value(QLatin1String("offeredModelRef")).toString();
            facts.featuresPut << setting;
        }
        break;
    }
    case PushStep::Mutation::SetAllowlist: {
        const QString feature = step.input.value(QLatin1String("feature")).toString();
        if (const FeatureSetting *known = view.serverFeature(feature)) {
            FeatureSetting setting = *known;
            setting.allowList = setting.allowListWith(step.input);
            facts.featuresPut << setting;
        }
        break;
    }
    case PushStep::Mutation::UpdateDuoSettings: {
        QJsonObject fields = view.serverDuo() ? view.serverDuo()->fields : QJsonObject();
        for (auto it = step.sends.constBegin(); it != step.sends.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        facts.duo = DuoSettings{fields};
        break;
    }
    }
    return facts;
}
