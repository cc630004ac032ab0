#pragma once

#include "model/InstanceProfile.h"
#include "model/Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// The instance profiles, in QSettings through one table of keys. Tokens are never stored here.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    QList<InstanceProfile> all() const;
    std::optional<InstanceProfile> find(const QString &nameOrId) const;

    // Adds or updates the profile with this id. A configuration file that cannot be read is
    // moved aside first, never overwritten (the outcome says where it went).
    Outcome save(const InstanceProfile &profile);
    // Removes the profile and its local data folder (not its keychain entry: see SecretStore).
    Outcome remove(const QUuid &id);

    // Why the configuration file cannot be read (empty when it can, or does not exist yet).
    QString problem() const;
    static QString configurationPath();

    static constexpr int maxNameLength = 100;
    // A message saying why this name cannot be used for the profile with `id`, or empty.
    QString nameProblem(const QString &name, const QUuid &id = {}) const;

    // Where this instance's local data (snapshot, caches) lives.
    static QString dataDirectory(const QUuid &id);
};
