// The Subscription pane: the license as GitLab's Subscription page shows it, its history and
// the subscriptions to come, the Duo add-ons and self-hosted eligibility; "Synchronize
// subscription" opens the page in the browser (replaced here) and watches the last sync, which
// the simulator moves as GitLab's sync would; offline licenses are told why sync does not
// apply. Against the simulator in the 19.6 shape.
#include "DemoWindow.h"
#include "GuiTestSupport.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "instances/InstanceController.h"
#include "panes/SubscriptionPane.h"
#include "panes/SubscriptionSyncWatch.h"
#include "session/InstanceSession.h"
#include "store/SecretStore.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace std::chrono_literals;

class TestSubscriptionGui : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.subscriptiontest")};
    DemoWindow demo;
    std::unique_ptr<ShownWindow> shown;
    QList<QUrl> opened;

    template <typename W> W *find(const char *name) const
    {
        return shown->window.findChild<W *>(QLatin1String(name));
    }

    QString text(const char *label) const { return find<QLabel>(label)->text(); }

    void click(const char *button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }

    // Reads the subscription again and waits for the answer.
    bool readAgain()
    {
        click("readSubscriptionAgain");
        return QTest::qWaitFor(
            [&] {
                return find<QPushButton>("readSubscriptionAgain")->isEnabled() &&
                       text("subscriptionReadState").startsWith(QLatin1String("Read from"));
            },
            10000);
    }

    void setLicense(const QJsonObject &current)
    {
        sim.patchState(
            {{QStringLiteral("license"), QJsonObject{{QStringLiteral("current"), current}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        SubscriptionPane::setUrlOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });
        const QString problem = demo.open(sim, secrets, this);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        shown = std::move(demo.shown);
        // An earlier license and a subscription to come.
        sim.patchState(QJsonDocument::fromJson(R"({"license": {
            "history": [{"id": 10240, "type": "legacy_license", "plan": "premium",
                         "name": "Jordan Rivera", "startsAt": "2024-03-01",
                         "expiresAt": "2025-03-01", "activatedAt": "2024-03-01",
                         "usersInLicenseCount": 150}],
            "future": [{"type": "online_cloud", "plan": "ultimate", "name": "Jordan Rivera",
                        "startsAt": "2028-03-01", "expiresAt": "2029-02-28",
                        "usersInLicenseCount": 300}]}})")
                           .object());
        shown->window.showPane(0);
        QTRY_VERIFY(find<QLabel>("subscriptionType") &&
                    find<QLabel>("subscriptionType")->isVisible());
    }

    void cleanupTestCase()
    {
        shown.reset();
        SubscriptionPane::setUrlOpener({});
    }

    void showsTheLicenseAsGitLabDoes()
    {
        QVERIFY(readAgain());
        QCOMPARE(text("subscriptionType"), QStringLiteral("Online license"));
        QCOMPARE(text("subscriptionPlan"), QStringLiteral("Ultimate"));
        QVERIFY(text("subscriptionLicensee").contains(QLatin1String("Jordan Rivera")));
        QVERIFY(text("subscriptionLicensee").contains(QLatin1String("Northwind Robotics")));
        QCOMPARE(text("subscriptionSeats"), QStringLiteral("250"));
        QCOMPARE(text("subscriptionBillable"), QStringLiteral("187"));
        QCOMPARE(text("subscriptionMaximum"), QStringLiteral("203"));
        QCOMPARE(text("subscriptionOver"), QStringLiteral("0"));
        QVERIFY(text("subscriptionActivated") != QStringLiteral("—"));
        QVERIFY(text("subscriptionAddOns")
                    .contains(QLatin1String("GitLab Duo Enterprise: 12 of 50 seats assigned")));
        QCOMPARE(text("subscriptionSelfHosted"), QStringLiteral("Available on this instance."));
        QVERIFY(!find<QLabel>("subscriptionWhatToDo")->isVisible());
        QVERIFY(text("subscriptionSyncAdvice").contains(QLatin1String("03:00 UTC")));

        // The current license first, then the earlier one; the subscription to come.
        QAbstractItemModel *history = find<QTableView>("subscriptionHistory")->model();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(1, 0).data().toString(), QStringLiteral("Legacy license"));
        QCOMPARE(history->index(1, 1).data().toString(), QStringLiteral("Premium"));
        QCOMPARE(history->index(1, 5).data().toString(), QStringLiteral("150"));
        auto *future = find<QTableView>("subscriptionFuture");
        QVERIFY(future->isVisible());
        QCOMPARE(future->model()->rowCount(), 1);
        QCOMPARE(future->model()->index(0, 4).data().toString(), QStringLiteral("300"));
        saveScreenshot(&shown->window, QStringLiteral("subscription.png"));
    }

    void synchronizeOpensThePageAndWatchesTheLastSync()
    {
        SubscriptionSyncWatch::setTiming(200ms, 20s);
        opened.clear();
        const QString before = text("subscriptionLastSync");
        click("syncSubscription");
        QCOMPARE(opened.size(), 1);
        QVERIFY2(opened.first().path().endsWith(QLatin1String("/admin/subscription")),
                 qPrintable(opened.first().toString()));
        QCOMPARE(opened.first().host(), sim.gitlabUrl().host());
        QVERIFY(find<QPushButton>("stopSyncWatch")->isVisible());
        QVERIFY(!find<QPushButton>("syncSubscription")->isEnabled());
        QTRY_VERIFY(text("subscriptionSyncStatus").contains(QLatin1String("Watching")));
        QVERIFY(text("subscriptionSyncStatus").contains(QLatin1String("no API")));
        saveScreenshot(&shown->window, QStringLiteral("subscription-watching.png"));

        // GitLab's sync lands: the last sync moves.
        setLicense({{QStringLiteral("lastSync"), QStringLiteral("2026-12-03T10:00:00Z")}});
        QTRY_VERIFY_WITH_TIMEOUT(
            text("subscriptionSyncStatus").contains(QLatin1String("synchronized")), 10000);
        QVERIFY(text("subscriptionLastSync") != before);
        QVERIFY(!find<QPushButton>("stopSyncWatch")->isVisible());
        QVERIFY(find<QPushButton>("syncSubscription")->isEnabled());
        saveScreenshot(&shown->window, QStringLiteral("subscription-synchronized.png"));
    }

    void watchingCanBeStoppedAndEnds()
    {
        SubscriptionSyncWatch::setTiming(200ms, 20s);
        click("syncSubscription");
        QVERIFY(find<QPushButton>("stopSyncWatch")->isVisible());
        click("stopSyncWatch");
        QVERIFY(text("subscriptionSyncStatus").startsWith(QLatin1String("Stopped watching")));
        QVERIFY(find<QPushButton>("syncSubscription")->isEnabled());

        // Bounded: it gives up when the last sync does not move.
        SubscriptionSyncWatch::setTiming(100ms, 600ms);
        click("syncSubscription");
        QTRY_VERIFY_WITH_TIMEOUT(
            text("subscriptionSyncStatus").contains(QLatin1String("did not change")), 10000);
        QVERIFY(!find<QPushButton>("stopSyncWatch")->isVisible());
    }

    void offlineLicenseDoesNotSynchronize()
    {
        setLicense({{QStringLiteral("type"), QStringLiteral("offline_cloud")}});
        QVERIFY(readAgain());
        QCOMPARE(text("subscriptionType"), QStringLiteral("Offline license"));
        QVERIFY(text("subscriptionLastSync").contains(QLatin1String("does not synchronize")));
        opened.clear();
        click("syncSubscription");
        QVERIFY(opened.isEmpty());
        QVERIFY2(text("subscriptionSyncStatus").contains(QLatin1String("does not apply")),
                 qPrintable(text("subscriptionSyncStatus")));
        QVERIFY(text("subscriptionSyncStatus").contains(QLatin1String("Offline license")));
        QVERIFY(text("subscriptionSyncAdvice").contains(QLatin1String("never synchronizes")));
        QVERIFY(!find<QPushButton>("stopSyncWatch")->isVisible());
        saveScreenshot(&shown->window, QStringLiteral("subscription-offline.png"));
    }

    void withoutADuoAddOnSaysWhatToDo()
    {
        // No Duo add-on any more: a new connect finds the instance not eligible.
        sim.patchState({{QStringLiteral("addOnPurchases"), QJsonArray()}});
        InstanceSession *session = shown->window.instances()->session();
        session->connectToInstance();
        QTRY_VERIFY_WITH_TIMEOUT(
            text("subscriptionSelfHosted").startsWith(QLatin1String("Not available")), 20000);
        QVERIFY(find<QLabel>("subscriptionWhatToDo")->isVisible());
        QVERIFY2(text("subscriptionWhatToDo").contains(QLatin1String("Duo Enterprise")),
                 qPrintable(text("subscriptionWhatToDo")));
        QTRY_COMPARE(text("subscriptionAddOns"), QStringLiteral("none"));
        saveScreenshot(&shown->window, QStringLiteral("subscription-not-eligible.png"));
    }
};

QTEST_MAIN(TestSubscriptionGui)
#include "tst_subscriptiongui.moc"
