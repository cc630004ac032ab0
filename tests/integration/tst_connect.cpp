#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestCertificates.h"
#include "TestSettings.h"
#include "TestSkips.h"
#include "gitlab/InstanceConnector.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using Category = ApiError::Category;

// Connecting to the GitLab simulator: capability detection in both API shapes, and every kind
// of failure with the message the admin sees.
class TestConnect : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg; // the schema cache and anything else written lands here
    Simulator sim;

    struct Outcome
    {
        InstanceCapabilities capabilities;
        ApiError error;
    };

    static ConnectionSettings settingsFor(const QUrl &url, int timeoutSeconds = 20)
    {
        return testSettings(url, std::chrono::seconds(timeoutSeconds));
    }

    static Outcome connectWith(const ConnectionSettings &settings,
                               const QString &token = QLatin1String(SimTokens::admin))
    {
        GitLabClient client(settings, token);
        InstanceConnector connector(&client);
        QSignalSpy finished(&connector, &InstanceConnector::finished);
        connector.start();
        if (!finished.wait(60000))
            qWarning("connect did not finish");
        return {connector.capabilities(), connector.error()};
    }

    Outcome connectToSim(const QString &token = QLatin1String(SimTokens::admin), int timeout = 20)
    {
        return connectWith(settingsFor(sim.gitlabUrl(), timeout), token);
    }

    void startSim(const Simulator::Options &options = {})
    {
        QVERIFY2(sim.start(options), qPrintable(sim.errorString()));
    }

    void addFault(const QString &path, const QJsonObject &fault)
    {
        QJsonObject f = fault;
        f.insert(QStringLiteral("path"), path);
        QVERIFY(sim.addFault(f) >= 0);
    }

    int introspectionRequests()
    {
        int count = 0;
        for (const auto &entry : sim.requests()) {
            if (entry.toObject()
                    .value(QLatin1String("body"))
                    .toString()
                    .contains(QLatin1String("IntrospectionQuery")))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase() { DUO_REQUIRE_SIMULATOR(); }

    void cleanup() { sim.stop(); }

    void detectsTheApiShapeFromTheSchema_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("batch");
        QTest::newRow("18.9") << QStringLiteral("18.9") << QStringLiteral("18.9.0-ee") << true;
        QTest::newRow("17.6") << QStringLiteral("17.6") << QStringLiteral("17.6.2-ee") << false;
        QTest::newRow("reports 18.9, serves 17.6")
            << QStringLiteral("17.6") << QStringLiteral("18.9.2-ee") << false;
    }

    void detectsTheApiShapeFromTheSchema()
    {
        QFETCH(QString, shape);
        QFETCH(QString, version);
        QFETCH(bool, batch);
        startSim({shape, version, {}, {}, {}, {}});
        const Outcome outcome = connectToSim();
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
        const InstanceCapabilities &c = outcome.capabilities;
        QCOMPARE(c.version, version);
        QVERIFY(c.isAdmin);
        QCOMPARE(c.username, QStringLiteral("root"));
        QVERIFY(c.hasScope(QStringLiteral("api")) && c.hasScope(QStringLiteral("admin_mode")));
        QVERIFY(c.shape.known);
        QCOMPARE(c.shape.featureSettingsBatch, batch);
        QCOMPARE(c.shape.duoSettings, batch);
        QCOMPARE(c.shape.connectionCheck, batch);
        QCOMPARE(c.shape.modelReleaseState, batch);
        QCOMPARE(c.shape.providers.contains(QLatin1String("UNASSIGNED")), batch);
        QCOMPARE(c.shape.modelFamilies.contains(QLatin1String("GENERAL")), batch);
        QVERIFY(c.shape.modelFamilies.contains(QLatin1String("MISTRAL")));
        QVERIFY(c.shape.features.contains(QLatin1String("CODE_GENERATIONS")));
        QVERIFY(c.selfHostedModelsAllowed);
        QVERIFY(c.license.readable);
        QVERIFY(!c.addOns.isEmpty());
        QVERIFY(c.roundTrips <= 2);
    }

    void secondConnectToTheSameBuildDownloadsNoSchema()
    {
        startSim({QStringLiteral("18.9"), QStringLiteral("18.9.3-ee"), {}, {}, {}, {}});
        const Outcome first = connectToSim();
        QVERIFY(!first.error.isError());
        QVERIFY(first.capabilities.introspectionDownloaded);
        QCOMPARE(first.capabilities.roundTrips, 2);
        QCOMPARE(introspectionRequests(), 1);

        sim.clearRequests();
        const Outcome second = connectToSim();
        QVERIFY(!second.error.isError());
        QVERIFY(!second.capabilities.introspectionDownloaded);
        QCOMPARE(second.capabilities.roundTrips, 1);
        QCOMPARE(introspectionRequests(), 0);
        QVERIFY(second.capabilities.shape.featureSettingsBatch);
    }

    void nonAdminIsToldWhy()
    {
        startSim();
        const Outcome outcome = connectToSim(QLatin1String(SimTokens::nonAdmin));
        QVERIFY(!outcome.error.isError());
        QVERIFY(!outcome.capabilities.isAdmin);
        QVERIFY(!outcome.capabilities.selfHostedModelsAllowed);
        QVERIFY(
            outcome.capabilities.selfHostedModelsReason.contains(QLatin1String("administrator")));
        QVERIFY(outcome.capabilities.warnings()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("not an administrator")));
    }

    void missingScopesAreNamed()
    {
        startSim();
        const Outcome readOnly = connectToSim(QLatin1String(SimTokens::readApi));
        QVERIFY(!readOnly.error.isError());
        QVERIFY(readOnly.capabilities.warnings()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("lacks the api scope")));

        const Outcome apiOnly = connectToSim(QLatin1String(SimTokens::adminApiOnly));
        QVERIFY(apiOnly.capabilities.warnings()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("admin_mode")));

        // A write with a read_api token: GitLab's 403 insufficient_scope.
        GitLabClient client(settingsFor(sim.gitlabUrl()), QLatin1String(SimTokens::readApi));
        ApiCall *put = client.put(QStringLiteral("application/settings"),
                                  {{QStringLiteral("duo_features_enabled"), true}});
        QSignalSpy done(put, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(put->error().category(), Category::Forbidden);
        QVERIFY2(put->error().userMessage().contains(QLatin1String("lacks a scope")),
                 qPrintable(put->error().userMessage()));
    }

    void failuresGiveClearMessages_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("message");
        const QString admin = QString::fromLatin1(SimTokens::admin);
        const QString rest = QStringLiteral("^/api/v4/metadata");
        QTest::newRow("invalid token") << QStringLiteral("nope") << QString() << QJsonObject()
                                       << int(Category::Auth) << QStringLiteral("did not accept");
        QTest::newRow("expired token")
            << QString::fromLatin1(SimTokens::expired) << QString() << QJsonObject()
            << int(Category::Auth) << QStringLiteral("Token is expired");
        QTest::newRow("revoked token")
            << QString::fromLatin1(SimTokens::revoked) << QString() << QJsonObject()
            << int(Category::Auth) << QStringLiteral("Token was revoked");
        QTest::newRow("hang") << admin << rest << QJsonObject{{QStringLiteral("hang"), true}}
                              << int(Category::Timeout) << QStringLiteral("did not answer in time");
        // Qt itself resends a GET once after a reset, so the fault has to persist.
        QTest::newRow("reset") << admin << rest
                               << QJsonObject{{QStringLiteral("reset"), true},
                                              {QStringLiteral("count"), -1}}
                               << int(Category::Network) << QStringLiteral("failed");
        QTest::newRow("truncated")
            << admin << rest << QJsonObject{{QStringLiteral("truncate"), true}}
            << int(Category::Protocol) << QStringLiteral("cut off");
        QTest::newRow("malformed")
            << admin << rest << QJsonObject{{QStringLiteral("malformed"), true}}
            << int(Category::Protocol) << QStringLiteral("not valid JSON");
        QTest::newRow("500") << admin << rest
                             << QJsonObject{{QStringLiteral("status"), 500},
                                            {QStringLiteral("body"), QStringLiteral("{}")}}
                             << int(Category::Server) << QStringLiteral("server error");
        QTest::newRow("503 for good")
            << admin << rest
            << QJsonObject{{QStringLiteral("status"), 503}, {QStringLiteral("count"), -1}}
            << int(Category::Server) << QStringLiteral("server error");
        for (const int seconds : {600, 3600, 86400})
            QTest::addRow("429 for %d s", seconds)
                << admin << rest
                << QJsonObject{{QStringLiteral("status"), 429},
                               {QStringLiteral("retryAfter"), seconds},
                               {QStringLiteral("count"), -1}}
                << int(Category::RateLimited) << QStringLiteral("asks to wait until");
        QTest::newRow("graphql errors")
            << admin << QStringLiteral("^/api/graphql")
            << QJsonObject{{QStringLiteral("status"), 200},
                           {QStringLiteral("body"),
                            QStringLiteral(R"({"errors":[{"message":"Internal error"}]})")},
                           {QStringLiteral("count"), -1}}
            << int(Category::Protocol) << QStringLiteral("Internal error");
    }

    void failuresGiveClearMessages()
    {
        QFETCH(QString, token);
        QFETCH(QString, path);
        QFETCH(QJsonObject, fault);
        QFETCH(int, category);
        QFETCH(QString, message);
        startSim();
        if (!path.isEmpty())
            addFault(path, fault);
        const Outcome outcome = connectToSim(token, 2);
        QCOMPARE(int(outcome.error.category()), category);
        QVERIFY2(outcome.error.userMessage().contains(message),
                 qPrintable(outcome.error.userMessage()));

        // The console stays usable: the next connect, without the fault, works.
        sim.clearFaults();
        QVERIFY(!connectToSim().error.isError());
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("429 with Retry-After")
            << QJsonObject{{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 1}};
        QTest::newRow("502") << QJsonObject{{QStringLiteral("status"), 502}};
        QTest::newRow("503 twice")
            << QJsonObject{{QStringLiteral("status"), 503}, {QStringLiteral("count"), 2}};
    }

    void transientFailuresAreRetried()
    {
        QFETCH(QJsonObject, fault);
        startSim();
        addFault(QStringLiteral("^/api/v4/user$"), fault);
        const Outcome outcome = connectToSim();
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        int userRequests = 0;
        for (const auto &entry : sim.requests())
            userRequests += entry.toObject().value(QLatin1String("path")).toString() ==
                            QLatin1String("/api/v4/user");
        QCOMPARE(userRequests, 1 + fault.value(QLatin1String("count")).toInt(1));
    }

    void unknownHostIsADnsError()
    {
        const Outcome outcome = connectWith(
            settingsFor(QUrl(QStringLiteral("https://gitlab.nonexistent.invalid")), 10));
        QCOMPARE(outcome.error.category(), Category::Dns);
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("gitlab.nonexistent.invalid")));
    }

    void closedPortIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Outcome outcome =
            connectWith(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QCOMPARE(outcome.error.category(), Category::Network);
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("refused")));
    }

    void wrongPathIsNotFound()
    {
        startSim();
        QUrl url = sim.gitlabUrl();
        url.setPath(QStringLiteral("/not-gitlab"));
        const Outcome outcome = connectWith(settingsFor(url));
        QCOMPARE(outcome.error.category(), Category::NotFound);
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("Check the instance URL")));
    }

    void redirectToAnotherOriginKeepsTheToken()
    {
        startSim();
        QUrl elsewhere = sim.gatewayUrl();
        elsewhere.setPath(QStringLiteral("/api/v4/metadata"));
        addFault(QStringLiteral("^/api/v4/metadata"),
                 {{QStringLiteral("redirect"), elsewhere.toString()}});
        const Outcome outcome = connectToSim();
        QCOMPARE(outcome.error.category(), Category::Protocol);
        QVERIFY2(outcome.error.userMessage().contains(QLatin1String("was not sent there")),
                 qPrintable(outcome.error.userMessage()));
        QVERIFY2(outcome.error.userMessage().contains(elsewhere.toDisplayString(QUrl::RemovePath)),
                 qPrintable(outcome.error.userMessage()));
        for (const auto &entry : sim.requests()) {
            const QJsonObject request = entry.toObject();
            if (request.value(QLatin1String("server")).toString() == QLatin1String("gitlab"))
                continue;
            const QString headers = QString::fromUtf8(
                QJsonDocument(request.value(QLatin1String("headers")).toObject()).toJson());
            QVERIFY2(!headers.contains(QLatin1String(SimTokens::admin)),
                     "the token reached another origin");
        }
    }

    void tlsTrustComesFromTheCaFile()
    {
        TestCertificates certificates;
        if (!certificates.isValid())
            QSKIP(qPrintable(certificates.errorString()));
        startSim({{}, {}, {}, certificates.serverCert(), certificates.serverKey(), {}});
        QCOMPARE(sim.gitlabUrl().scheme(), QStringLiteral("https"));

        const Outcome untrusted = connectToSim();
        QCOMPARE(untrusted.error.category(), Category::Tls);
        const QString message = untrusted.error.userMessage();
        QVERIFY2(message.contains(QLatin1String("Issuer: Duo Console Test CA")),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("Subject: 127.0.0.1")));
        QVERIFY(message.contains(QLatin1String("SHA-256 fingerprint:")));
        QVERIFY(message.contains(QLatin1String("add its CA file")));

        ConnectionSettings trusted = settingsFor(sim.gitlabUrl());
        trusted.caBundlePath = certificates.caFile();
        const Outcome ok = connectWith(trusted);
        QVERIFY2(!ok.error.isError(), qPrintable(ok.error.userMessage()));
    }

    void expiredAndWrongHostCertificatesAreRefused_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << true << QStringLiteral("expired");
        QTest::newRow("wrong host") << false << QStringLiteral("host name");
    }

    void expiredAndWrongHostCertificatesAreRefused()
    {
        QFETCH(bool, expired);
        QFETCH(QString, reason);
        TestCertificates certificates;
        if (!certificates.isValid())
            QSKIP(qPrintable(certificates.errorString()));
        startSim({{},
                  {},
                  {},
                  expired ? certificates.expiredCert() : certificates.wrongHostCert(),
                  expired ? certificates.serverKey() : certificates.wrongHostKey(),
                  {}});
        ConnectionSettings settings = settingsFor(sim.gitlabUrl());
        settings.caBundlePath = certificates.caFile();
        const Outcome outcome = connectWith(settings);
        QCOMPARE(outcome.error.category(), Category::Tls);
        QVERIFY2(outcome.error.userMessage().contains(reason, Qt::CaseInsensitive),
                 qPrintable(outcome.error.userMessage()));
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("Valid from")));
    }

    void cleanupTestCase()
    {
        for (const char *token :
             {SimTokens::admin, SimTokens::readApi, SimTokens::nonAdmin, SimTokens::adminApiOnly})
            QVERIFY2(xdg.filesContaining(token).isEmpty(),
                     qPrintable(xdg.filesContaining(token).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
