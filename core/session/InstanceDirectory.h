#pragma once

#include "model/InstanceProfile.h"
#include "model/Outcome.h"
#include "model/SecretResult.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class InstanceSession;
class ProfileStore;
class SecretStore;

// The instances an administrator added, and the use cases on them for both faces: add or edit
// a profile (its token to the keychain first: nothing is saved when the keychain cannot take
// it), store or replace a token, remove an instance with everything it left in the keychain,
// and open a session on one.
class InstanceDirectory : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Outcome &)>;

    explicit InstanceDirectory(QString keychainService, QObject *parent = nullptr);
    ~InstanceDirectory() override;

    QList<InstanceProfile> profiles() const;
    std::optional<InstanceProfile> find(const QString &nameOrId) const;
    // Why this name cannot be used for the profile with `id` (empty: it can).
    QString nameProblem(const QString &name, const QUuid &id = {}) const;
    // Why these connection settings cannot be saved (empty: they can).
    QString connectionProblem(const ConnectionSettings &connection) const;
    // Why the configuration file could not be read, if it could not.
    QString configurationProblem() const;

    // Adds or updates `profile`; a non-empty `token` (and manual proxy password) is stored in
    // the keychain first.
    void save(const InstanceProfile &profile, const QString &token, QObject *context, Done done,
              const QString &proxyPassword = {});
    void storeToken(const InstanceProfile &profile, const QString &token, QObject *context,
                    Done done);
    // Removes the profile, its token, the API keys typed into its drafts and its local data;
    // `done` once the keychain has answered every removal.
    void remove(const InstanceProfile &profile, QObject *context, Done done);
    // Whether a system keychain answers.
    void probeKeychain(QObject *context, std::function<void(const SecretResult &)> done);

    InstanceSession *openSession(const InstanceProfile &profile, const QString &holder,
                                 QObject *parent, bool completeView = true);

private:
    void storeSecret(const QString &key, const QString &secret, QObject *context,
                     std::function<void()> then, Done failed);
    void removeSecrets(const InstanceProfile &profile, const QStringList &keys, QObject *context,
                       Done done);

    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets;
};
