#pragma once

#include "model/FeatureSetting.h"

#include <QCoreApplication>
#include <QList>

class EffectiveView;
struct EffectiveModel;

// GitLab's Features tab as values: sections in GitLab's order, rows GA → beta → experiment,
// the models a feature can take, and what a feature will actually use. Computed over the
// effective view, so drafts count and it works offline.
class FeatureRouting
{
    Q_DECLARE_TR_FUNCTIONS(FeatureRouting)

public:
    struct Section
    {
        QString name;  // GitLab's mainFeature ("Code Suggestions", …)
        QString title; // the same in the user's language where the console knows it
        QList<FeatureSetting> features;
    };

    // One entry of a feature's model selector, as GitLab groups them.
    struct Choice
    {
        QString group;          // "Self-hosted models" or "GitLab managed models"
        QString text;           // "mistral-prod (Mistral)", "Disabled", "Claude Sonnet 4", …
        QJsonObject assignment; // FeatureSetting::assignment() of the choice
        bool gitlabManaged() const;
    };

    // Every compatible self-hosted model (GA before beta), Disabled, then the GitLab-managed
    // models where `vendored` (the instance has the VENDORED provider): the ones it offers and
    // its default, or one "GitLab AI vendor model" where it lists none.
    // `ordered`: the live models, inSelectorOrder.
    static QList<Choice> choices(const QList<EffectiveModel> &ordered,
                                 const FeatureSetting &setting, bool vendored);
    // GitLab shows beta features and families only once beta models are accepted; no API says
    // whether they are: told by the release states of the features it lists (none non-GA:
    // hidden), assumed shown where the instance gives no release states.
    static bool betaShown(const EffectiveView &view);

    // Empty sections never appear; a section GitLab adds later keeps its own name and goes
    // before "Other GitLab Duo features".
    static QList<Section> sections(const QList<FeatureSetting> &features);
    static QString sectionOf(const FeatureSetting &setting);
    // A section's name (sectionOf) in the user's language where the console knows it.
    static QString sectionTitle(const QString &section);
    // GitLab's title (in the user's language where the console knows it), else a known name.
    static QString title(const FeatureSetting &setting);
    // "Beta" / "Experiment" for the badge; empty for GA.
    static QString badge(const QString &releaseState);

    // The live self-hosted models in the selector's order: GA families before beta, then by
    // name. Sorted once for every feature's selector.
    static QList<EffectiveModel> inSelectorOrder(QList<EffectiveModel> models);
    // Those of `ordered` (inSelectorOrder's) that the feature accepts, in the same order.
    static QList<EffectiveModel> compatibleModels(const QList<EffectiveModel> &ordered,
                                                  const FeatureSetting &setting);
    // "<name> (<family>)", as GitLab's selector shows a self-hosted model.
    static QString modelChoiceText(const EffectiveModel &model);
    // What the feature is set to, in words: "Disabled", "mistral-prod (Mistral)", "GitLab
    // managed: Claude Sonnet 4", "GitLab managed: Claude Sonnet 4 - Default", "Unassigned".
    static QString assignmentText(const EffectiveView &view, const FeatureSetting &setting);
    // Where an unassigned Chat sub-feature's requests go: General Chat's model, in words
    // (empty where the feature has no fallback or is assigned).
    static QString fallback(const EffectiveView &view, const FeatureSetting &setting);
    // Why the feature's current assignment will not work (a model deleted or of an
    // incompatible family), or what GitLab warns about an unassigned row; empty when fine.
    static QString problem(const EffectiveView &view, const FeatureSetting &setting);
    // GitLab's message when `model` may not serve `setting`; empty when it may.
    static QString incompatibility(const FeatureSetting &setting, const EffectiveModel &model);
};
