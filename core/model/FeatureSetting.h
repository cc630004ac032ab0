#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Which provider serves one AI-native feature: DISABLED, VENDORED (a GitLab AI vendor model),
// SELF_HOSTED (with a model), or UNASSIGNED (18.x: never configured).
struct FeatureSetting
{
    QString feature;  // AiFeatures value, e.g. "CODE_GENERATIONS"
    QString provider; // AiFeatureProviders value
    QString modelId;  // the self-hosted model's id when provider is SELF_HOSTED
    QString modelRef; // VENDORED: the GitLab-managed model chosen (empty: GitLab's default)
    QString title;
    QString mainFeature;
    QString releaseState;           // GA | BETA | EXPERIMENT
    QStringList compatibleFamilies; // AiAcceptedSelfHostedModels values
    // 19.1+, a vendored setting of a feature that has one: {"enabled", "models": [{"ref",
    // "name", "allowed", "current"}]}; empty where GitLab offers no allowlist.
    QJsonObject allowList;
    // 18.x+: the GitLab-managed models GitLab offers for the feature, [{"ref", "name"}], and
    // its default one {"ref", "name"}; empty where the instance offers none (offline, 17.x).
    QJsonArray gitlabModels;
    QJsonObject defaultGitlabModel;

    static inline const QString disabled = QStringLiteral("DISABLED");
    static inline const QString vendored = QStringLiteral("VENDORED");
    static inline const QString selfHosted = QStringLiteral("SELF_HOSTED");
    static inline const QString unassigned = QStringLiteral("UNASSIGNED");

    // {"provider", "modelId"[, "modelRef"]}: what a change sets.
    QJsonObject assignment() const;
    static QJsonObject assignment(const QString &provider, const QString &modelId,
                                  const QString &modelRef = {});
    QString gitlabModelName(const QString &ref) const; // the ref itself when not offered
    bool hasAllowlist() const { return !allowList.isEmpty(); }
    // The allowlist as a change sets it: {"allowlistEnabled", "allowlistModelRefs": sorted refs
    // allowed besides the model currently chosen, which GitLab allows implicitly}.
    QJsonObject allowlistFields() const;
    QStringList allowlistRefs() const; // every model the allowlist can name
    // The allowlist as a change's `fields` (allowlistFields' form) would leave it.
    QJsonObject allowListWith(const QJsonObject &fields) const;
    static QStringList refs(const QJsonValue &array); // a JSON array of model refs
    QString displayTitle() const { return title.isEmpty() ? feature : title; }
    bool accepts(const QString &family) const
    {
        return compatibleFamilies.isEmpty() || compatibleFamilies.contains(family);
    }

    QJsonObject toJson() const;
    static FeatureSetting fromJson(const QJsonObject &json);
    bool operator==(const FeatureSetting &) const = default;
};
