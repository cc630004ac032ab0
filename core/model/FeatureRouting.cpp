#include "FeatureRouting.h"

#include "model/EffectiveView.h"
#include "model/EnumNames.h"

namespace {

const char *const generalChat = "DUO_CHAT";
const char *const chatSection = QT_TRANSLATE_NOOP("FeatureRouting", "GitLab Duo Chat");
const char *const otherSection = QT_TRANSLATE_NOOP("FeatureRouting", "Other GitLab Duo features");

// GitLab's display order (feature_settings.vue).
const char *const sectionOrder[] = {
    QT_TRANSLATE_NOOP("FeatureRouting", "Code Suggestions"),
    chatSection,
    QT_TRANSLATE_NOOP("FeatureRouting", "GitLab Duo for merge requests"),
    QT_TRANSLATE_NOOP("FeatureRouting", "GitLab Duo for issues"),
    QT_TRANSLATE_NOOP("FeatureRouting", "GitLab Duo Agent Platform"),
};

int releaseRank(const QString &state)
{
    if (state.isEmpty() || state == QLatin1String("GA"))
        return 0;
    if (state == QLatin1String("BETA"))
        return 1;
    return 2; // EXPERIMENT, and whatever a newer GitLab adds
}

QString familyState(const SelfHostedModel &model)
{
    return model.releaseState.isEmpty() ? EnumNames::familyReleaseState(model.family)
                                        : model.releaseState;
}

} // namespace

QString FeatureRouting::sectionOf(const FeatureSetting &setting)
{
    return setting.mainFeature.isEmpty() ? QLatin1String(otherSection) : setting.mainFeature;
}

QString FeatureRouting::sectionTitle(const QString &section)
{
    if (section == QLatin1String(otherSection))
        return tr(otherSection);
    for (const char *known : sectionOrder) {
        if (section == QLatin1String(known))
            return tr(known);
    }
    return section;
}

QString FeatureRouting::title(const FeatureSetting &setting)
{
    return setting.title.isEmpty() ? EnumNames::shown(EnumNames::feature(setting.feature))
                                   : EnumNames::featureTitle(setting.title);
}

QString FeatureRouting::badge(const QString &releaseState)
{
    if (releaseRank(releaseState) == 0)
        return {};
    if (releaseState == QLatin1String("BETA"))
        return tr("Beta");
    if (releaseState == QLatin1String("EXPERIMENT") ||
        releaseState == QLatin1String("EXPERIMENTAL"))
        return tr("Experiment");
    return releaseState;
}

QList<FeatureRouting::Section> FeatureRouting::sections(const QList<FeatureSetting> &features)
{
    QStringList order;
    for (const char *title : sectionOrder)
        order << QLatin1String(title);
    for (const FeatureSetting &setting : features) {
        const QString section = sectionOf(setting);
        if (!order.contains(section) && section != QLatin1String(otherSection))
            order << section;
    }
    order << QLatin1String(otherSection);
    QList<Section> sections;
    for (const QString &title : std::as_const(order)) {
        Section section{title, sectionTitle(title), {}};
        for (const FeatureSetting &setting : features) {
            if (sectionOf(setting) == title)
                section.features << setting;
        }
        if (section.features.isEmpty())
            continue;
        // GitLab's order within a section, kept among equals: GA, beta, experiment.
        std::stable_sort(section.features.begin(), section.features.end(),
                         [](const FeatureSetting &a, const FeatureSetting &b) {
                             return releaseRank(a.releaseState) < releaseRank(b.releaseState);
                         });
        sections << section;
    }
    return sections;
}

QList<EffectiveModel> FeatureRouting::inSelectorOrder(QList<EffectiveModel> models)
{
    std::sort(models.begin(), models.end(), [](const EffectiveModel &a, const EffectiveModel &b) {
        const int ra = releaseRank(familyState(a.model));
        const int rb = releaseRank(familyState(b.model));
        return ra != rb ? ra < rb : a.model.name < b.model.name;
    });
    return models;
}

QList<EffectiveModel> FeatureRouting::compatibleModels(const QList<EffectiveModel> &ordered,
                                                       const FeatureSetting &setting)
{
    QList<EffectiveModel> models;
    for (const EffectiveModel &row : ordered) {
        if (setting.accepts(row.model.family))
            models << row;
    }
    return models;
}

QString FeatureRouting::modelChoiceText(const EffectiveModel &model)
{
    const QString text = tr("%1 (%2)").arg(model.model.name,
                                           EnumNames::shown(EnumNames::family(model.model.family)));
    const QString beta = badge(familyState(model.model));
    return beta.isEmpty() ? text : tr("%1 [%2]").arg(text, beta);
}

