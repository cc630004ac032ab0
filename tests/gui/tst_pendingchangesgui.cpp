#include "GuiTestSupport.h"
#include "SimProfile.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSettings.h"
#include "TestSkips.h"
#include "instances/InstanceController.h"
#include "net/ApiCall.h"
#include "net/GitLabClient.h"
#include "panes/ChangesTreeModel.h"
#include "session/InstanceSession.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

// The Pending changes pane against the simulator: changes drafted, a conflict made behind the
// console's back and settled field by field, and the push history.
class TestPendingChangesGui : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.pendingtest")};
    QTemporaryDir dir;

    QString fixture()
    {
        QJsonArray models;
        for (int i = 1; i <= 3; ++i)
            models.append(QJsonObject{
                {QStringLiteral("id"), i},
                {QStringLiteral("name"), QStringLiteral("seed-%1").arg(i)},
                {QStringLiteral("model"), QStringLiteral("mistral")},
                {QStringLiteral("endpoint"), QStringLiteral("https://seed%1.example/v1").arg(i)}});
        const QString path = dir.filePath(QStringLiteral("fixture.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("models"), models}}).toJson());
        return path;
    }

    // Records an edit through the session, as a pane does, and waits for it.
    static bool record(InstanceSession *session, const Edit &edit)
    {
        bool recorded = false;
        bool answered = false;
        session->record(edit, {}, session,
                        [&](const Outcome &outcome, const std::optional<Change> &change) {
                            recorded = outcome.ok() && change.has_value();
                            answered = true;
                        });
        for (int waited = 0; !answered && waited < 10000; waited += 10)
            QTest::qWait(10);
        return recorded;
    }

    static QString gid(int id)
    {
        return QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(id);
    }

    QString serverEndpoint(const QString &name)
    {
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() == name)
                return m.toObject().value(QLatin1String("endpoint")).toString();
        }
        return {};
    }

    static QModelIndex find(const QAbstractItemModel *model, const QString &text,
                            const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            if (index.data().toString() == text)
                return index;
            if (const QModelIndex inner = find(model, text, index); inner.isValid())
                return inner;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        QVERIFY2(sim.start({{}, {}, fixture(), {}, {}, {}}), qPrintable(sim.errorString()));
        const InstanceProfile profile =
            saveSimulatorProfile(QStringLiteral("Sim"), sim.gitlabUrl());
        bool stored = false;
        secrets.write(profile.tokenKey(), QLatin1String(SimTokens::admin), this,
                      [&](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
    }

    void draftConflictResolveAndPush()
    {
        ShownWindow shown(secrets.service());
        QVERIFY(shown.exposed());
        MainWindow &window = shown.window;
        InstanceSession *session = window.instances()->session();
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == InstanceSession::State::Connected &&
                                     !session->isRefreshing() && session->view().snapshotExists(),
                                 20000);
        QCOMPARE(session->view().serverModelCount(), 3);

        QVERIFY(record(
            session, {Change::Kind::UpdateModel,
                      gid(2),
                      {{QStringLiteral("endpoint"), QStringLiteral("https://mine.example/v1")}}}));
        QVERIFY(record(session, {Change::Kind::CreateModel,
                                 {},
                                 {{QStringLiteral("name"), QStringLiteral("drafted")},
                                  {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                                  {QStringLiteral("endpoint"),
                                   QStringLiteral("https://drafted.example/v1")}}}));
        // Someone edits seed-2's endpoint in the web UI meanwhile.
        GitLabClient web(testSettings(sim.gitlabUrl()), QLatin1String(SimTokens::admin));
        ApiCall *behind = web.graphql(
            QStringLiteral("mutation { aiSelfHostedModelUpdate(input: {id: \"%1\", name: "
                           "\"seed-2\", model: MISTRAL, "
                           "endpoint: \"https://theirs.example/v1\"}) { errors } }")
                .arg(gid(2)));
        QSignalSpy behindDone(behind, &ApiCall::finished);
        QVERIFY(behindDone.wait(10000));

        window.showPane(4);
        auto *view = window.findChild<QTreeView *>(QStringLiteral("changesView"));
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(find(view->model(), QStringLiteral("Model 'seed-2'")).isValid());
        QVERIFY(find(view->model(), QStringLiteral("Model 'drafted'")).isValid());

        auto *pushAll = window.findChild<QPushButton *>(QStringLiteral("pushAll"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("pushStatus"));
        QTRY_VERIFY(pushAll->isEnabled());
        QTest::mouseClick(pushAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("in conflict")), 20000);
        QVERIFY2(
            status->text().startsWith(QLatin1String("1 change(s) pushed, 0 failed, 1 in conflict")),
            qPrintable(status->text()));
        QCOMPARE(serverEndpoint(QStringLiteral("seed-2")),
                 QStringLiteral("https://theirs.example/v1"));
        saveScreenshot(&window, QStringLiteral("pending-conflict.png"));

        // Select the conflicting field and keep mine.
        const QModelIndex field = find(view->model(), QStringLiteral("endpoint"));
        QVERIFY(field.isValid());
        QVERIFY(field.data(ChangesTreeModel::ConflictRole).toBool());
        view->selectionModel()->select(field, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
        auto *keepMine = window.findChild<QPushButton *>(QStringLiteral("keepMine"));
        QVERIFY(keepMine->isEnabled());
        QTest::mouseClick(keepMine, Qt::LeftButton);
        QTRY_COMPARE(session->view().changes().first().status, Change::Status::Pending);

        QTest::mouseClick(pushAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().startsWith(QLatin1String("1 change(s) pushed, 0 failed, 0 in conflict")),
            20000);
        QCOMPARE(serverEndpoint(QStringLiteral("seed-2")),
                 QStringLiteral("https://mine.example/v1"));
        QVERIFY(session->view().changes().isEmpty());
        QCOMPARE(view->model()->rowCount(), 0);
        auto *history = window.findChild<QTreeWidget *>(QStringLiteral("pushHistory"));
        QCOMPARE(history->topLevelItemCount(), 2);
        saveScreenshot(&window, QStringLiteral("pending-pushed.png"));
    }
};

QTEST_MAIN(TestPendingChangesGui)
#include "tst_pendingchangesgui.moc"
