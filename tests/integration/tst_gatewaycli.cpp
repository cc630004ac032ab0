#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "base/AppInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// duo-console gateway show|set and subscription against the simulator: the real binary, the
// real keychain of tests/run.sh's session. What is shown comes from the instance and only the
// fields it has; a new setting reaches the simulator's state, and what GitLab would refuse, or
// an option the instance does not have, is refused before anything is recorded or sent.
class TestGatewayCli : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    QString instance;
    int instances = 0;

    using Result = ConsoleProcess::Result;

    Result run(const QStringList &arguments)
    {
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY),
                                   arguments + QStringList{QStringLiteral("-i"), instance});
    }

    Result run(const QString &words) { return run(words.split(QLatin1Char(' '))); }

    static QJsonObject json(const Result &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // Starts the simulator in `shape` with the demo fixture of that shape and adds an instance
    // for it (never read yet).
    bool startAndAdd(const QString &shape)
    {
        sim.stop();
        ++instances;
        const QString demo = shape == QLatin1String("19.6") ? QStringLiteral("demo-19.6.json")
                                                            : QStringLiteral("demo.json");
        if (!sim.start({shape, {}, demo, {}, {}, {}})) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        instance = QStringLiteral("gateway%1").arg(instances);
        const Result r = ConsoleProcess::run(
            QStringLiteral(DUO_CONSOLE_BINARY),
            {QStringLiteral("instance"), QStringLiteral("add"), instance, QStringLiteral("--url"),
             sim.gitlabUrl().toString(), QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
             QStringLiteral("none"), QStringLiteral("--token-stdin")},
            QByteArray(SimTokens::admin) + '\n');
        if (r.exitCode != 0)
            qWarning("instance add: %s", qPrintable(r.err));
        return r.exitCode == 0;
    }

    // duoSettingsUpdate mutations sent since the log was last cleared.
    int duoUpdatesSent()
    {
        int count = 0;
        for (const auto &entry : sim.requests())
            count += int(entry.toObject()
                             .value(QLatin1String("body"))
                             .toString()
                             .count(QLatin1String("duoSettingsUpdate(")));
        return count;
    }

    QJsonObject serverDuo() { return sim.state().value(QLatin1String("duoSettings")).toObject(); }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        AppInfo::applyTo(*QCoreApplication::instance());
    }

    void cleanupTestCase() { sim.stop(); }

    void showBefore17_9PrintsTheSnippet()
    {
        QVERIFY(startAndAdd(QStringLiteral("17.6")));
        Result r = run(QStringLiteral("gateway show"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("gitlab_rails['env']")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("'AI_GATEWAY_URL' =>")));
        QVERIFY(r.out.contains(QLatin1String("sudo gitlab-ctl reconfigure")));
        QVERIFY(r.out.contains(QLatin1String("17.9")));

        r = run(QStringLiteral("gateway show --json --offline"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject shown = json(r);
        QVERIFY(shown.value(QLatin1String("snippet"))
                    .toString()
                    .contains(QLatin1String("AI_GATEWAY_URL")));
        QVERIFY(shown.value(QLatin1String("settings")).toObject().isEmpty());
        QCOMPARE(shown.value(QLatin1String("pending")).toBool(true), false);

        // No API to set it: refused with the snippet filled in, nothing recorded.
        sim.clearRequests();
        r = run(QStringLiteral("gateway set --url https://aigw.example.com"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("'AI_GATEWAY_URL' => 'https://aigw.example.com'")),
                 qPrintable(r.err));
        QCOMPARE(duoUpdatesSent(), 0);
        r = run(QStringLiteral("changes list --json --offline"));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void showAndSetOn18_9()
    {
        QVERIFY(startAndAdd(QStringLiteral("18.9")));
        Result r = run(QStringLiteral("gateway show --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject settings = json(r).value(QLatin1String("settings")).toObject();
        QCOMPARE(settings.value(QLatin1String("aiGatewayUrl")).toString(),
                 sim.gatewayUrl().toString(QUrl::StripTrailingSlash));
        QVERIFY(settings.contains(QLatin1String("aiGatewayTimeoutSeconds")));
        QVERIFY(settings.contains(QLatin1String("duoAgentPlatformServiceUrl")));
        // 18.9 has no TLS setting for the Agent Platform service.
        QVERIFY(!settings.contains(QLatin1String("selfHostedDuoAgentPlatformServiceSecure")));
        QVERIFY(!json(r).contains(QLatin1String("snippet")));

        r = run(QStringLiteral("gateway show"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("AI gateway URL:")));
        QVERIFY(!r.out.contains(QLatin1String("Agent Platform TLS")));

        // Nothing to set: a usage error.
        QCOMPARE(run(QStringLiteral("gateway set")).exitCode, 2);
        QCOMPARE(run(QStringLiteral("gateway set --agent-platform-tls maybe")).exitCode, 2);
        QCOMPARE(run(QStringLiteral("gateway set --gateway-timeout soon")).exitCode, 2);

        sim.clearRequests();
        // An option this instance does not have.
        r = run(QStringLiteral("gateway set --agent-platform-tls off"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("19.x")), qPrintable(r.err));
        // GitLab's rules, before anything is sent.
        r = run(QStringLiteral("gateway set --url ftp://aigw.example.com"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("must be an http:// or https:// URL")),
                 qPrintable(r.err));
        r = run(QStringLiteral("gateway set --gateway-timeout 30"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("between 60 and 600 seconds")), qPrintable(r.err));
        r = run(QStringLiteral("gateway set --agent-platform-url https://dap.example.com:50052"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("without http://")), qPrintable(r.err));
        QCOMPARE(duoUpdatesSent(), 0);
        r = run(QStringLiteral("changes list --json --offline"));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        // A valid change is pushed: only the fields given.
        const QString url =
            sim.gatewayUrl().toString(QUrl::StripTrailingSlash) + QLatin1String("/gateway");
        r = run({QStringLiteral("gateway"), QStringLiteral("set"), QStringLiteral("--url"), url,
                 QStringLiteral("--gateway-timeout"), QStringLiteral("120")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(duoUpdatesSent(), 1);
        QJsonObject server = serverDuo();
        QCOMPARE(server.value(QLatin1String("aiGatewayUrl")).toString(), url);
        QCOMPARE(server.value(QLatin1String("aiGatewayTimeoutSeconds")).toInt(), 120);
        r = run(QStringLiteral("gateway show --json --offline"));
        QCOMPARE(json(r).value(QLatin1String("pending")).toBool(true), false);

        // Offline: recorded, pending, not sent.
        sim.clearRequests();
        r = run(QStringLiteral("gateway set --gateway-timeout 300 --offline"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(duoUpdatesSent(), 0);
        r = run(QStringLiteral("gateway show --json --offline"));
        QCOMPARE(json(r).value(QLatin1String("pending")).toBool(), true);
        QCOMPARE(json(r)
                     .value(QLatin1String("settings"))
                     .toObject()
                     .value(QLatin1String("aiGatewayTimeoutSeconds"))
                     .toInt(),
                 300);
        r = run(QStringLiteral("gateway show --offline"));
        QVERIFY2(r.out.contains(QLatin1String("* AI gateway timeout:")), qPrintable(r.out));
        QCOMPARE(serverDuo().value(QLatin1String("aiGatewayTimeoutSeconds")).toInt(), 120);
        r = run(QStringLiteral("changes push"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(serverDuo().value(QLatin1String("aiGatewayTimeoutSeconds")).toInt(), 300);
    }

    void checkTellsHealthyFromUnreachable()
    {
        QVERIFY(startAndAdd(QStringLiteral("18.9")));
        Result r = run(QStringLiteral("gateway show --check --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QJsonObject shown = json(r);
        QCOMPARE(
            shown.value(QLatin1String("health")).toObject().value(QLatin1String("ok")).toBool(),
            true);
        QCOMPARE(
            shown.value(QLatin1String("probes")).toObject().value(QLatin1String("ran")).toBool(),
            true);

        r = run(QStringLiteral("gateway show --check"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("From this computer:")));
        QVERIFY(r.out.contains(QLatin1String("From GitLab:")));

        QCOMPARE(run(QStringLiteral("gateway show --check --offline")).exitCode, 2);

        sim.setListenerUp(QStringLiteral("gateway"), false);
        r = run(QStringLiteral("gateway show --check"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("Unreachable from here")), qPrintable(r.out));
        r = run(QStringLiteral("gateway show --check --json"));
        QCOMPARE(r.exitCode, 1);
        shown = json(r);
        QCOMPARE(
            shown.value(QLatin1String("health")).toObject().value(QLatin1String("ok")).toBool(),
            false);
        sim.setListenerUp(QStringLiteral("gateway"), true);
    }

    void showAndSetOn19_6()
    {
        QVERIFY(startAndAdd(QStringLiteral("19.6")));
        Result r = run(QStringLiteral("gateway show --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject settings = json(r).value(QLatin1String("settings")).toObject();
        for (const char *field :
             {"aiGatewayUrl", "aiGatewayTimeoutSeconds", "duoAgentPlatformServiceUrl",
              "selfHostedDuoAgentPlatformServiceSecure"})
            QVERIFY2(settings.contains(QLatin1String(field)), field);
        // Fields the console does not show are not listed.
        QVERIFY(!settings.contains(QLatin1String("duoCliEnabled")));

        r = run(QStringLiteral("gateway show"));
        QVERIFY(r.out.contains(QLatin1String("Agent Platform TLS:")));

        r = run(QStringLiteral("gateway set --agent-platform-tls on"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(
            serverDuo().value(QLatin1String("selfHostedDuoAgentPlatformServiceSecure")).toBool(),
            true);
    }

    void subscriptionOfAnOnlineCloudLicense()
    {
        QVERIFY(startAndAdd(QStringLiteral("18.9")));
        Result r = run(QStringLiteral("subscription --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String(SimTokens::admin)));
        const QJsonObject shown = json(r);
        const QJsonObject license = shown.value(QLatin1String("license")).toObject();
        QCOMPARE(license.value(QLatin1String("type")).toString(), QStringLiteral("online_cloud"));
        QCOMPARE(license.value(QLatin1String("plan")).toString(), QStringLiteral("ultimate"));
        QCOMPARE(license.value(QLatin1String("licensee")).toString(),
                 QStringLiteral("Jordan Rivera"));
        QCOMPARE(license.value(QLatin1String("company")).toString(),
                 QStringLiteral("Northwind Robotics"));
        QCOMPARE(license.value(QLatin1String("startsAt")).toString(), QStringLiteral("2025-03-01"));
        QCOMPARE(license.value(QLatin1String("expiresAt")).toString(),
                 QStringLiteral("2028-02-29"));
        QCOMPARE(license.value(QLatin1String("activatedAt")).toString(),
                 QStringLiteral("2025-03-01"));
        QVERIFY(license.value(QLatin1String("lastSync"))
                    .toString()
                    .startsWith(QLatin1String("2026-01-15T03:04:11")));
        QCOMPARE(license.value(QLatin1String("seats")).toInt(), 250);
        QCOMPARE(license.value(QLatin1String("billableUsers")).toInt(), 187);
        QCOMPARE(license.value(QLatin1String("maximumUsers")).toInt(), 203);
        QCOMPARE(license.value(QLatin1String("usersOverSubscription")).toInt(), 0);
        QCOMPARE(license.value(QLatin1String("trial")).toBool(true), false);

        // The current license first, then the earlier one; one subscription to come.
        const QJsonArray history = shown.value(QLatin1String("history")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("legacy_license"));
        QCOMPARE(shown.value(QLatin1String("future")).toArray().size(), 1);
        QCOMPARE(shown.value(QLatin1String("future"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("seats"))
                     .toInt(),
                 300);

        bool enterprise = false;
        for (const auto &entry : shown.value(QLatin1String("addOns")).toArray()) {
            const QJsonObject addOn = entry.toObject();
            if (addOn.value(QLatin1String("name")).toString() == QLatin1String("DUO_ENTERPRISE")) {
                enterprise = true;
                QCOMPARE(addOn.value(QLatin1String("purchased")).toInt(), 50);
                QCOMPARE(addOn.value(QLatin1String("assigned")).toInt(), 12);
            }
        }
        QVERIFY(enterprise);
        const QJsonObject selfHosted = shown.value(QLatin1String("selfHostedModels")).toObject();
        QCOMPARE(selfHosted.value(QLatin1String("allowed")).toBool(), true);
        QCOMPARE(
            shown.value(QLatin1String("sync")).toObject().value(QLatin1String("applies")).toBool(),
            true);

        r = run(QStringLiteral("subscription"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Online license")));
        QVERIFY(r.out.contains(QLatin1String("GitLab Duo Enterprise (12 of 50 seats assigned)")));
        QVERIFY(r.out.contains(QLatin1String("available on this instance")));
    }

    void subscriptionWithoutADuoAddOn()
    {
        QVERIFY(startAndAdd(QStringLiteral("18.9")));
        // An offline license and no Duo add-on.
        sim.patchState(
            {{QStringLiteral("addOnPurchases"), QJsonArray()},
             {QStringLiteral("license"),
              QJsonObject{{QStringLiteral("current"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("offline_cloud")},
                                       {QStringLiteral("lastSync"), QJsonValue()}}}}}});
        Result r = run(QStringLiteral("subscription --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject shown = json(r);
        QCOMPARE(shown.value(QLatin1String("license"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("offline_cloud"));
        QCOMPARE(shown.value(QLatin1String("addOns")).toArray().size(), 0);
        const QJsonObject selfHosted = shown.value(QLatin1String("selfHostedModels")).toObject();
        QCOMPARE(selfHosted.value(QLatin1String("allowed")).toBool(true), false);
        QVERIFY2(selfHosted.value(QLatin1String("reason"))
                     .toString()
                     .contains(QLatin1String("Duo Enterprise")),
                 qPrintable(selfHosted.value(QLatin1String("reason")).toString()));
        // What to do: buy the add-on; an offline license brings it as a new license file.
        const QString advice = selfHosted.value(QLatin1String("whatToDo")).toString();
        QVERIFY2(advice.contains(QLatin1String("Duo Enterprise")), qPrintable(advice));
        QVERIFY2(advice.contains(QLatin1String("never synchronizes")), qPrintable(advice));
        QCOMPARE(shown.value(QLatin1String("sync"))
                     .toObject()
                     .value(QLatin1String("applies"))
                     .toBool(true),
                 false);

        r = run(QStringLiteral("subscription"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Offline license")));
        QVERIFY(r.out.contains(QLatin1String("What to do:")));
        QVERIFY(r.out.contains(QLatin1String("Duo add-ons:")));
    }

    void subscriptionForANonAdministrator()
    {
        QVERIFY(startAndAdd(QStringLiteral("18.9")));
        // This run only: a token of a user who is no administrator.
        const Result r =
            ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY),
                                {QStringLiteral("subscription"), QStringLiteral("--json"),
                                 QStringLiteral("-i"), instance, QStringLiteral("--token-stdin")},
                                QByteArray(SimTokens::nonAdmin) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String(SimTokens::nonAdmin)));
        const QJsonObject shown = json(r);
        QVERIFY(shown.value(QLatin1String("license")).isNull());
        const QJsonObject selfHosted = shown.value(QLatin1String("selfHostedModels")).toObject();
        QCOMPARE(selfHosted.value(QLatin1String("allowed")).toBool(true), false);
        QVERIFY2(selfHosted.value(QLatin1String("whatToDo"))
                     .toString()
                     .contains(QLatin1String("administrator")),
                 qPrintable(selfHosted.value(QLatin1String("whatToDo")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestGatewayCli)
#include "tst_gatewaycli.moc"
