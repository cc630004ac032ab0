#include "SimTokens.h"
#include "Simulator.h"
#include "TestSettings.h"
#include "TestSkips.h"
#include "gitlab/GraphQLDocuments.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"

#include <QSignalSpy>
#include <QtTest>

// core's GitLab client against the GitLab simulator over real HTTP.
class TestGitLabClient : public QObject
{
    Q_OBJECT

private:
    static ConnectionSettings settingsFor(const Simulator &sim,
                                          std::chrono::seconds timeout = std::chrono::seconds(20))
    {
        return testSettings(sim.gitlabUrl(), timeout);
    }

    static ApiCall *waitFor(ApiCall *call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!call->isFinished() && !finished.wait(30000))
            qWarning("API call did not finish");
        return call;
    }

    static ApiCall *metadata(GitLabClient &client)
    {
        return waitFor(client.graphql(GraphQLDocuments::load(QStringLiteral("metadata"))));
    }

private Q_SLOTS:
    void initTestCase() { DUO_REQUIRE_SIMULATOR(); }

    void readsMetadataInBothShapes_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("version");
        QTest::newRow("18.9 shape") << QStringLiteral("18.9") << QStringLiteral("18.9.0-ee");
        QTest::newRow("17.6 shape") << QStringLiteral("17.6") << QStringLiteral("17.6.2-ee");
        QTest::newRow("18.9 version serving 17.6 shape")
            << QStringLiteral("17.6") << QStringLiteral("18.9.1-ee");
    }

    void readsMetadataInBothShapes()
    {
        QFETCH(QString, shape);
        QFETCH(QString, version);
        Simulator sim;
        QVERIFY2(sim.start({shape, version, {}, {}, {}, {}}), qPrintable(sim.errorString()));

        GitLabClient client(settingsFor(sim), QLatin1String(SimTokens::admin));
        ApiCall *call = metadata(client);
        QVERIFY2(call->succeeded(), qPrintable(call->error().detail()));
        const QJsonObject meta = call->data().value(QLatin1String("metadata")).toObject();
        QCOMPARE(meta.value(QLatin1String("version")).toString(), version);
        QVERIFY(!meta.value(QLatin1String("revision")).toString().isEmpty());
        QCOMPARE(meta.value(QLatin1String("enterprise")).toBool(), true);

        // What went over the wire: one POST to /api/graphql, token in the header only.
        const QJsonArray log = sim.requests();
        QCOMPARE(log.size(), 1);
        const QJsonObject sent = log.first().toObject();
        QCOMPARE(sent.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(sent.value(QLatin1String("path")).toString(), QStringLiteral("/api/graphql"));
        const QJsonObject headers = sent.value(QLatin1String("headers")).toObject();
        QCOMPARE(headers.value(QLatin1String("authorization")).toString(),
                 QStringLiteral("Bearer ") + QLatin1String(SimTokens::admin));
        QVERIFY(!sent.value(QLatin1String("query"))
                     .toString()
                     .contains(QLatin1String(SimTokens::admin)));
        const QJsonObject body =
            QJsonDocument::fromJson(sent.value(QLatin1String("body")).toString().toUtf8()).object();
        QCOMPARE(body.value(QLatin1String("operationName")).toString(),
                 QStringLiteral("InstanceMetadata"));
    }

    void invalidTokenIsAnAuthError_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("unknown") << QStringLiteral("not-a-token");
        QTest::newRow("expired") << QString::fromLatin1(SimTokens::expired);
        QTest::newRow("revoked") << QString::fromLatin1(SimTokens::revoked);
    }

    void invalidTokenIsAnAuthError()
    {
        QFETCH(QString, token);
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        GitLabClient client(settingsFor(sim), token);
        ApiCall *call = metadata(client);
        QVERIFY(!call->succeeded());
        QCOMPARE(call->error().category(), ApiError::Category::Auth);
        QCOMPARE(call->error().httpStatus(), 401);
        QVERIFY2(call->error().userMessage().contains(QLatin1String("Invalid token")),
                 qPrintable(call->error().userMessage()));
    }

    void deadlineIsATimeoutNotACancel()
    {
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("hang"), true}});
        GitLabClient client(settingsFor(sim, std::chrono::seconds(1)),
                            QLatin1String(SimTokens::admin));
        ApiCall *call = metadata(client);
        QCOMPARE(call->error().category(), ApiError::Category::Timeout);
        QVERIFY(call->error().userMessage().contains(QLatin1String("did not answer in time")));
    }

    void userCancelIsACancel()
    {
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("hang"), true}});
        GitLabClient client(settingsFor(sim), QLatin1String(SimTokens::admin));
        ApiCall *call = client.graphql(GraphQLDocuments::load(QStringLiteral("metadata")));
        QTimer::singleShot(200, call, &ApiCall::cancel);
        waitFor(call);
        QCOMPARE(call->error().category(), ApiError::Category::Cancelled);
    }

    void graphqlErrorsAreReported()
    {
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        GitLabClient client(settingsFor(sim), QLatin1String(SimTokens::admin));
        ApiCall *call = waitFor(client.graphql(QStringLiteral("query { metadata { nope } }")));
        QCOMPARE(call->error().category(), ApiError::Category::Protocol);
        QVERIFY2(call->error().userMessage().contains(
                     QLatin1String("Field 'nope' doesn't exist on type 'Metadata'")),
                 qPrintable(call->error().userMessage()));
    }

    void malformedBodyIsAProtocolError()
    {
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("malformed"), true}});
        GitLabClient client(settingsFor(sim), QLatin1String(SimTokens::admin));
        ApiCall *call = metadata(client);
        QCOMPARE(call->error().category(), ApiError::Category::Protocol);
        QVERIFY(call->error().userMessage().contains(QLatin1String("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestGitLabClient)
#include "tst_gitlabclient.moc"