QString FeatureRouting::assignmentText(const EffectiveView &view, const FeatureSetting &setting)
{
    if (setting.provider == FeatureSetting::disabled)
        return tr("Disabled");
    if (setting.provider == FeatureSetting::selfHosted) {
        const EffectiveModel *model = view.liveModel(setting.modelId);
        return model ? modelChoiceText(*model) : tr("a deleted model");
    }
    if (setting.provider == FeatureSetting::vendored) {
        if (!setting.modelRef.isEmpty())
            return tr("GitLab managed: %1").arg(setting.gitlabModelName(setting.modelRef));
        const QString name = setting.defaultGitlabModel.value(QLatin1String("name")).toString();
        return name.isEmpty() ? tr("GitLab AI vendor model")
                              : tr("GitLab managed: %1 - Default").arg(name);
    }
    if (setting.provider == FeatureSetting::unassigned || setting.provider.isEmpty())
        return tr("Unassigned");
    return setting.provider; // a provider a newer GitLab adds
}

QString FeatureRouting::fallback(const EffectiveView &view, const FeatureSetting &setting)
{
    const bool unassigned =
        setting.provider == FeatureSetting::unassigned || setting.provider.isEmpty();
    if (!unassigned || setting.feature == QLatin1String(generalChat) ||
        sectionOf(setting) != QLatin1String(chatSection))
        return {};
    const std::optional<FeatureSetting> chat = view.feature(QLatin1String(generalChat));
    if (!chat)
        return {};
    if (chat->provider == FeatureSetting::unassigned || chat->provider.isEmpty())
        return tr("General Chat's model, which is unassigned too");
    return assignmentText(view, *chat);
}

QString FeatureRouting::incompatibility(const FeatureSetting &setting, const EffectiveModel &model)
{
    if (setting.accepts(model.model.family))
        return {};
    const QString family =
        model.model.family.left(1).toUpper() + model.model.family.mid(1).toLower();
    return tr("%1 is incompatible with the %2 feature.").arg(family, title(setting));
}

QString FeatureRouting::problem(const EffectiveView &view, const FeatureSetting &setting)
{
    if (setting.provider == FeatureSetting::selfHosted) {
        const EffectiveModel *model = view.liveModel(setting.modelId);
        if (!model)
            return tr("Its model no longer exists: choose another one.");
        if (const QString why = incompatibility(setting, *model); !why.isEmpty())
            return tr("%1 Choose a compatible model.").arg(why);
        return {};
    }
    if (setting.provider == FeatureSetting::unassigned) {
        if (const QString to = fallback(view, setting); !to.isEmpty())
            return tr("Unassigned: uses General Chat's model (%1).").arg(to);
        return tr("Assign a model to enable this feature");
    }
    return {};
}

bool FeatureRouting::Choice::gitlabManaged() const
{
    return assignment.value(QLatin1String("provider")).toString() == FeatureSetting::vendored;
}

QList<FeatureRouting::Choice> FeatureRouting::choices(const QList<EffectiveModel> &ordered,
                                                      const FeatureSetting &setting, bool vendored)
{
    QList<Choice> list;
    const QString selfHosted = tr("Self-hosted models");
    for (const EffectiveModel &model : compatibleModels(ordered, setting))
        list << Choice{selfHosted, modelChoiceText(model),
                       FeatureSetting::assignment(FeatureSetting::selfHosted, model.model.id)};
    list << Choice{selfHosted, tr("Disabled"),
                   FeatureSetting::assignment(FeatureSetting::disabled, {})};
    if (!vendored)
        return list;
    const QString managed = tr("GitLab managed models");
    const QString defaultName = setting.defaultGitlabModel.value(QLatin1String("name")).toString();
    for (const auto &entry : setting.gitlabModels) {
        const QJsonObject model = entry.toObject();
        const QString ref = model.value(QLatin1String("ref")).toString();
        list << Choice{managed, model.value(QLatin1String("name")).toString(),
                       FeatureSetting::assignment(FeatureSetting::vendored, {}, ref)};
    }
    list << Choice{managed,
                   defaultName.isEmpty() ? tr("GitLab AI vendor model")
                                         : tr("%1 - Default").arg(defaultName),
                   FeatureSetting::assignment(FeatureSetting::vendored, {})};
    return list;
}

bool FeatureRouting::betaShown(const EffectiveView &view)
{
    bool told = false;
    for (const FeatureSetting &setting : view.serverFeatures()) {
        if (setting.releaseState.isEmpty())
            continue;
        told = true;
        if (setting.releaseState != QLatin1String("GA"))
            return true;
    }
    return !told;
}
