// The AI gateway pane: the hosting settings edited as a pending change with GitLab's rules, the
// gateway checked from this computer (healthy, unhealthy, unreachable), GitLab's own probes and
// the Agent Platform functional check; against the simulator in the 19.6 shape.
#include "DemoWindow.h"
#include "GuiTestSupport.h"
#include "SimProfile.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "instances/InstanceController.h"
#include "session/InstanceSession.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

class TestGatewayGui : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.gatewaytest")};
    DemoWindow demo;
    std::unique_ptr<ShownWindow> shown;
    InstanceSession *session = nullptr;

    template <typename W> W *find(const char *name) const
    {
        return shown->window.findChild<W *>(QLatin1String(name));
    }

    QString checkFromHere()
    {
        auto *result = find<QLabel>("gatewayHereResult");
        QTest::mouseClick(find<QPushButton>("checkGatewayHere"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return find<QPushButton>("checkGatewayHere")->isEnabled(); },
                             20000))
            return {};
        return result->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        const QString problem = demo.open(sim, secrets, this);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        shown = std::move(demo.shown);
        session = demo.session;
        shown->window.showPane(3);
        QTRY_VERIFY(find<QLineEdit>("gatewayUrl") && find<QLineEdit>("gatewayUrl")->isVisible());
    }

    void cleanupTestCase() { shown.reset(); }

    void showsAndEditsTheHostingSettings()
    {
        auto *url = find<QLineEdit>("gatewayUrl");
        QCOMPARE(url->text(), sim.gatewayUrl().toString());
        QCOMPARE(find<QSpinBox>("gatewayTimeout")->value(), 120);
        QVERIFY(!find<QCheckBox>("agentPlatformTls")->isChecked());
        QVERIFY(
            find<QLineEdit>("agentPlatformUrl")->text().startsWith(QLatin1String("127.0.0.1:")));

        auto *message = find<QLabel>("gatewaySettingsMessage");
        find<QLineEdit>("agentPlatformUrl")->setText(QStringLiteral("https://ap.example:50052"));
        QTest::mouseClick(find<QPushButton>("saveGatewaySettings"), Qt::LeftButton);
        QTRY_VERIFY2(message->text().contains(QLatin1String("host and port")),
                     qPrintable(message->text()));
        QCOMPARE(session->view().changeCount(), 0);

        QTest::mouseClick(find<QPushButton>("revertGatewaySettings"), Qt::LeftButton);
        find<QSpinBox>("gatewayTimeout")->setValue(300);
        QTest::mouseClick(find<QPushButton>("saveGatewaySettings"), Qt::LeftButton);
        QTRY_COMPARE(session->view().changeCount(), 1);
        QCOMPARE(session->view().duo()->gatewayTimeoutSeconds(), 300);
        saveScreenshot(&shown->window, QStringLiteral("gateway.png"));
    }

    void checksTheGatewayFromHere()
    {
        QString result = checkFromHere();
        QVERIFY2(result.contains(QLatin1String("Healthy")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("Agent Platform service")), qPrintable(result));

        sim.patchState(
            {{QStringLiteral("gateway"), QJsonObject{{QStringLiteral("healthy"), false}}}});
        result = checkFromHere();
        QVERIFY2(result.contains(QLatin1String("Unhealthy: the gateway answered HTTP 503")),
                 qPrintable(result));
        sim.patchState(
            {{QStringLiteral("gateway"), QJsonObject{{QStringLiteral("healthy"), true}}}});

        sim.setListenerUp(QStringLiteral("gateway"), false);
        result = checkFromHere();
        QVERIFY2(result.contains(QLatin1String("Unreachable from here")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("refused the connection")), qPrintable(result));
        saveScreenshot(&shown->window, QStringLiteral("gateway-unreachable.png"));
        sim.setListenerUp(QStringLiteral("gateway"), true);

        sim.setListenerUp(QStringLiteral("agentPlatform"), false);
        result = checkFromHere();
        QVERIFY2(result.contains(QStringLiteral("✘ Agent Platform service")), qPrintable(result));
        sim.setListenerUp(QStringLiteral("agentPlatform"), true);
    }

    void showsGitLabsProbesAndRunsTheFunctionalCheck()
    {
        auto *result = find<QLabel>("gatewayGitLabResult");
        QTest::mouseClick(find<QPushButton>("checkGatewayGitLab"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("functional check")), 20000);
        QVERIFY2(result->text().contains(QLatin1String("host_probe")), qPrintable(result->text()));

        find<QLineEdit>("functionalCheckNamespace")->setText(QStringLiteral("northwind/firmware"));
        QTest::mouseClick(find<QPushButton>("runFunctionalCheck"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Duo not enabled")), 20000);

        find<QLineEdit>("functionalCheckNamespace")->setText(QStringLiteral("northwind"));
        QTest::mouseClick(find<QPushButton>("runFunctionalCheck"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("check started")), 20000);
        QTest::mouseClick(find<QPushButton>("checkGatewayGitLab"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            result->text().contains(QLatin1String("functional check: RUNNING")) ||
                result->text().contains(QLatin1String("functional check: PASSED")),
            qPrintable(result->text()), 20000);
        saveScreenshot(&shown->window, QStringLiteral("gateway-probes.png"));
    }

    // Every link checked at once: a model server that is down fails its item and nothing else;
    // the report names no secret.
    void theSetupCheckFindsTheBrokenLink()
    {
        sim.setListenerUp(QStringLiteral("modelServer"), false);
        QTest::mouseClick(find<QPushButton>("openSetupCheck"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = shown->window.findChild<QDialog *>(QStringLiteral("setupCheckDialog"))));
        auto *items = dialog->findChild<QTreeWidget *>(QStringLiteral("setupCheckItems"));
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runSetupCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 30000);
        QHash<QString, QString> results;
        for (int i = 0; i < items->topLevelItemCount(); ++i)
            results.insert(items->topLevelItem(i)->text(0), items->topLevelItem(i)->text(1));
        QVERIFY2(results.value(QStringLiteral("GitLab instance reachable"))
                     .contains(QLatin1String("pass")),
                 qPrintable(QStringList(results.keys()).join(QLatin1String(", "))));
        QVERIFY(
            results.value(QStringLiteral("AI gateway URL set")).contains(QLatin1String("pass")));
        QVERIFY(results.value(QStringLiteral("Model mistral-small-prod: from GitLab and from here"))
                    .contains(QLatin1String("fail")));
        // Bedrock has no HTTP endpoint to probe from here; GitLab's side decides.
        QVERIFY(results.contains(
            QStringLiteral("Model claude-sonnet-bedrock: from GitLab and from here")));
        saveScreenshot(dialog, QStringLiteral("setup-check.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySetupReport")),
                          Qt::LeftButton);
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY(report.contains(QLatin1String("| GitLab instance reachable | pass |")));
        QVERIFY(!report.contains(QLatin1String(SimTokens::admin)));
        QVERIFY(!report.contains(QLatin1String("sim-model-key")));
        dialog->close();
        sim.setListenerUp(QStringLiteral("modelServer"), true);
    }

    // An upgrade that put the settings back to GitLab's defaults is named, old and new values,
    // and the old ones are restored as a change to review.
    void anUpgradeThatResetTheSettingsIsNamedAndRestored()
    {
        const QString url = sim.gatewayUrl().toString();
        sim.patchState(
            {{QStringLiteral("version"), QStringLiteral("19.7.0-ee")},
             {QStringLiteral("duoSettings"),
              QJsonObject{{QStringLiteral("aiGatewayUrl"), QJsonValue()},
                          {QStringLiteral("aiGatewayTimeoutSeconds"), QJsonValue()},
                          {QStringLiteral("duoAgentPlatformServiceUrl"), QJsonValue()},
                          {QStringLiteral("selfHostedDuoAgentPlatformServiceSecure"), true}}}});
        shown->window.instances()->reconnect();
        auto *drift = find<QLabel>("gatewayDrift");
        QTRY_VERIFY_WITH_TIMEOUT(drift->isVisible(), 20000);
        QVERIFY2(drift->text().contains(QLatin1String("19.6.0-ee")) &&
                     drift->text().contains(QLatin1String("19.7.0-ee")),
                 qPrintable(drift->text()));
        QVERIFY2(drift->text().contains(url), qPrintable(drift->text()));
        saveScreenshot(&shown->window, QStringLiteral("gateway-drift.png"));
        QTest::mouseClick(find<QPushButton>("restoreGatewaySettings"), Qt::LeftButton);
        QTRY_COMPARE(session->view().duo()->gatewayUrl(), url);
        QVERIFY(session->view().pendingFor(Change::Kind::UpdateDuoSettings, QStringLiteral("duo")));
    }
};

QTEST_MAIN(TestGatewayGui)
#include "tst_gatewaygui.moc"
