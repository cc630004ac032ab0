#include "Simulator.h"
#include "SimTokens.h"
#include "gitlab/GraphQLDocuments.h"
#include "net/GraphQLCall.h"
#include "net/GraphQLClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

// core's GraphQL client against the GitLab simulator over real HTTP.
class TestGraphQLClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager network;

    static GraphQLCall *waitFor(GraphQLCall *call)
    {
        QSignalSpy finished(call, &GraphQLCall::finished);
        if (!call->isFinished() && !finished.wait(20000))
            qWarning("GraphQL call did not finish");
        return call;
    }

    GraphQLCall *metadata(Simulator &sim, const char *token,
                          std::chrono::milliseconds deadline = std::chrono::seconds(20))
    {
        GraphQLClient client(&network, sim.gitlabUrl(), QLatin1String(token));
        GraphQLCall *call = client.execute(GraphQLDocuments::load(QStringLiteral("metadata")),
                                           {}, deadline);
        call->setParent(nullptr);
        return waitFor(call);
    }

private Q_SLOTS:
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

        std::unique_ptr<GraphQLCall> call(metadata(sim, SimTokens::admin));
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
        QVERIFY(!sent.value(QLatin1String("query")).toString().contains(QLatin1String(SimTokens::admin)));
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
        std::unique_ptr<GraphQLCall> call(metadata(sim, token.toLatin1().constData()));
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
        std::unique_ptr<GraphQLCall> call(
            metadata(sim, SimTokens::admin, std::chrono::milliseconds(400)));
        QCOMPARE(call->error().category(), ApiError::Category::Timeout);
        QVERIFY(call->error().userMessage().contains(QLatin1String("did not answer in time")));
    }

    void userCancelIsACancel()
    {
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                      {QStringLiteral("hang"), true}});
        GraphQLClient client(&network, sim.gitlabUrl(), QLatin1String(SimTokens::admin));
        GraphQLCall *call = client.execute(GraphQLDocuments::load(QStringLiteral("metadata")));
        QTimer::singleShot(200, call, &GraphQLCall::cancel);
        waitFor(call);
        QCOMPARE(call->error().category(), ApiError::Category::Cancelled);
    }

    void graphqlErrorsAreReported()
    {
        Simulator sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        GraphQLClient client(&network, sim.gitlabUrl(), QLatin1String(SimTokens::admin));
        GraphQLCall *call = waitFor(client.execute(QStringLiteral("query { metadata { nope } }")));
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
        std::unique_ptr<GraphQLCall> call(metadata(sim, SimTokens::admin));
        QCOMPARE(call->error().category(), ApiError::Category::Protocol);
        QVERIFY(call->error().userMessage().contains(QLatin1String("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestGraphQLClient)
#include "tst_graphqlclient.moc"
