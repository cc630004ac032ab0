#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "SyncWorkspace.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "base/AppInfo.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// One binary against GitLab's three API shapes (17.6, 18.9, 19.6), through the command line:
// what each instance can do is read from its schema, models keep their platform, values a newer
// GitLab adds are kept and shown, and a 19.6 push of models, Duo settings and an allowlist
// survives being killed in flight.
class TestApiShapes : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    QTemporaryDir dir;
    Simulator sim;
    int instances = 0;

    static ConsoleProcess::Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input);
    }

    QString writeFixture(const QJsonObject &fixture)
    {
        const QString path = dir.filePath(QStringLiteral("fixture%1.json").arg(instances));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(fixture).toJson());
        return path;
    }

    // Starts the simulator in `shape` (reporting a version that says nothing about it) and
    // adds an instance for it; returns the instance's name.
    QString startAndAdd(const QString &shape, const QString &fixture = {})
    {
        sim.stop();
        const QString name = QStringLiteral("shape%1").arg(++instances);
        // A version no shape is named after, and one per instance: a schema cached for one
        // build is never taken for another's.
        const QString version = QStringLiteral("18.11.%1-ee").arg(instances);
        if (!sim.start({shape, version, fixture, {}, {}, {}})) {
            qWarning("%s", qPrintable(sim.errorString()));
            return {};
        }
        const auto r = run({QStringLiteral("instance"), QStringLiteral("add"), name,
                            QStringLiteral("--url"), sim.gitlabUrl().toString(),
                            QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
                            QStringLiteral("none"), QStringLiteral("--token-stdin")},
                           QByteArray(SimTokens::admin) + '\n');
        if (r.exitCode != 0) {
            qWarning("instance add: %s", qPrintable(r.err));
            return {};
        }
        return name;
    }

    static QJsonValue json(const ConsoleProcess::Result &r)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    // The server's model named `name`, as the simulator holds it.
    QJsonObject serverModel(const QString &name)
    {
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() == name)
                return m.toObject();
        }
        return {};
    }

    static QJsonObject listed(const QJsonValue &list, const QString &name)
    {
        for (const auto &m : list.toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() == name)
                return m.toObject();
        }
        return {};
    }

    QString workspacePath(const QString &instance)
    {
        const auto profile = ProfileStore().find(instance);
        return profile ? Workspace::pathFor(profile->idString()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        AppInfo::applyTo(*QCoreApplication::instance()); // the command line's paths
        QVERIFY(dir.isValid());
    }

    void cleanupTestCase() { sim.stop(); }

    void capabilitiesComeFromTheSchema_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("apiShape");
        QTest::addColumn<bool>("provider");
        QTest::addColumn<bool>("allowlist");
        QTest::addColumn<bool>("functionalCheck");
        QTest::addColumn<bool>("agentPlatformTls");
        QTest::addColumn<bool>("duoSettings");
        QTest::newRow("17.6") << "17.6"
                              << "17.x" << false << false << false << false << false;
        QTest::newRow("18.9") << "18.9"
                              << "18.x" << false << false << false << false << true;
        QTest::newRow("19.6") << "19.6"
                              << "19.x" << true << true << true << true << true;
    }

    void capabilitiesComeFromTheSchema()
    {
        QFETCH(QString, shape);
        const QString name = startAndAdd(shape);
        QVERIFY(!name.isEmpty());
        const auto r =
            run({QStringLiteral("status"), QStringLiteral("-i"), name, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = json(r).toObject();
        const QJsonObject api = status.value(QLatin1String("api")).toObject();
        QTEST(status.value(QLatin1String("apiShape")).toString(), "apiShape");
        QTEST(api.value(QLatin1String("modelProvider")).toBool(), "provider");
        QTEST(api.value(QLatin1String("featureAllowlist")).toBool(), "allowlist");
        QTEST(api.value(QLatin1String("functionalCheck")).toBool(), "functionalCheck");
        QTEST(api.value(QLatin1String("agentPlatformTls")).toBool(), "agentPlatformTls");
        QTEST(api.value(QLatin1String("duoSettings")).toBool(), "duoSettings");
        QVERIFY(status.value(QLatin1String("newValues")).isObject());

        const auto text = run({QStringLiteral("status"), QStringLiteral("-i"), name});
        QVERIFY2(text.out.contains(QLatin1String("Capabilities:")), qPrintable(text.out));
    }

    void modelsKeepTheirPlatform_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<bool>("stored"); // the instance stores a platform per model
        QTest::newRow("17.6") << "17.6" << false;
        QTest::newRow("18.9") << "18.9" << false;
        QTest::newRow("19.6") << "19.6" << true;
    }

    void modelsKeepTheirPlatform()
    {
        QFETCH(QString, shape);
        QFETCH(bool, stored);
        const QString name = startAndAdd(shape);
        QVERIFY(!name.isEmpty());
        const QStringList add{QStringLiteral("models"), QStringLiteral("add"), QStringLiteral("-i"),
                              name};

        auto r = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("vllm"),
                                       QStringLiteral("--family"), QStringLiteral("MISTRAL"),
                                       QStringLiteral("--endpoint"),
                                       QStringLiteral("https://vllm.example/v1"),
                                       QStringLiteral("--identifier"),
                                       QStringLiteral("custom_openai/mistral")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A Bedrock model: GitLab's stand-in endpoint, whatever the shape.
        r = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("claude-bedrock"),
                                  QStringLiteral("--family"), QStringLiteral("CLAUDE_3"),
                                  QStringLiteral("--identifier"),
                                  QStringLiteral("bedrock/anthropic.claude-3-5-sonnet"),
                                  QStringLiteral("--platform"), QStringLiteral("bedrock")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(serverModel(QStringLiteral("claude-bedrock"))
                     .value(QLatin1String("endpoint"))
                     .toString(),
                 QStringLiteral("http://bedrockselfhostedmodel.com"));
        // An endpoint for a platform that has none is refused, not dropped without a word.
        r = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("x"),
                                  QStringLiteral("--family"), QStringLiteral("CLAUDE_3"),
                                  QStringLiteral("--endpoint"), QStringLiteral("https://x/v1"),
                                  QStringLiteral("--identifier"), QStringLiteral("bedrock/x"),
                                  QStringLiteral("--platform"), QStringLiteral("bedrock")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--endpoint")), qPrintable(r.err));

        r = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("claude-vertex"),
                                  QStringLiteral("--family"), QStringLiteral("CLAUDE_3"),
                                  QStringLiteral("--identifier"),
                                  QStringLiteral("claude-sonnet-4-5"), QStringLiteral("--platform"),
                                  QStringLiteral("vertex-ai")});
        if (stored) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject vertex = serverModel(QStringLiteral("claude-vertex"));
            QCOMPARE(vertex.value(QLatin1String("endpoint")).toString(), QString());
            QCOMPARE(vertex.value(QLatin1String("provider")).toString().toUpper(),
                     QStringLiteral("VERTEX_AI"));
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("Vertex AI")), qPrintable(r.err));
            QVERIFY(serverModel(QStringLiteral("claude-vertex")).isEmpty());
        }

        r = run({QStringLiteral("models"), QStringLiteral("edit"), QStringLiteral("-i"), name,
                 QStringLiteral("vllm"), QStringLiteral("--endpoint"),
                 QStringLiteral("https://vllm2.example/v1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(serverModel(QStringLiteral("vllm")).value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://vllm2.example/v1"));

        r = run({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("-i"), name,
                 QStringLiteral("--refresh"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject vllm = listed(json(r), QStringLiteral("vllm"));
        const QJsonObject bedrock = listed(json(r), QStringLiteral("claude-bedrock"));
        QCOMPARE(vllm.value(QLatin1String("provider")).toString(), QStringLiteral("API"));
        QCOMPARE(bedrock.value(QLatin1String("provider")).toString(), QStringLiteral("BEDROCK"));
        // Older instances store no platform: it is inferred from the identifier, and says so.
        QCOMPARE(bedrock.value(QLatin1String("providerInferred")).toBool(), !stored);
        QCOMPARE(vllm.value(QLatin1String("unrecognised")).toArray(), QJsonArray());

        const auto text = run({QStringLiteral("models"), QStringLiteral("list"),
                               QStringLiteral("-i"), name, QStringLiteral("--offline")});
        QVERIFY2(text.out.contains(QLatin1String("Amazon Bedrock")), qPrintable(text.out));
    }

    // 19.x: a model created without a platform is an API model, whatever its identifier.
    void aBedrockIdentifierAloneMakesNoBedrockModelOn19()
    {
        const QString name = startAndAdd(QStringLiteral("19.6"));
        QVERIFY(!name.isEmpty());
        const auto r = run({QStringLiteral("models"), QStringLiteral("add"), QStringLiteral("-i"),
                            name, QStringLiteral("--name"), QStringLiteral("proxy"),
                            QStringLiteral("--family"), QStringLiteral("CLAUDE_3"),
                            QStringLiteral("--endpoint"), QStringLiteral("https://litellm/v1"),
                            QStringLiteral("--identifier"), QStringLiteral("bedrock/claude")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject model = serverModel(QStringLiteral("proxy"));
        QCOMPARE(model.value(QLatin1String("provider")).toString().toUpper(),
                 QStringLiteral("API"));
        QCOMPARE(model.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://litellm/v1"));
    }

    // A draft recorded before the instance was ever reached is checked again at the push, with
    // the shape read then: an 18.x GitLab has no Vertex AI platform and would answer with a
    // message about the endpoint the administrator never set.
    void aDraftRecordedBeforeTheShapeWasKnownIsCheckedAtThePush()
    {
        sim.stop();
        QVERIFY2(sim.start({QStringLiteral("18.9"), QStringLiteral("18.9.2-ee"), {}, {}, {}, {}}),
                 qPrintable(sim.errorString()));
        const QString name = QStringLiteral("unreached%1").arg(++instances);
        auto r = run(
            {QStringLiteral("instance"), QStringLiteral("add"), name, QStringLiteral("--url"),
             sim.gitlabUrl().toString(), QStringLiteral("--allow-http"), QStringLiteral("--proxy"),
             QStringLiteral("none"), QStringLiteral("--offline"), QStringLiteral("--token-stdin")},
            QByteArray(SimTokens::admin) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList add{QStringLiteral("models"),    QStringLiteral("add"),
                              QStringLiteral("-i"),        name,
                              QStringLiteral("--offline"), QStringLiteral("--no-apply"),
                              QStringLiteral("--family"),  QStringLiteral("CLAUDE_3")};
        r = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("on-vertex"),
                                  QStringLiteral("--platform"), QStringLiteral("vertex-ai"),
                                  QStringLiteral("--identifier"),
                                  QStringLiteral("vertex_ai/claude-sonnet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // the shape is not known yet
        r = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("on-api"),
                                  QStringLiteral("--endpoint"),
                                  QStringLiteral("https://litellm.example/v1"),
                                  QStringLiteral("--identifier"),
                                  QStringLiteral("custom_openai/c")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = run({QStringLiteral("changes"), QStringLiteral("push"), QStringLiteral("-i"), name});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("does not accept the platform Google Vertex AI")),
                 qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QLatin1String("Endpoint can't be blank")), qPrintable(r.out));
        QVERIFY(serverModel(QStringLiteral("on-vertex")).isEmpty());
        QVERIFY(!serverModel(QStringLiteral("on-api")).isEmpty()); // the rest went
        r = run({QStringLiteral("changes"), QStringLiteral("list"), QStringLiteral("-i"), name,
                 QStringLiteral("--offline")});
        QVERIFY2(r.out.contains(QLatin1String("failed")), qPrintable(r.out));
    }

    void valuesANewerGitLabAddsAreKeptAndShown()
    {
        const QJsonObject fixture{
            {QStringLiteral("shape"), QStringLiteral("19.6")},
            {QStringLiteral("settings"),
             QJsonObject{
                 {QStringLiteral("betaModelsAccepted"), true},
                 {QStringLiteral("extraEnumValues"),
                  QJsonObject{{QStringLiteral("family"), QStringLiteral("NOVA_NEXT")},
                              {QStringLiteral("feature"), QStringLiteral("FUTURE_ASSISTANT")},
                              {QStringLiteral("provider"), QStringLiteral("AZURE_FOUNDRY")}}}}},
            {QStringLiteral("models"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("nova")},
                 {QStringLiteral("model"), QStringLiteral("nova_next")},
                 {QStringLiteral("endpoint"), QStringLiteral("https://nova.example/v1")},
                 {QStringLiteral("identifier"), QStringLiteral("custom_openai/nova")},
                 {QStringLiteral("provider"), QStringLiteral("azure_foundry")}}}}};
        const QString name = startAndAdd(QStringLiteral("19.6"), writeFixture(fixture));
        QVERIFY(!name.isEmpty());

        auto r = run({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("-i"), name,
                      QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject nova = listed(json(r), QStringLiteral("nova"));
        QCOMPARE(nova.value(QLatin1String("family")).toString(), QStringLiteral("NOVA_NEXT"));
        QCOMPARE(nova.value(QLatin1String("provider")).toString(), QStringLiteral("AZURE_FOUNDRY"));
        QCOMPARE(nova.value(QLatin1String("unrecognised")).toArray(),
                 (QJsonArray{QStringLiteral("family"), QStringLiteral("provider")}));

        r = run({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("-i"), name,
                 QStringLiteral("--offline")});
        QVERIFY2(r.out.contains(QLatin1String("NOVA_NEXT (new in this GitLab version)")),
                 qPrintable(r.out));

        // Another field of such a row still pushes, and the unknown values stay as they were.
        r = run({QStringLiteral("models"), QStringLiteral("edit"), QStringLiteral("-i"), name,
                 QStringLiteral("nova"), QStringLiteral("--name"), QStringLiteral("nova-2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject server = serverModel(QStringLiteral("nova-2"));
        QCOMPARE(server.value(QLatin1String("model")).toString().toUpper(),
                 QStringLiteral("NOVA_NEXT"));
        QCOMPARE(server.value(QLatin1String("provider")).toString().toUpper(),
                 QStringLiteral("AZURE_FOUNDRY"));
        // A new model of the new family, on the new platform.
        r = run({QStringLiteral("models"), QStringLiteral("add"), QStringLiteral("-i"), name,
                 QStringLiteral("--name"), QStringLiteral("nova-3"), QStringLiteral("--family"),
                 QStringLiteral("NOVA_NEXT"), QStringLiteral("--endpoint"),
                 QStringLiteral("https://nova3.example/v1"), QStringLiteral("--platform"),
                 QStringLiteral("azure-foundry")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = run({QStringLiteral("status"), QStringLiteral("-i"), name, QStringLiteral("--json")});
        const QJsonObject news = json(r).toObject().value(QLatin1String("newValues")).toObject();
        QCOMPARE(news.value(QLatin1String("family")).toArray(),
                 QJsonArray{QStringLiteral("NOVA_NEXT")});
        QCOMPARE(news.value(QLatin1String("feature")).toArray(),
                 QJsonArray{QStringLiteral("FUTURE_ASSISTANT")});
        QCOMPARE(news.value(QLatin1String("platform")).toArray(),
                 QJsonArray{QStringLiteral("AZURE_FOUNDRY")});
    }

    // Models, Duo settings and the Agentic Chat allowlist in one 19.6 push, killed while a batch
    // is held (applied, then before applying), then pushed to the end.
    void aMixedPushOn19SurvivesAKill_data()
    {
        QTest::addColumn<bool>("applied");
        QTest::newRow("killed after GitLab applied the batch") << true;
        QTest::newRow("killed before GitLab applied it") << false;
    }

    void aMixedPushOn19SurvivesAKill()
    {
        QFETCH(bool, applied);
        const QString name = startAndAdd(QStringLiteral("19.6"),
                                         Simulator::fixturePath(QStringLiteral("demo-19.6.json")));
        QVERIFY(!name.isEmpty());
        auto r = run({QStringLiteral("refresh"), QStringLiteral("-i"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            SyncWorkspace workspace(workspacePath(name));
            QString error;
            QVERIFY2(workspace.open(&error), qPrintable(error));
            QVERIFY(workspace.record(Change::Kind::CreateModel, {},
                                     {{QStringLiteral("name"), QStringLiteral("gemini-new")},
                                      {QStringLiteral("family"), QStringLiteral("GEMINI")},
                                      {QStringLiteral("identifier"), QStringLiteral("gemini-2.5")},
                                      {QStringLiteral("provider"), QStringLiteral("VERTEX_AI")}},
                                     &error));
            const EffectiveModel *qwen = workspace.view().modelNamed(QStringLiteral("qwen-coder"));
            QVERIFY(qwen);
            QVERIFY2(workspace.record(
                         Change::Kind::UpdateModel, qwen->model.id,
                         {{QStringLiteral("endpoint"), QStringLiteral("https://qwen2.example/v1")}},
                         &error),
                     qPrintable(error));
            QVERIFY2(workspace.record(
                         Change::Kind::UpdateDuoSettings, {},
                         {{QStringLiteral("aiGatewayTimeoutSeconds"), 240},
                          {QStringLiteral("selfHostedDuoAgentPlatformServiceSecure"), true}},
                         &error),
                     qPrintable(error));
            // A model the allowlist does not offer is refused before anything is recorded.
            QVERIFY(!workspace.record(
                Change::Kind::SetAllowlist, QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT"),
                {{QStringLiteral("allowlistModelRefs"), QJsonArray{QStringLiteral("nope")}}},
                &error));
            QVERIFY2(error.contains(QLatin1String("gpt_5")), qPrintable(error));
            QVERIFY2(workspace.record(Change::Kind::SetAllowlist,
                                      QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT"),
                                      {{QStringLiteral("allowlistEnabled"), true},
                                       {QStringLiteral("allowlistModelRefs"),
                                        QJsonArray{QStringLiteral("gpt_5"),
                                                   QStringLiteral("claude_haiku_4_5_20251001")}}},
                                      &error),
                     qPrintable(error));
            QCOMPARE(workspace.changes().size(), 4);
        }

        sim.addFault(
            {{QStringLiteral("path"), QStringLiteral("^/api/graphql")},
             {QStringLiteral("bodyMatch"), QStringLiteral("mutation Push\\(")},
             {applied ? QStringLiteral("applyThenHold") : QStringLiteral("holdBeforeApply"), true},
             {QStringLiteral("count"), 1}});
        QProcess push;
        QVERIFY(ConsoleProcess::start(
            push, QStringLiteral(DUO_CONSOLE_BINARY),
            {QStringLiteral("changes"), QStringLiteral("push"), QStringLiteral("-i"), name}));
        QElapsedTimer clock;
        clock.start();
        while (sim.held().isEmpty() && clock.elapsed() < 60000 && push.state() == QProcess::Running)
            QTest::qWait(10);
        QVERIFY2(!sim.held().isEmpty(), "the push never sent a batch to hold");
        push.kill();
        push.waitForFinished(10000);
        sim.clearFaults();

        r = run({QStringLiteral("changes"), QStringLiteral("push"), QStringLiteral("-i"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        const QJsonObject state = sim.state();
        int created = 0;
        for (const auto &m : state.value(QLatin1String("models")).toArray())
            created +=
                m.toObject().value(QLatin1String("name")).toString() == QLatin1String("gemini-new");
        QCOMPARE(created, 1);
        QCOMPARE(serverModel(QStringLiteral("qwen-coder")).value(QLatin1String("endpoint")),
                 QJsonValue(QStringLiteral("https://qwen2.example/v1")));

        SyncWorkspace workspace(workspacePath(name));
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error));
        QVERIFY2(workspace.changes().isEmpty(), "every change reached the server");
        r = run({QStringLiteral("refresh"), QStringLiteral("-i"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        SyncWorkspace fresh(workspacePath(name));
        QVERIFY(fresh.open(&error));
        const auto duo = fresh.snapshot().duo;
        QVERIFY(duo);
        QCOMPARE(duo->fields.value(QLatin1String("aiGatewayTimeoutSeconds")).toInt(), 240);
        QCOMPARE(
            duo->fields.value(QLatin1String("selfHostedDuoAgentPlatformServiceSecure")).toBool(),
            true);
        const FeatureSetting *chat =
            fresh.view().serverFeature(QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT"));
        QVERIFY(chat);
        QCOMPARE(chat->allowlistFields(),
                 (QJsonObject{{QStringLiteral("allowlistEnabled"), true},
                              {QStringLiteral("allowlistModelRefs"),
                               QJsonArray{QStringLiteral("claude_haiku_4_5_20251001"),
                                          QStringLiteral("gpt_5")}}}));
    }
};

QTEST_GUILESS_MAIN(TestApiShapes)
#include "tst_apishapes.moc"
