// duo-console status --check: every item of the setup check against the simulator, with the
// faults it can inject; the report names no secret.
#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestCertificates.h"
#include "TestSkips.h"
#include "base/AppInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestSetupCheck : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    QString instance;
    int instances = 0;

    bool startAndAdd(const QString &shape, const QStringList &extraArguments = {})
    {
        sim.stop();
        const QString demo = shape == QLatin1String("19.6") ? QStringLiteral("demo-19.6.json")
                                                            : QStringLiteral("demo.json");
        if (!sim.start({shape, {}, demo, {}, {}, extraArguments}))
            return false;
        instance = QStringLiteral("check%1").arg(++instances);
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY),
                                   {QStringLiteral("instance"), QStringLiteral("add"), instance,
                                    QStringLiteral("--url"), sim.gitlabUrl().toString(),
                                    QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
                                    QStringLiteral("none"), QStringLiteral("--token-stdin")},
                                   QByteArray(SimTokens::admin) + '\n')
                   .exitCode == 0;
    }

    // The report as JSON, and the exit code.
    QJsonObject check(int *exitCode, const QStringList &extra = {})
    {
        const ConsoleProcess::Result r = ConsoleProcess::run(
            QStringLiteral(DUO_CONSOLE_BINARY),
            QStringList{QStringLiteral("status"), QStringLiteral("-i"), instance,
                        QStringLiteral("--check"), QStringLiteral("--json")} +
                extra);
        *exitCode = r.exitCode;
        if (r.out.contains(QLatin1String(SimTokens::admin)) ||
            r.out.contains(QLatin1String("sim-model-key")))
            return {{QStringLiteral("leak"), true}};
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QString status(const QJsonObject &report, const QString &id)
    {
        for (const auto &item : report.value(QLatin1String("items")).toArray()) {
            if (item.toObject().value(QLatin1String("id")).toString() == id)
                return item.toObject().value(QLatin1String("status")).toString();
        }
        return QStringLiteral("absent");
    }

    static QStringList statuses(const QJsonObject &report, const QString &prefix)
    {
        QStringList list;
        for (const auto &item : report.value(QLatin1String("items")).toArray()) {
            if (item.toObject().value(QLatin1String("id")).toString().startsWith(prefix))
                list << item.toObject().value(QLatin1String("status")).toString();
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        AppInfo::applyTo(*QCoreApplication::instance());
    }

    void cleanupTestCase() { sim.stop(); }

    void everyLinkIsCheckedAndEachFaultFound()
    {
        QVERIFY(startAndAdd(QStringLiteral("19.6")));
        int exitCode = -1;
        QJsonObject report = check(&exitCode);
        QVERIFY(!report.contains(QLatin1String("leak")));
        QCOMPARE(exitCode, 0);
        for (const char *id : {"instance", "token", "admin", "license", "gateway-url", "features",
                               "drift", "gateway-here", "gitlab-probes"})
            QCOMPARE(status(report, QLatin1String(id)), QStringLiteral("pass"));
        // Only the models features use, unless --all.
        const int used = int(statuses(report, QStringLiteral("model:")).size());
        QVERIFY(used > 0);
        report = check(&exitCode, {QStringLiteral("--all")});
        QVERIFY(statuses(report, QStringLiteral("model:")).size() > used);

        // The gateway down: its item and GitLab's probes fail, the rest still runs.
        sim.setListenerUp(QStringLiteral("gateway"), false);
        report = check(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(status(report, QStringLiteral("gateway-here")), QStringLiteral("fail"));
        QCOMPARE(status(report, QStringLiteral("gitlab-probes")), QStringLiteral("fail"));
        QCOMPARE(status(report, QStringLiteral("license")), QStringLiteral("pass"));
        sim.setListenerUp(QStringLiteral("gateway"), true);

        // The model server down: the models behind it fail, the gateway passes.
        sim.setListenerUp(QStringLiteral("modelServer"), false);
        report = check(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(status(report, QStringLiteral("gateway-here")), QStringLiteral("pass"));
        QVERIFY(statuses(report, QStringLiteral("model:")).contains(QStringLiteral("fail")));
        sim.setListenerUp(QStringLiteral("modelServer"), true);

        // Unhealthy is not unreachable.
        sim.patchState(
            {{QStringLiteral("gateway"), QJsonObject{{QStringLiteral("healthy"), false}}}});
        report = check(&exitCode);
        QCOMPARE(status(report, QStringLiteral("gateway-here")), QStringLiteral("fail"));
        bool unhealthy = false;
        for (const auto &item : report.value(QLatin1String("items")).toArray())
            unhealthy = unhealthy || item.toObject()
                                         .value(QLatin1String("message"))
                                         .toString()
                                         .contains(QLatin1String("Unhealthy"));
        QVERIFY(unhealthy);
    }

    // A gateway whose certificate this computer does not trust is a failure of its own, with
    // what to do; with the profile's CA file it passes.
    void anUntrustedGatewayCertificateIsNamed()
    {
        TestCertificates certificates;
        QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
        QVERIFY(startAndAdd(QStringLiteral("19.6"),
                            {QStringLiteral("--gateway-tls-cert"), certificates.serverCert(),
                             QStringLiteral("--gateway-tls-key"), certificates.serverKey()}));
        int exitCode = -1;
        QJsonObject report = check(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(status(report, QStringLiteral("gateway-here")), QStringLiteral("fail"));
        QVERIFY2(QJsonDocument(report).toJson().contains("certificate"),
                 QJsonDocument(report).toJson().constData());
        const ConsoleProcess::Result edit =
            ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY),
                                {QStringLiteral("instance"), QStringLiteral("edit"), instance,
                                 QStringLiteral("--ca-file"), certificates.caFile()});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        report = check(&exitCode);
        QCOMPARE(status(report, QStringLiteral("gateway-here")), QStringLiteral("pass"));
    }

    // 17.6 keeps the gateway URL in gitlab.rb: the item says so.
    void before17_9TheGatewayUrlLivesInGitlabRb()
    {
        QVERIFY(startAndAdd(QStringLiteral("17.6")));
        int exitCode = -1;
        const QJsonObject report = check(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(status(report, QStringLiteral("gateway-url")), QStringLiteral("fail"));
        QVERIFY(QJsonDocument(report).toJson().contains("gitlab.rb"));
        QCOMPARE(status(report, QStringLiteral("instance")), QStringLiteral("pass"));
    }
};

QTEST_GUILESS_MAIN(TestSetupCheck)
#include "tst_setupcheck.moc"
