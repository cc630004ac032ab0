#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSettings.h"
#include "TestSkips.h"
#include "WorkspaceWait.h"
#include "gitlab/InstanceConnector.h"
#include "gitlab/ServerReader.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Pushes against the GitLab simulator in both API shapes: many mixed changes, conflicts made
// behind the console's back, a refusal in the middle of a batch, a 503, and offline drafting.
class TestPush : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    QTemporaryDir dir;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.pushtest")};
    std::unique_ptr<GitLabClient> client;
    std::unique_ptr<Workspace> workspace;
    ApiShape shape;
    int run = 0;

    // A fixture with `models` models, the first serving DUO_CHAT and CODE_GENERATIONS.
    QString writeFixture(int models, const QJsonObject &extra = {})
    {
        QJsonArray list;
        for (int i = 1; i <= models; ++i)
            list.append(QJsonObject{
                {QStringLiteral("id"), i},
                {QStringLiteral("name"), QStringLiteral("seed-%1").arg(i)},
                {QStringLiteral("model"), QStringLiteral("mistral")},
                {QStringLiteral("endpoint"), QStringLiteral("https://seed%1.example/v1").arg(i)},
                {QStringLiteral("identifier"), QStringLiteral("custom_openai/seed")}});
        QJsonObject fixture{
            {QStringLiteral("models"), list},
            {QStringLiteral("featureSettings"),
             QJsonArray{QJsonObject{{QStringLiteral("feature"), QStringLiteral("duo_chat")},
                                    {QStringLiteral("provider"), QStringLiteral("self_hosted")},
                                    {QStringLiteral("selfHostedModelId"), 1}},
                        QJsonObject{{QStringLiteral("feature"), QStringLiteral("code_generations")},
                                    {QStringLiteral("provider"), QStringLiteral("self_hosted")},
                                    {QStringLiteral("selfHostedModelId"), 1}}}}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            fixture.insert(it.key(), it.value());
        const QString path = dir.filePath(QStringLiteral("fixture%1.json").arg(++run));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(fixture).toJson());
        return path;
    }

    // Starts the simulator, connects, and takes a first snapshot into a fresh workspace.
    bool setUp(const QString &shapeName, int models, const QJsonObject &extra = {})
    {
        if (!sim.start({shapeName, {}, writeFixture(models, extra), {}, {}, {}})) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        workspace =
            std::make_unique<Workspace>(dir.filePath(QStringLiteral("ws%1.sqlite").arg(run)));
        if (openNow(*workspace).error.isError())
            return false;
        return connectAndRefresh();
    }

    bool connectAndRefresh()
    {
        client = std::make_unique<GitLabClient>(testSettings(sim.gitlabUrl()),
                                                QLatin1String(SimTokens::admin));
        InstanceConnector connector(client.get());
        QSignalSpy connected(&connector, &InstanceConnector::finished);
        connector.start();
        if (!connected.wait(30000) || connector.error().isError())
            return false;
        shape = connector.capabilities().shape;
        ServerReader reader(client.get(), shape);
        bool done = false;
        bool ok = false;
        reader.snapshot([&](const Snapshot &snapshot, const ApiError &error) {
            ok = !error.isError() && replaceSnapshotNow(*workspace, snapshot);
            done = true;
        });
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 30000)
            QTest::qWait(5);
        return ok;
    }

    PushOutcome push(const PushOptions &options = {})
    {
        Pusher pusher(workspace.get(), client.get(), shape, &secrets, QStringLiteral("push-test"),
                      QStringLiteral("the push test"));
        QSignalSpy finished(&pusher, &Pusher::finished);
        pusher.push(options);
        if (pusher.isRunning() && !finished.wait(120000))
            qWarning("push did not finish");
        return pusher.outcome();
    }

    Change record(Change::Kind kind, const QString &target, const QJsonObject &values)
    {
        QString error;
        const auto change = recordNow(*workspace, kind, target, values, &error);
        if (!change)
            qWarning("not recorded: %s", qPrintable(error));
        return change.value_or(Change{});
    }

    static QJsonObject newModel(const QString &name)
    {
        return {{QStringLiteral("name"), name},
                {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                {QStringLiteral("endpoint"), QStringLiteral("https://%1.example/v1").arg(name)},
                {QStringLiteral("identifier"), QStringLiteral("custom_openai/%1").arg(name)}};
    }

    static QString gid(int id)
    {
        return QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(id);
    }

    // name → model, as the simulator holds them (hidden beta models included).
    QHash<QString, QJsonObject> serverModels()
    {
        QHash<QString, QJsonObject> models;
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray())
            models.insert(m.toObject().value(QLatin1String("name")).toString(), m.toObject());
        return models;
    }

    QJsonObject serverFeature(const QString &feature)
    {
        for (const auto &f : sim.state().value(QLatin1String("featureSettings")).toArray()) {
            if (f.toObject().value(QLatin1String("feature")).toString() == feature)
                return f.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { DUO_REQUIRE_SIMULATOR_AND_KEYRING(); }

    void cleanup()
    {
        client.reset();
        workspace.reset();
        sim.stop();
    }

    void pushesTwoHundredMixedChanges_data()
    {
        QTest::addColumn<QString>("shapeName");
        QTest::newRow("18.9") << QStringLiteral("18.9");
        QTest::newRow("17.6") << QStringLiteral("17.6");
    }

    void pushesTwoHundredMixedChanges()
    {
        QFETCH(QString, shapeName);
        QVERIFY(setUp(shapeName, 80));
        // 120 creates, 60 updates, 20 deletes (one of them moving features to a draft), and a
        // feature assignment to a draft: 201 changes.
        QStringList drafts;
        for (int i = 0; i < 120; ++i)
            drafts << record(Change::Kind::CreateModel, {},
                             newModel(QStringLiteral("new-%1").arg(i)))
                          .target;
        for (int i = 2; i <= 60; ++i)
            record(Change::Kind::UpdateModel, gid(i),
                   {{QStringLiteral("endpoint"),
                     QStringLiteral("https://updated%1.example/v1").arg(i)}});
        record(Change::Kind::DeleteModel, gid(1), {{QStringLiteral("reassignTo"), drafts.first()}});
        for (int i = 61; i <= 79; ++i)
            record(Change::Kind::DeleteModel, gid(i), {});
        record(Change::Kind::SetFeatures, {},
               {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_COMPLETIONS")}},
                {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                {QStringLiteral("modelId"), drafts.last()}});
        const int recorded = int(workspace->view().changes().size());
        QVERIFY(recorded >= 200);

        sim.clearRequests();
        const PushOutcome outcome = push();
        QVERIFY2(!outcome.stopped(), qPrintable(outcome.errorMessage));
        QCOMPARE(outcome.failed, 0);
        QCOMPARE(outcome.conflicts, 0);
        QCOMPARE(outcome.pushed, recorded);
        QVERIFY(workspace->view().changes().isEmpty());
        QVERIFY2(outcome.requests <= 20, qPrintable(QString::number(outcome.requests)));

        const auto server = serverModels();
        QCOMPARE(server.size(), 80 + 120 - 20);
        for (int i = 0; i < 120; ++i)
            QVERIFY(server.contains(QStringLiteral("new-%1").arg(i)));
        QCOMPARE(
            server.value(QStringLiteral("seed-11")).value(QLatin1String("endpoint")).toString(),
            QStringLiteral("https://updated11.example/v1"));
        QVERIFY(!server.contains(QStringLiteral("seed-1")) &&
                !server.contains(QStringLiteral("seed-79")));
        // DUO_CHAT moved to the first draft before its model was deleted; no silent cascade.
        const int firstDraft =
            server.value(QStringLiteral("new-0")).value(QLatin1String("id")).toInt();
        QCOMPARE(serverFeature(QStringLiteral("duo_chat"))
                     .value(QLatin1String("selfHostedModelId"))
                     .toInt(),
                 firstDraft);
        QCOMPARE(serverFeature(QStringLiteral("code_completions"))
                     .value(QLatin1String("selfHostedModelId"))
                     .toInt(),
                 server.value(QStringLiteral("new-119")).value(QLatin1String("id")).toInt());
        // The snapshot agrees with the server after the push.
        QCOMPARE(workspace->view().snapshot().models.size(), server.size());
    }

    void readsEveryPageWhateverTheIds_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("dense ids") << 1;
        QTest::newRow("sparse ids") << 7;
        QTest::newRow("very sparse ids") << 230;
    }

    void readsEveryPageWhateverTheIds()
    {
        QFETCH(int, step);
        // 437 models whose ids leave gaps of `step`, so pages read in parallel overlap.
        QJsonArray list;
        for (int i = 1; i <= 437; ++i)
            list.append(
                QJsonObject{{QStringLiteral("id"), i * step + (i % 3)},
                            {QStringLiteral("name"), QStringLiteral("m%1").arg(i)},
                            {QStringLiteral("model"), QStringLiteral("mistral")},
                            {QStringLiteral("endpoint"), QStringLiteral("https://m.example/v1")}});
        QVERIFY(setUp(QStringLiteral("18.9"), 0, {{QStringLiteral("models"), list}}));
        const QList<SelfHostedModel> models = workspace->view().snapshot().models;
        QCOMPARE(models.size(), 437);
        QSet<QString> names;
        for (const SelfHostedModel &m : models)
            names.insert(m.name);
        QCOMPARE(names.size(), 437);
        for (qsizetype i = 1; i < models.size(); ++i)
            QVERIFY(models[i - 1].id != models[i].id);
    }

    void conflictIsShownNotOverwritten()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 3));
        record(Change::Kind::UpdateModel, gid(2),
               {{QStringLiteral("endpoint"), QStringLiteral("https://mine.example/v1")},
                {QStringLiteral("identifier"), QStringLiteral("custom_openai/mine")}});

        // Someone changes the endpoint in the web UI meanwhile.
        ApiCall *behind =
            client->graphql(QStringLiteral("mutation { aiSelfHostedModelUpdate(input: {id: \"%1\", "
                                           "name: \"seed-2\", model: MISTRAL, "
                                           "endpoint: \"https://theirs.example/v1\"}) { errors } }")
                                .arg(gid(2)));
        QSignalSpy done(behind, &ApiCall::finished);
        QVERIFY(done.wait(10000) && behind->succeeded());

        PushOutcome outcome = push();
        QCOMPARE(outcome.conflicts, 1);
        QCOMPARE(outcome.pushed, 0);
        const Change conflicted = workspace->view().changes().first();
        QCOMPARE(conflicted.status, Change::Status::Conflict);
        QCOMPARE(conflicted.conflictFields, QStringList{QStringLiteral("endpoint")});
        QCOMPARE(serverModels()
                     .value(QStringLiteral("seed-2"))
                     .value(QLatin1String("endpoint"))
                     .toString(),
                 QStringLiteral("https://theirs.example/v1"));

        // Keep mine: the next push applies both fields.
        QVERIFY(resolveNow(*workspace, conflicted.id, QStringLiteral("endpoint"), true));
        outcome = push();
        QCOMPARE(outcome.pushed, 1);
        const QJsonObject server = serverModels().value(QStringLiteral("seed-2"));
        QCOMPARE(server.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://mine.example/v1"));
        QCOMPARE(server.value(QLatin1String("identifier")).toString(),
                 QStringLiteral("custom_openai/mine"));
    }

    void refusalInTheMiddleOfABatch()
    {
        // A beta-family model the console cannot see, because beta models are not accepted.
        QVERIFY(setUp(
            QStringLiteral("18.9"), 2,
            {{QStringLiteral("models"),
              QJsonArray{
                  QJsonObject{{QStringLiteral("id"), 1},
                              {QStringLiteral("name"), QStringLiteral("seed-1")},
                              {QStringLiteral("model"), QStringLiteral("mistral")},
                              {QStringLiteral("endpoint"), QStringLiteral("https://s.example/v1")}},
                  QJsonObject{
                      {QStringLiteral("id"), 2},
                      {QStringLiteral("name"), QStringLiteral("hidden-llama")},
                      {QStringLiteral("model"), QStringLiteral("llama3")},
                      {QStringLiteral("endpoint"), QStringLiteral("https://l.example/v1")}}}}}));
        QCOMPARE(workspace->view().snapshot().models.size(), 1);
        record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("before")));
        record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("hidden-llama")));
        record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("after")));

        const PushOutcome outcome = push();
        QCOMPARE(outcome.pushed, 2);
        QCOMPARE(outcome.failed, 1);
        QVERIFY(serverModels().contains(QStringLiteral("before")));
        QVERIFY(serverModels().contains(QStringLiteral("after")));
        const Change failed = workspace->view().changes().first();
        QCOMPARE(failed.status, Change::Status::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("Name has already been taken")),
                 qPrintable(failed.error));
        QVERIFY2(failed.error.contains(QLatin1String("GitLab hides it")), qPrintable(failed.error));
    }

    void stopOnFirstError()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 1));
        record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("taken")));
        // Taken on the server by someone else, after the snapshot: GitLab refuses the create.
        ApiCall *behind = client->graphql(QStringLiteral(
            "mutation { aiSelfHostedModelCreate(input: {name: \"taken\", model: MISTRAL, "
            "endpoint: \"https://x.example/v1\"}) { errors } }"));
        QSignalSpy done(behind, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        record(Change::Kind::UpdateModel, gid(1),
               {{QStringLiteral("identifier"), QStringLiteral("custom_openai/later")}});
        const PushOutcome outcome = push({{}, false, true});
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(workspace->view().changes().size(), 2); // the update was not sent
        QVERIFY(serverModels()
                    .value(QStringLiteral("seed-1"))
                    .value(QLatin1String("identifier"))
                    .toString() != QLatin1String("custom_openai/later"));
    }

    void serviceUnavailableDuringAPushIsNeverResentBlindly()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 1));
        for (int i = 0; i < 30; ++i)
            record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("n%1").arg(i)));
        QVERIFY(sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                              {QStringLiteral("status"), 503},
                              {QStringLiteral("count"), 1}}) >= 0);
        PushOutcome outcome = push();
        QVERIFY(outcome.stopped());
        QCOMPARE(outcome.errorCategory, QStringLiteral("server"));
        QVERIFY(outcome.errorMessage.contains(QLatin1String("push again")));
        QCOMPARE(workspace->view().changes().size(), 30); // kept, in flight in the journal

        outcome = push();
        QVERIFY2(!outcome.stopped(), qPrintable(outcome.errorMessage));
        QCOMPARE(outcome.pushed, 30);
        QCOMPARE(serverModels().size(), 31);
    }

    void cutOffAnswerToAWriteIsNeverTakenForNothing()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 1));
        for (int i = 0; i < 5; ++i)
            record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("cut%1").arg(i)));
        QVERIFY(sim.addFault({{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
                              {QStringLiteral("truncate"), true},
                              {QStringLiteral("count"), 1}}) >= 0);
        PushOutcome outcome = push();
        QVERIFY(outcome.stopped());
        QCOMPARE(outcome.failed, 0); // not "refused": it may have been applied
        for (const Change &c : workspace->view().changes()) {
            QCOMPARE(c.status, Change::Status::Pending);
            QVERIFY(c.sentAt.isValid());
        }
        outcome = push();
        QVERIFY2(!outcome.stopped(), qPrintable(outcome.errorMessage));
        QCOMPARE(outcome.pushed, 5);
        QCOMPARE(serverModels().size(), 6);
    }

    void pushingASelectionBringsTheDraftItNeeds()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 1));
        const Change created =
            record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("needed")));
        const Change assigned =
            record(Change::Kind::SetFeatures, {},
                   {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_COMPLETIONS")}},
                    {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                    {QStringLiteral("modelId"), created.target}});
        record(Change::Kind::UpdateModel, gid(1),
               {{QStringLiteral("identifier"), QStringLiteral("custom_openai/other")}});
        const PushOutcome outcome = push({{assigned.id}, false, false});
        QCOMPARE(outcome.failed, 0);
        QCOMPARE(outcome.pushed, 2);
        QCOMPARE(workspace->view().changes().size(), 1); // the unselected update waits
        QCOMPARE(serverFeature(QStringLiteral("code_completions"))
                     .value(QLatin1String("selfHostedModelId"))
                     .toInt(),
                 serverModels().value(QStringLiteral("needed")).value(QLatin1String("id")).toInt());
    }

    void draftedOfflineThenPushed()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 2));
        const QString fixture = dir.filePath(QStringLiteral("fixture%1.json").arg(run));
        sim.stop(); // offline from here
        const Change created =
            record(Change::Kind::CreateModel, {}, newModel(QStringLiteral("offline")));
        record(Change::Kind::SetFeatures, {},
               {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_COMPLETIONS")}},
                {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                {QStringLiteral("modelId"), created.target}});
        record(Change::Kind::UpdateModel, gid(2),
               {{QStringLiteral("name"), QStringLiteral("renamed-offline")}});
        QCOMPARE(workspace->view().changes().size(), 3);

        // Back online.
        QVERIFY(sim.start({QStringLiteral("18.9"), {}, fixture, {}, {}, {}}));
        QVERIFY(connectAndRefresh());
        const PushOutcome outcome = push();
        QVERIFY2(!outcome.stopped(), qPrintable(outcome.errorMessage));
        QCOMPARE(outcome.pushed, 3);
        const auto server = serverModels();
        QVERIFY(server.contains(QStringLiteral("offline")) &&
                server.contains(QStringLiteral("renamed-offline")));
        QCOMPARE(serverFeature(QStringLiteral("code_completions"))
                     .value(QLatin1String("selfHostedModelId"))
                     .toInt(),
                 server.value(QStringLiteral("offline")).value(QLatin1String("id")).toInt());
    }

    void draftApiKeyTravelsThroughTheKeychain()
    {
        QVERIFY(setUp(QStringLiteral("18.9"), 0));
        const Change created = record(Change::Kind::CreateModel, {}, [] {
            QJsonObject v = newModel(QStringLiteral("keyed"));
            v.insert(QStringLiteral("apiKey"), true);
            return v;
        }());
        bool stored = false;
        secrets.write(created.apiKeyName(QStringLiteral("push-test")),
                      QStringLiteral("model-secret-key"), this,
                      [&](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
        QVERIFY(xdg.filesContaining("model-secret-key").isEmpty());
        QVERIFY(QFile(workspace->path()).open(QIODevice::ReadOnly));
        const PushOutcome outcome = push();
        QCOMPARE(outcome.pushed, 1);
        QCOMPARE(serverModels()
                     .value(QStringLiteral("keyed"))
                     .value(QLatin1String("apiToken"))
                     .toString(),
                 QStringLiteral("model-secret-key"));
        // The plan kept for history shows no key.
        for (const PushStep &step : outcome.plan)
            QVERIFY(!QJsonDocument(step.toJson()).toJson().contains("model-secret-key"));
        QFile db(workspace->path());
        QVERIFY(db.open(QIODevice::ReadOnly) && !db.readAll().contains("model-secret-key"));
    }
};

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
