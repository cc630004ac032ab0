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
        QString title; // GitLab's mainFeature ("Code Suggestions", …), raw when unknown
        QList<FeatureSetting> features;
    };

    // Empty sections never appear; a section GitLab adds later keeps its own name and goes
    // before "Other GitLab Duo features".
    static QList<Section> sections(const QList<FeatureSetting> &features);
    static QString sectionOf(const FeatureSetting &setting);
    static QString title(const FeatureSetting &setting); // GitLab's title, else a known name
    // "Beta" / "Experiment" for the badge; empty for GA.
    static QString badge(const QString &releaseState);

    // The live self-hosted models the feature accepts, GA families before beta, then by name.
    static QList<EffectiveModel> compatibleModels(const EffectiveView &view,
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
