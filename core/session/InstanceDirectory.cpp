#include "InstanceDirectory.h"

#include "model/FieldRules.h"
#include "net/TlsTrust.h"
#include "session/InstanceSession.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QPointer>

InstanceDirectory::InstanceDirectory(QString keychainService, QObject *parent)
    : QObject(parent), m_profiles(std::make_unique<ProfileStore>()),
      m_secrets(new SecretStore(std::move(keychainService), std::chrono::seconds(10), this))
{}

InstanceDirectory::~InstanceDirectory() = default;

QList<InstanceProfile> InstanceDirectory::profiles() const
{
    return m_profiles->all();
}

std::optional<InstanceProfile> InstanceDirectory::find(const QString &nameOrId) const
{
    return m_profiles->find(nameOrId);
}

QString InstanceDirectory::nameProblem(const QString &name, const QUuid &id) const
{
    return m_profiles->nameProblem(name, id);
}

QString InstanceDirectory::connectionProblem(const ConnectionSettings &connection) const
{
    if (!connection.url.userInfo().isEmpty())
        return tr("The instance URL holds a user name or password. Duo Console never keeps "
                  "credentials in its configuration: give the URL without them; the access "
                  "token goes to the system keychain.");
    if (!connection.caBundlePath.isEmpty()) {
        QSslConfiguration unused;
        QString problem;
        if (!TlsTrust::configuration(connection.caBundlePath, &unused, &problem))
            return problem;
    }
    return {};
}

QString InstanceDirectory::configurationProblem() const
{
    return m_profiles->problem();
}

void InstanceDirectory::save(const InstanceProfile &profile, const QString &token, QObject *context,
                             Done done, const QString &proxyPassword)
{
    if (!token.isEmpty()) {
        if (const QString problem = FieldRules::accessToken(token); !problem.isEmpty()) {
            done(Outcome::failure(QStringLiteral("validation"), problem));
            return;
        }
    }
    if (const QString problem =
            FieldRules::proxyLogin(profile.connection.proxy.user, proxyPassword);
        !problem.isEmpty()) {
        done(Outcome::failure(QStringLiteral("validation"), problem));
        return;
    }
    auto saveProfile = [this, profile, done] {
        done(m_profiles->save(profile));
    };
    auto storePassword = [=, this] {
        if (proxyPassword.isEmpty())
            saveProfile();
        else
            storeSecret(profile.proxyPasswordKey(), proxyPassword, context, saveProfile, done);
    };
    if (token.isEmpty())
        storePassword();
    else
        storeSecret(profile.tokenKey(), token, context, storePassword, done);
}

void InstanceDirectory::storeToken(const InstanceProfile &profile, const QString &token,
                                   QObject *context, Done done)
{
    save(profile, token, context, std::move(done));
}

// Secrets go to the keychain or nowhere: when it cannot take one, nothing is saved.
void InstanceDirectory::storeSecret(const QString &key, const QString &secret, QObject *context,
                                    std::function<void()> then, Done failed)
{
    m_secrets->write(key, secret, context, [then, failed](const SecretResult &result) {
        if (result.ok()) {
            then();
            return;
        }
        failed(Outcome::failure(QStringLiteral("keychain"),
                                result.message() + QLatin1Char('\n') +
                                    tr("Nothing was saved: Duo Console keeps tokens and passwords "
                                       "only in the system keychain.")));
    });
}

void InstanceDirectory::remove(const InstanceProfile &profile, QObject *context, Done done)
{
    const QString path = Workspace::pathFor(profile.idString());
    if (!QFileInfo::exists(path)) {
        removeSecrets(profile, {profile.tokenKey(), profile.proxyPasswordKey()}, context, done);
        return;
    }
    // The keys typed into drafts are named by the workspace's changes: read them first. The
    // workspace is closed (on this thread, its worker joined) before its files go.
    auto *workspace = new Workspace(path, this);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    workspace->open(nullptr, [=, this](const StoreResult &) {
        QStringList keys{profile.tokenKey(), profile.proxyPasswordKey()};
        for (const Change &c : workspace->view().changes()) {
            if (c.hasApiKey())
                keys << c.apiKeyName(profile.idString());
        }
        connect(workspace, &QObject::destroyed, this, [=, this] {
            if (!hasContext || guard)
                removeSecrets(profile, keys, guard, done);
        });
        workspace->deleteLater();
    });
}

void InstanceDirectory::removeSecrets(const InstanceProfile &profile, const QStringList &keys,
                                      QObject *context, Done done)
{
    struct Pending
    {
        qsizetype remaining = 0;
        QStringList problems;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = keys.size();
    for (const QString &key : keys) {
        m_secrets->remove(key, context, [this, profile, pending, done](const SecretResult &r) {
            if (!r.keychainUsable() && !pending->problems.contains(r.message()))
                pending->problems << r.message();
            if (--pending->remaining > 0)
                return;
            const Outcome removed = m_profiles->remove(profile.id);
            if (!removed.ok()) {
                done(removed);
                return;
            }
            if (!pending->problems.isEmpty())
                done(Outcome::failure(
                    QStringLiteral("keychain"),
                    tr("Removed instance '%1', but its token or its drafts' "
                       "API keys could not be removed from the keychain: %2")
                        .arg(profile.name, pending->problems.join(QLatin1Char(' ')))));
            else
                done({});
        });
    }
}

void InstanceDirectory::probeKeychain(QObject *context,
                                      std::function<void(const SecretResult &)> done)
{
    m_secrets->probe(context, std::move(done));
}

InstanceSession *InstanceDirectory::openSession(const InstanceProfile &profile,
                                                const QString &holder, QObject *parent,
                                                bool completeView)
{
    return new InstanceSession(profile, m_secrets, holder, parent, completeView);
}
