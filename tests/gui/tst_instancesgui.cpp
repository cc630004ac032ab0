#include "GuiTestSupport.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "instances/InstanceController.h"
#include "instances/InstanceDialog.h"
#include "session/InstanceSession.h"
#include "store/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

// Adding, connecting and removing an instance through the real window, against the simulator
// and the real keychain.
class TestInstancesGui : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.guitest")};

    static InstanceDialog *openAddDialog(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("addInstanceAction"))->trigger();
        QElapsedTimer clock;
        clock.start();
        InstanceDialog *dialog = nullptr;
        while (!((dialog = window.findChild<InstanceDialog *>()) && dialog->isVisible()) &&
               clock.elapsed() < 5000)
            QTest::qWait(10);
        return dialog;
    }

    static void fill(InstanceDialog *dialog, const QString &name, const QString &url,
                     const QString &token)
    {
        for (const auto &[field, text] :
             {std::pair{"instanceName", name}, {"instanceUrl", url}, {"instanceToken", token}}) {
            auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    }

    static SecretResult readToken(SecretStore &secrets, const QString &key)
    {
        std::optional<SecretResult> result;
        secrets.read(key, nullptr, [&](const SecretResult &r) { result = r; });
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < 15000)
            QTest::qWait(10);
        return result.value_or(SecretResult{SecretResult::Status::Failed, {}, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR();
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void addConnectAndRemove()
    {
        ShownWindow shown(secrets.service());
        QVERIFY(shown.exposed());
        MainWindow &window = shown.window;

        InstanceDialog *dialog = openAddDialog(window);
        QVERIFY(dialog);
        const QString url = sim.gitlabUrl().toString();
        fill(dialog, QStringLiteral("Simulated"), url, QLatin1String(SimTokens::admin));

        // Plain http:// needs the admin's explicit consent.
        auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("instanceAllowHttp"));
        QVERIFY(consent->isVisible());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("instanceDialogOk"));
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("instanceDialogError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("unencrypted")));
        QVERIFY(dialog->isVisible());
        saveScreenshot(dialog, QStringLiteral("instance-dialog.png"));

        consent->setChecked(true);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("connected")), 20000);
        QVERIFY(status->text().contains(QLatin1String("18.9.0-ee")));
        QVERIFY(status->text().contains(QLatin1String("root")));
        auto *switcher = window.findChild<QComboBox *>(QStringLiteral("instanceSwitcher"));
        QCOMPARE(switcher->currentText(), QStringLiteral("Simulated"));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("connectionPanel"))->isVisible());

        // The Subscription pane shows what connecting learnt.
        window.showPane(0);
        auto *plan = window.findChild<QLabel *>(QStringLiteral("subscriptionPlan"));
        QTRY_VERIFY(plan->isVisible());
        QVERIFY2(plan->text().startsWith(QLatin1String("Ultimate")), qPrintable(plan->text()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("subscriptionType"))->text(),
                 QStringLiteral("Online license"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("subscriptionAddOns"))->text(),
                 QStringLiteral("GitLab Duo Enterprise: 12 of 50 seats assigned"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("subscriptionSelfHosted"))->text(),
                 QStringLiteral("Available on this instance."));
        saveScreenshot(&window, QStringLiteral("instance-connected.png"));

        // The token is in the keychain, and in no file.
        InstanceSession *session = window.instances()->session();
        QVERIFY(session);
        const SecretResult stored = readToken(secrets, session->profile().tokenKey());
        QCOMPARE(stored.secret, QLatin1String(SimTokens::admin));
        QVERIFY(xdg.filesContaining(SimTokens::admin).isEmpty());
        const QString tokenKey = session->profile().tokenKey();

        // Remove it again: the profile and the keychain entry go.
        window.findChild<QAction *>(QStringLiteral("removeInstanceAction"))->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY(
            (confirm = window.findChild<QMessageBox *>(QStringLiteral("removeInstanceBox"))));
        QTest::mouseClick(
            confirm->findChild<QPushButton *>(QStringLiteral("confirmRemoveInstance")),
            Qt::LeftButton);
        QTRY_COMPARE(switcher->currentText(), QStringLiteral("No instance"));
        QTRY_COMPARE(readToken(secrets, tokenKey).status, SecretResult::Status::NotFound);
        QCOMPARE(status->text(), QStringLiteral("No instance"));
    }

    void refusedTokenShowsWhatToDo()
    {
        ShownWindow shown(secrets.service());
        QVERIFY(shown.exposed());
        MainWindow &window = shown.window;

        InstanceDialog *dialog = openAddDialog(window);
        QVERIFY(dialog);
        fill(dialog, QStringLiteral("Expired"), sim.gitlabUrl().toString(),
             QLatin1String(SimTokens::expired));
        dialog->findChild<QCheckBox *>(QStringLiteral("instanceAllowHttp"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("instanceDialogOk")),
                          Qt::LeftButton);

        auto *panel = window.findChild<QWidget *>(QStringLiteral("connectionPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible() && window.instances()->session()->state() ==
                                                           InstanceSession::State::Failed,
                                 20000);
        auto *message = panel->findChild<QLabel *>(QStringLiteral("connectionMessage"));
        QVERIFY2(message->text().contains(QLatin1String("Token is expired")),
                 qPrintable(message->text()));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("panelReconnect"))->isEnabled());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionStatus"))
                    ->text()
                    .contains(QLatin1String("error")));
        saveScreenshot(&window, QStringLiteral("instance-token-refused.png"));

        // Edit the instance and give a good token: it connects.
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("panelEditInstance")),
                          Qt::LeftButton);
        InstanceDialog *edit = nullptr;
        QTRY_VERIFY((edit = window.findChild<InstanceDialog *>()) && edit->isVisible());
        QVERIFY(!edit->isNew());
        auto *token = edit->findChild<QLineEdit *>(QStringLiteral("instanceToken"));
        QTest::keyClicks(token, QLatin1String(SimTokens::admin));
        QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("instanceDialogOk")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.instances()->session() &&
                                     window.instances()->session()->state() ==
                                         InstanceSession::State::Connected,
                                 20000);
        QTRY_VERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(TestInstancesGui)
#include "tst_instancesgui.moc"
