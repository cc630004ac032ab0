#include "store/SecretStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QUuid>
#include <QtTest>
#include <csignal>
#include <sys/types.h>

// Against the real Secret Service (gnome-keyring in the private D-Bus session of tests/run.sh).
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    const QString service = QStringLiteral("io.github.duoconsole.DuoConsole.tests");
    QString key;

    static SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretResult> result;
        start([&](const SecretResult &r) { result = r; });
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < 15000)
            QTest::qWait(10);
        return result.value_or(SecretResult{SecretResult::Status::Failed, {}, {}});
    }

    SecretResult read(SecretStore &store)
    {
        return wait([&](auto done) { store.read(key, this, done); });
    }
    SecretResult write(SecretStore &store, const QString &secret)
    {
        return wait([&](auto done) { store.write(key, secret, this, done); });
    }
    SecretResult remove(SecretStore &store)
    {
        return wait([&](auto done) { store.remove(key, this, done); });
    }

    static QDBusMessage secretsCall(const QString &path, const QString &interface,
                                    const QString &method, const QVariantList &arguments)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), path, interface, method);
        call.setArguments(arguments);
        return QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
    }

    static QDBusObjectPath defaultCollection()
    {
        const QDBusMessage reply =
            secretsCall(QStringLiteral("/org/freedesktop/secrets"),
                        QStringLiteral("org.freedesktop.Secret.Service"),
                        QStringLiteral("ReadAlias"), {QStringLiteral("default")});
        return reply.arguments().value(0).value<QDBusObjectPath>();
    }

    // gnome-keyring's own unlock, the one its login integration uses: no prompt needed.
    static bool unlock(const QDBusObjectPath &collection, const QByteArray &password)
    {
        const QDBusMessage session = secretsCall(
            QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
            {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
        if (session.type() != QDBusMessage::ReplyMessage)
            return false;
        QDBusArgument secret;
        secret.beginStructure();
        secret << session.arguments().value(1).value<QDBusObjectPath>() << QByteArray() << password
               << QStringLiteral("text/plain");
        secret.endStructure();
        const QDBusMessage reply =
            secretsCall(QStringLiteral("/org/freedesktop/secrets"),
                        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                        QStringLiteral("UnlockWithMasterPassword"),
                        {QVariant::fromValue(collection), QVariant::fromValue(secret)});
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    static pid_t secretServicePid()
    {
        const auto reply = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        return reply.isValid() ? static_cast<pid_t>(reply.value()) : 0;
    }

private Q_SLOTS:
    void init()
    {
        key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void roundTrip()
    {
        SecretStore store(service);
        const SecretResult missing = read(store);
        QCOMPARE(missing.status, SecretResult::Status::NotFound);
        QVERIFY(missing.keychainUsable());

        QVERIFY2(write(store, QStringLiteral("glpat-first")).ok(), "write");
        SecretResult got = read(store);
        QVERIFY(got.ok());
        QCOMPARE(got.secret, QStringLiteral("glpat-first"));

        QVERIFY2(write(store, QStringLiteral("glpat-second ünïcødé")).ok(), "overwrite");
        got = read(store);
        QCOMPARE(got.secret, QStringLiteral("glpat-second ünïcødé"));

        QVERIFY(remove(store).ok());
        QCOMPARE(read(store).status, SecretResult::Status::NotFound);
    }

    void entriesAreSeparatedByService()
    {
        SecretStore store(service);
        SecretStore other(service + QStringLiteral(".other"));
        QVERIFY(write(store, QStringLiteral("mine")).ok());
        QCOMPARE(read(other).status, SecretResult::Status::NotFound);
        QVERIFY(remove(store).ok());
    }

    void probeFindsTheKeychain()
    {
        SecretStore store(service);
        const SecretResult probed = wait([&](auto done) { store.probe(this, done); });
        QVERIFY2(probed.keychainUsable(), qPrintable(probed.message()));
    }

    void callbackIsSkippedWhenItsContextIsGone()
    {
        SecretStore store(service);
        bool called = false;
        {
            QObject context;
            store.read(key, &context, [&](const SecretResult &) { called = true; });
        }
        QTest::qWait(1000);
        QVERIFY(!called);
    }

    void jobThatOverrunsItsDeadlineIsAbandoned()
    {
        const pid_t daemon = secretServicePid();
        if (daemon <= 0)
            QSKIP("the Secret Service's process is not known on this bus");

        SecretStore store(service, std::chrono::milliseconds(500));
        QVERIFY(write(store, QStringLiteral("before the freeze")).ok());

        // Freeze the real daemon: the job cannot finish, our deadline must answer.
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        QElapsedTimer clock;
        clock.start();
        const SecretResult frozen = read(store);
        const qint64 waited = clock.elapsed();
        QCOMPARE(::kill(daemon, SIGCONT), 0);

        QCOMPARE(frozen.status, SecretResult::Status::TimedOut);
        QVERIFY2(waited < 5000, "the deadline, not the backend, must end the wait");
        QVERIFY(frozen.message().contains(QLatin1String("did not answer in time")));

        // The store stays usable once the daemon answers again.
        SecretStore patient(service, std::chrono::seconds(10));
        const SecretResult after = read(patient);
        QVERIFY2(after.ok(), qPrintable(after.message()));
        QCOMPARE(after.secret, QStringLiteral("before the freeze"));
        QVERIFY(remove(patient).ok());
    }

    // QtKeychain reports a read from a locked keyring as "not found": the store asks the Secret
    // Service whether the collection is locked before saying nothing is stored. Last in this
    // file, since it locks the keyring the other tests use (and unlocks it again).
    void lockedKeyringIsNamedOnReads()
    {
        const QByteArray password = qgetenv("DUO_TEST_KEYRING_PASSWORD");
        if (password.isEmpty())
            QSKIP("the keyring's password is not known: run the tests through tests/run.sh");
        SecretStore store(service, std::chrono::seconds(5));
        QVERIFY(write(store, QStringLiteral("kept while locked")).ok());
        const QString stored = key;
        const QDBusObjectPath collection = defaultCollection();
        QVERIFY(!collection.path().isEmpty());
        const QDBusMessage locked =
            secretsCall(QStringLiteral("/org/freedesktop/secrets"),
                        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
                        {QVariant::fromValue(QList<QDBusObjectPath>{collection})});
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

        QList<SecretResult> reads;
        reads << read(store); // an entry that exists
        key = QStringLiteral("test/never-stored");
        reads << read(store); // one that does not: nobody can tell while it is locked

        QVERIFY2(unlock(collection, password), "could not unlock the test keyring again");
        for (const SecretResult &result : reads) {
            QCOMPARE(result.status, SecretResult::Status::Locked);
            QVERIFY2(result.message().contains(QLatin1String("locked")) &&
                         result.message().contains(QLatin1String("unlock"), Qt::CaseInsensitive),
                     qPrintable(result.message()));
            QVERIFY(!result.message().contains(QLatin1String("No token")));
        }
        key = stored;
        const SecretResult after = read(store);
        QVERIFY2(after.ok(), qPrintable(after.message()));
        QCOMPARE(after.secret, QStringLiteral("kept while locked"));
        QVERIFY(remove(store).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
