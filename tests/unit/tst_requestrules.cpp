#include "model/ConnectionSettings.h"
#include "net/GitLabClient.h"
#include "net/RetryPolicy.h"

#include <QtTest>

using namespace std::chrono_literals;

// The pure rules the network layer follows: what is a read, when to retry, how a proxy is given.
class TestRequestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationTypeDecidesReadOrWrite_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("isQuery");
        QTest::addColumn<QString>("name");
        QTest::newRow("named query")
            << "query InstanceMetadata { metadata { version } }" << true << "InstanceMetadata";
        QTest::newRow("anonymous") << "{ metadata { version } }" << true << "";
        QTest::newRow("mutation") << "mutation CreateModel($i: X!) { a(input: $i) { errors } }"
                                  << false << "CreateModel";
        QTest::newRow("comment first") << "# reads\nquery Q { a }" << true << "Q";
        QTest::newRow("mutation after comment") << "  # x\n mutation { a }" << false << "";
        QTest::newRow("garbage") << "hello" << false << "";
    }

    void operationTypeDecidesReadOrWrite()
    {
        QFETCH(QString, document);
        QFETCH(bool, isQuery);
        QFETCH(QString, name);
        QCOMPARE(GitLabClient::isQuery(document), isQuery);
        QCOMPARE(GitLabClient::operationName(document), name);
    }

    void retriesOnlyTransientStatuses()
    {
        for (int status : {429, 502, 503, 504})
            QVERIFY2(RetryPolicy::pauseBeforeRetry(status, {}, 1).has_value(),
                     qPrintable(QString::number(status)));
        for (int status : {0, 200, 400, 401, 403, 404, 422, 500})
            QVERIFY2(!RetryPolicy::pauseBeforeRetry(status, {}, 1).has_value(),
                     qPrintable(QString::number(status)));
    }

    void backsOffAndGivesUp()
    {
        QCOMPARE(RetryPolicy::pauseBeforeRetry(503, {}, 1), std::optional(250ms));
        QCOMPARE(RetryPolicy::pauseBeforeRetry(503, {}, 2), std::optional(500ms));
        QCOMPARE(RetryPolicy::pauseBeforeRetry(503, {}, 3), std::optional(1000ms));
        QVERIFY(!RetryPolicy::pauseBeforeRetry(503, {}, RetryPolicy::maxAttempts));
    }

    void honoursRetryAfter()
    {
        QCOMPARE(RetryPolicy::pauseBeforeRetry(429, "2", 1), std::optional(2000ms));
        QCOMPARE(RetryPolicy::pauseBeforeRetry(429, "0", 1), std::optional(0ms));
        QVERIFY2(!RetryPolicy::pauseBeforeRetry(429, "3600", 1),
                 "an hour is longer than anyone waits: report it instead");
        const QByteArray inTwoSeconds =
            QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::RFC2822Date).toLatin1();
        const auto pause = RetryPolicy::pauseBeforeRetry(429, inTwoSeconds, 1);
        QVERIFY(pause && *pause > 1000ms && *pause <= 3000ms);
    }

    void parsesProxy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("system") << "system" << true << "system";
        QTest::newRow("none") << "NONE" << true << "none";
        QTest::newRow("manual") << "proxy.corp:3128" << true << "proxy.corp:3128";
        QTest::newRow("no port") << "proxy.corp" << false << "";
        QTest::newRow("bad port") << "proxy.corp:99999" << false << "";
        QTest::newRow("zero port") << "proxy.corp:0" << false << "";
        QTest::newRow("empty host") << ":8080" << false << "";
        QTest::newRow("credentials in address") << "user:pw@proxy.corp:3128" << false << "";
        QTest::newRow("user in address") << "user@proxy.corp:3128" << false << "";
        QTest::newRow("scheme") << "http://proxy.corp:3128" << false << "";
    }

    void parsesProxy()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        ProxySettings proxy;
        QCOMPARE(ProxySettings::parse(text, &proxy), valid);
        if (valid)
            QCOMPARE(proxy.toString(), normalized);
    }

    void refusesPlainHttpWithoutConsent()
    {
        ConnectionSettings settings;
        settings.url = QUrl(QStringLiteral("http://gitlab.example.com"));
        GitLabClient refused(settings, QStringLiteral("t"));
        QCOMPARE(refused.settingsError().category(), ApiError::Category::Validation);
        QVERIFY(refused.settingsError().userMessage().contains(QLatin1String("unencrypted")));

        settings.allowHttp = true;
        GitLabClient allowed(settings, QStringLiteral("t"));
        QVERIFY(!allowed.settingsError().isError());
    }

    void buildsUrlsUnderARelativeRoot()
    {
        ConnectionSettings settings;
        settings.url = QUrl(QStringLiteral("https://example.com/gitlab"));
        GitLabClient client(settings, QStringLiteral("t"));
        QCOMPARE(client.apiUrl(QStringLiteral("user")).toString(),
                 QStringLiteral("https://example.com/gitlab/api/v4/user"));
        QCOMPARE(client.apiUrl(QStringLiteral("licenses?per_page=5")).toString(),
                 QStringLiteral("https://example.com/gitlab/api/v4/licenses?per_page=5"));
        QCOMPARE(client.graphqlUrl().toString(),
                 QStringLiteral("https://example.com/gitlab/api/graphql"));
    }

    void unreadableCaBundleIsATlsSettingsError()
    {
        ConnectionSettings settings;
        settings.url = QUrl(QStringLiteral("https://example.com"));
        settings.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
        GitLabClient client(settings, QStringLiteral("t"));
        QCOMPARE(client.settingsError().category(), ApiError::Category::Tls);
        QVERIFY(
            client.settingsError().userMessage().contains(QLatin1String("/nonexistent/ca.pem")));
    }
};

QTEST_GUILESS_MAIN(TestRequestRules)
#include "tst_requestrules.moc"
