#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

class EffectiveView;
class QWidget;
struct FeatureSetting;

// The questions the features pane asks before it records anything.
class FeatureDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FeatureDialogs)

public:
    // What one assignment to several features would change.
    struct Plan
    {
        QStringList features; // the ones that change
        QStringList changes;  // "Code Completion: Unassigned → mistral-prod (Mistral)"
        QStringList skipped;  // "Fix Code: Codestral is incompatible with the Fix Code feature."
        QString choiceText;   // the assignment in words
        QString summary;      // what is said once it is recorded
    };
    static Plan plan(const EffectiveView &view, const QStringList &features,
                     const QJsonObject &assignment);
    // The list of changes and skipped rows, Apply or Cancel. GitLab's own "Apply to all"
    // asks nothing.
    static bool confirm(QWidget *parent, const Plan &plan);
    // GitLab's consent to a GitLab-managed model, with its "Do not show again".
    static bool gitlabModelConsent(QWidget *parent, const QString &name, bool *doNotShowAgain);
    // One model for several features: every live model, Disabled, the GitLab-managed ones.
    static std::optional<QJsonObject> chooseForSeveral(QWidget *parent, const EffectiveView &view,
                                                       const QStringList &features, bool vendored);
    // The allowlist as a SetAllowlist change's values, or nothing when cancelled.
    static std::optional<QJsonObject> editAllowlist(QWidget *parent, const FeatureSetting &setting);
};
