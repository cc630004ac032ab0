#include "SecretStore.h"

#include "base/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

SecretStore::SecretStore(QString service, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent), m_service(std::move(service)), m_deadline(deadline)
{}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void SecretStore::probe(QObject *context, Callback done)
{
    read(QStringLiteral("duo-console-probe"), context, std::move(done));
}

namespace {

SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult result;
    result.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        result.detail.clear();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing bus, service or libsecret as OtherError.
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        break;
    }
    return result;
}

} // namespace

void SecretStore::run(QKeychain::Job *job, QObject *context, Callback done)
{
    // Shared by the deadline and the job: whichever comes first answers, once.
    struct Pending
    {
        Callback done;
        QPointer<QObject> context;
        bool hasContext = false;
        bool answered = false;
        QPointer<QTimer> deadline;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->deadline = new QTimer(this);

    auto answer = [pending](const SecretResult &result) {
        if (pending->answered)
            return;
        pending->answered = true;
        if (pending->deadline)
            pending->deadline->deleteLater();
        if (!pending->hasContext || pending->context)
            pending->done(result);
    };

    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QString key = job->key();
    connect(job, &QKeychain::Job::finished, this, [this, answer, key](QKeychain::Job *finished) {
        const SecretResult result = resultOf(finished);
        if (!result.keychainUsable())
            qCInfo(lcSecrets) << "keychain job for" << key << "failed:" << result.detail;
        const bool maybeLocked = result.status == SecretResult::Status::AccessDenied ||
                                 (result.status == SecretResult::Status::NotFound &&
                                  qobject_cast<QKeychain::ReadPasswordJob *>(finished));
        if (maybeLocked)
            whenUnlocked(result, answer);
        else
            answer(result);
    });

    pending->deadline->setSingleShot(true);
    connect(pending->deadline, &QTimer::timeout, this, [answer, key] {
        qCWarning(lcSecrets) << "keychain job for" << key << "overran its deadline; abandoned";
        answer({SecretResult::Status::TimedOut, {}, {}});
    });
    pending->deadline->start(m_deadline);
    job->start();
}

void SecretStore::whenUnlocked(const SecretResult &result, Callback done)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, result, done] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        // No Secret Service on the bus, no default collection: nothing says it is locked.
        if (!reply.isError() && reply.value().variant().toBool()) {
            qCInfo(lcSecrets) << "the default collection is locked";
            done({SecretResult::Status::Locked, {}, {}});
            return;
        }
        done(result);
    });
}
