#pragma once

#include <QCoreApplication>
#include <QString>

struct SelfHostedModel;

// The names the console shows for GitLab's enum values. A value it has no name for (a newer
// GitLab's) is shown by its raw name and marked as new, never dropped.
class EnumNames
{
    Q_DECLARE_TR_FUNCTIONS(EnumNames)

public:
    struct Name
    {
        QString text;
        bool known = false;
    };

    static Name family(const QString &value);   // AiAcceptedSelfHostedModels
    static Name platform(const QString &value); // AiSelfHostedModelProvider
    static Name releaseState(const QString &value);
    // The feature's own title from GitLab wins; this covers the enum value alone.
    static Name feature(const QString &value);
    // GitLab's title of a feature in the user's language where it is one the console knows
    // (this version's or an earlier one's); any other title as GitLab sent it.
    static QString featureTitle(const QString &gitlabTitle);
    // "NOVA_NEXT (new in this GitLab version)" for an unknown value, the name otherwise.
    static QString shown(const Name &name);
    // The release state a family has in GitLab's own table (EXPERIMENTAL for unknown ones).
    static QString familyReleaseState(const QString &value);

    // A model's family with GitLab's Beta badge (its own release state, else the table's).
    static QString familyText(const QString &family, const QString &releaseState = {});
    // A model's platform, marked where it was inferred from the identifier.
    static QString platformText(const SelfHostedModel &model);
    // A model's endpoint, or "--" where its platform has none (GitLab's list shows the same).
    static QString endpointText(const SelfHostedModel &model);
};
