#include "ConsoleProcess.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "base/AppInfo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// duo-console features list|set|allowlist against GitLab's three API shapes (17.6, 18.9, 19.6):
// the real binary, the simulator, the real keychain of tests/run.sh's session. What the console
// lists comes from the instance; what it sets reaches the simulator's state, in one request
// where the instance takes a list of features and one per feature where it does not; what
// GitLab would refuse is refused before anything is recorded or sent.
class TestFeaturesCli : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    QTemporaryDir dir;
    Simulator sim;
    QString instance; // the one the current test works on
    int instances = 0;

    using Result = ConsoleProcess::Result;

    // `words` split on spaces, on the current instance.
    Result run(const QString &words, const QByteArray &input = {})
    {
        return ConsoleProcess::run(
            QStringLiteral(DUO_CONSOLE_BINARY),
            words.split(QLatin1Char(' ')) + QStringList{QStringLiteral("-i"), instance}, input);
    }

    static QJsonValue json(const Result &r)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    // The demo fixture with beta models accepted and a CodeGemma model, a family no Chat
    // feature accepts in any shape.
    QString fixtureFor(const QString &demo)
    {
        QFile file(Simulator::fixturePath(demo));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject settings = fixture.value(QLatin1String("settings")).toObject();
        settings.insert(QStringLiteral("betaModelsAccepted"), true);
        fixture.insert(QStringLiteral("settings"), settings);
        QJsonArray models = fixture.value(QLatin1String("models")).toArray();
        models.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("gemma-local")},
                        {QStringLiteral("model"), QStringLiteral("codegemma")},
                        {QStringLiteral("endpoint"), QStringLiteral("${modelServer}/v1")},
                        {QStringLiteral("identifier"), QStringLiteral("custom_openai/codegemma")}});
        fixture.insert(QStringLiteral("models"), models);
        const QString path = dir.filePath(QStringLiteral("%1-fixture.json").arg(demo));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(fixture).toJson());
        return path;
    }

    // Starts the simulator in `shape` with the demo fixture of that shape, under a version that
    // names no shape, and adds an instance for it (never read yet).
    bool startAndAdd(const QString &shape)
    {
        sim.stop();
        ++instances;
        const QString demo = shape == QLatin1String("19.6") ? QStringLiteral("demo-19.6.json")
                                                            : QStringLiteral("demo.json");
        const QString version = QStringLiteral("18.11.%1-ee").arg(instances);
        if (!sim.start({shape, version, fixtureFor(demo), {}, {}, {}})) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        instance = QStringLiteral("features%1").arg(instances);
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

    static QJsonObject listed(const QJsonValue &list, const QString &feature)
    {
        for (const auto &f : list.toArray()) {
            if (f.toObject().value(QLatin1String("feature")).toString() == feature)
                return f.toObject();
        }
        return {};
    }

    // The simulator's row for a feature (lower-case key), and a model's numeric id.
    QJsonObject serverFeature(const QString &feature)
    {
        for (const auto &f : sim.state().value(QLatin1String("featureSettings")).toArray()) {
            if (f.toObject().value(QLatin1String("feature")).toString() == feature)
                return f.toObject();
        }
        return {};
    }

    QJsonValue serverModelId(const QString &name)
    {
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() == name)
                return m.toObject().value(QLatin1String("id"));
        }
        return {};
    }

    static QString providerOf(const QJsonObject &row)
    {
        return row.value(QLatin1String("provider")).toString().toUpper();
    }

    // aiFeatureSettingUpdate mutations sent since the log was last cleared.
    int featureUpdatesSent()
    {
        int count = 0;
        for (const auto &entry : sim.requests())
            count += int(entry.toObject()
                             .value(QLatin1String("body"))
                             .toString()
                             .count(QLatin1String("aiFeatureSettingUpdate(")));
        return count;
    }

    int pendingChanges()
    {
        const Result r = run(QStringLiteral("changes list --json --offline"));
        return r.exitCode == 0 ? int(json(r).toArray().size()) : -1;
    }

    static void shapes()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("17.6") << "17.6";
        QTest::newRow("18.9") << "18.9";
        QTest::newRow("19.6") << "19.6";
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        AppInfo::applyTo(*QCoreApplication::instance());
        QVERIFY(dir.isValid());
    }

    void cleanupTestCase() { sim.stop(); }

    void listShowsTheInstancesFeatures_data() { shapes(); }

    void listShowsTheInstancesFeatures()
    {
        QFETCH(QString, shape);
        QVERIFY(startAndAdd(shape));

        // Never read: the list reads the instance first.
        Result r = run(QStringLiteral("features list --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String(SimTokens::admin)));
        const QJsonArray list = json(r).toArray();
        QVERIFY(!list.isEmpty());

        const QStringList keys{
            QStringLiteral("feature"),       QStringLiteral("title"),
            QStringLiteral("section"),       QStringLiteral("releaseState"),
            QStringLiteral("provider"),      QStringLiteral("model"),
            QStringLiteral("modelId"),       QStringLiteral("modelRef"),
            QStringLiteral("fallbackModel"), QStringLiteral("compatibleFamilies"),
            QStringLiteral("pending")};
        QStringList features;
        QStringList sections; // in the order listed, each once
        for (const auto &entry : list) {
            const QJsonObject f = entry.toObject();
            for (const QString &key : keys)
                QVERIFY2(f.contains(key), qPrintable(key));
            QCOMPARE(f.value(QLatin1String("pending")).toBool(true), false);
            features << f.value(QLatin1String("feature")).toString();
            const QString section = f.value(QLatin1String("section")).toString();
            if (sections.isEmpty() || sections.last() != section) {
                // A section's features are listed together.
                QVERIFY2(!sections.contains(section), qPrintable(section));
                sections << section;
            }
        }
        QCOMPARE(sections.first(), QStringLiteral("Code Suggestions"));
        QCOMPARE(sections.at(1), QStringLiteral("GitLab Duo Chat"));

        const QJsonObject generation = listed(list, QStringLiteral("CODE_GENERATIONS"));
        QCOMPARE(generation.value(QLatin1String("title")).toString(),
                 QStringLiteral("Code Generation"));
        QCOMPARE(generation.value(QLatin1String("section")).toString(),
                 QStringLiteral("Code Suggestions"));
        QCOMPARE(generation.value(QLatin1String("releaseState")).toString(), QStringLiteral("GA"));
        QCOMPARE(generation.value(QLatin1String("provider")).toString(),
                 QStringLiteral("SELF_HOSTED"));
        QCOMPARE(generation.value(QLatin1String("model")).toString(),
                 QStringLiteral("codestral-completions"));
        QVERIFY(generation.value(QLatin1String("modelId"))
                    .toString()
                    .startsWith(QLatin1String("gid://gitlab/Ai::SelfHostedModel/")));
        QVERIFY(generation.value(QLatin1String("modelRef")).isNull());
        QVERIFY(generation.value(QLatin1String("fallbackModel")).isNull());
        QVERIFY(generation.value(QLatin1String("compatibleFamilies"))
                    .toArray()
                    .contains(QStringLiteral("CODESTRAL")));
        const QJsonObject chat = listed(list, QStringLiteral("DUO_CHAT"));
        QCOMPARE(chat.value(QLatin1String("section")).toString(),
                 QStringLiteral("GitLab Duo Chat"));
        QCOMPARE(chat.value(QLatin1String("model")).toString(),
                 QStringLiteral("mistral-small-prod"));
        QVERIFY(!chat.value(QLatin1String("compatibleFamilies"))
                     .toArray()
                     .contains(QStringLiteral("CODEGEMMA")));

        if (shape == QLatin1String("17.6")) {
            // 17.6 configures three features only; an unsaved row reads as disabled.
            QCOMPARE(features.size(), 3);
            QVERIFY(features.contains(QStringLiteral("CODE_COMPLETIONS")));
        } else {
            // A Chat sub-feature without a model uses General Chat's.
            const QJsonObject tests = listed(list, QStringLiteral("DUO_CHAT_WRITE_TESTS"));
            QCOMPARE(tests.value(QLatin1String("provider")).toString(),
                     QStringLiteral("UNASSIGNED"));
            QCOMPARE(tests.value(QLatin1String("fallbackModel")).toString(),
                     QStringLiteral("mistral-small-prod (Mistral)"));
            QVERIFY(tests.value(QLatin1String("model")).isNull());
            // Not a Chat sub-feature: no fallback.
            const QJsonObject summary = listed(list, QStringLiteral("SUMMARIZE_NEW_MERGE_REQUEST"));
            QCOMPARE(summary.value(QLatin1String("provider")).toString(),
                     QStringLiteral("UNASSIGNED"));
            QVERIFY(summary.value(QLatin1String("fallbackModel")).isNull());
            QCOMPARE(summary.value(QLatin1String("releaseState")).toString(),
                     QStringLiteral("BETA"));
        }
        if (shape == QLatin1String("19.6")) {
            const QJsonObject agentic =
                listed(list, QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT"));
            QCOMPARE(agentic.value(QLatin1String("provider")).toString(),
                     QStringLiteral("VENDORED"));
            QCOMPARE(agentic.value(QLatin1String("modelRef")).toString(),
                     QStringLiteral("claude_sonnet_4_5_20250929"));
            QVERIFY(agentic.value(QLatin1String("model")).isNull());
            QCOMPARE(agentic.value(QLatin1String("section")).toString(),
                     QStringLiteral("GitLab Duo Agent Platform"));
        }

        // The text: sections in GitLab's order, a row per feature with what it uses.
        r = run(QStringLiteral("features list --offline"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qsizetype suggestions = r.out.indexOf(QLatin1String("Code Suggestions\n"));
        const qsizetype chatSection = r.out.indexOf(QLatin1String("GitLab Duo Chat\n"));
        QVERIFY2(suggestions >= 0 && chatSection > suggestions, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("  Code Generation\tcodestral-completions (Mistral "
                                              "Codestral)")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("As read from the server")), qPrintable(r.err));
        if (shape != QLatin1String("17.6")) {
            QVERIFY2(r.out.contains(QLatin1String("  Test Generation\tUnassigned\tUnassigned: "
                                                  "uses General Chat's model")),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("Root Cause Analysis (Beta)")),
                     qPrintable(r.out));
        }
    }

    void setAssignsAndPushes_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("updatesForTwo"); // mutations sent to assign two features
        QTest::addColumn<bool>("modelRefs");    // a GitLab-managed model may be chosen
        QTest::newRow("17.6") << "17.6" << 2 << false;
        QTest::newRow("18.9") << "18.9" << 1 << true;
        QTest::newRow("19.6") << "19.6" << 1 << true;
    }

    void setAssignsAndPushes()
    {
        QFETCH(QString, shape);
        QFETCH(int, updatesForTwo);
        QFETCH(bool, modelRefs);
        QVERIFY(startAndAdd(shape));

        // Never read: set reads the instance first; the feature in lower case.
        Result r = run(QStringLiteral("features set code_generations --model mistral-small-prod"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("1 change pushed")), qPrintable(r.out));
        QJsonObject row = serverFeature(QStringLiteral("code_generations"));
        QCOMPARE(providerOf(row), QStringLiteral("SELF_HOSTED"));
        QCOMPARE(row.value(QLatin1String("selfHostedModelId")),
                 serverModelId(QStringLiteral("mistral-small-prod")));
        QCOMPARE(pendingChanges(), 0);

        // Two features, one change: one mutation where GitLab takes a list, one each on 17.6.
        // The model by its id.
        const QString gpt = QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1")
                                .arg(serverModelId(QStringLiteral("gpt-4o-azure")).toInt());
        r = run(
            QStringLiteral("features set CODE_COMPLETIONS duo_chat --model %1 --no-apply --json")
                .arg(gpt));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject recorded = json(r).toObject().value(QLatin1String("recorded")).toObject();
        QCOMPARE(recorded.value(QLatin1String("kind")).toString(), QStringLiteral("set-features"));
        QCOMPARE(
            recorded.value(QLatin1String("values")).toObject().value(QLatin1String("features")),
            QJsonValue(QJsonArray{QStringLiteral("CODE_COMPLETIONS"), QStringLiteral("DUO_CHAT")}));
        QCOMPARE(pendingChanges(), 1);
        sim.clearRequests();
        r = run(QStringLiteral("changes push"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(featureUpdatesSent(), updatesForTwo);
        for (const char *feature : {"code_completions", "duo_chat"}) {
            row = serverFeature(QLatin1String(feature));
            QCOMPARE(providerOf(row), QStringLiteral("SELF_HOSTED"));
            QCOMPARE(row.value(QLatin1String("selfHostedModelId")),
                     serverModelId(QStringLiteral("gpt-4o-azure")));
        }

        r = run(QStringLiteral("features set code_completions --disabled"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(providerOf(serverFeature(QStringLiteral("code_completions"))),
                 QStringLiteral("DISABLED"));
        // Set again to what it is: nothing to record.
        r = run(QStringLiteral("features set code_completions --disabled"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Nothing to change.")), qPrintable(r.out));

        // A family the feature does not accept: GitLab's words, nothing recorded or sent.
        sim.clearRequests();
        r = run(QStringLiteral("features set duo_chat --model gemma-local"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Codegemma is incompatible with the General Chat "
                                              "feature.")),
                 qPrintable(r.err));
        QCOMPARE(pendingChanges(), 0);
        QCOMPARE(featureUpdatesSent(), 0);
        // It still serves a feature that accepts it.
        r = run(QStringLiteral("features set code_generations --model gemma-local"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(serverFeature(QStringLiteral("code_generations"))
                     .value(QLatin1String("selfHostedModelId")),
                 serverModelId(QStringLiteral("gemma-local")));

        // A feature the instance does not list, or a model it does not have: refused, clearly.
        sim.clearRequests();
        r = run(QStringLiteral("features set code_generations NOT_A_FEATURE --disabled"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("lists no feature NOT_A_FEATURE")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("features list")), qPrintable(r.err));
        r = run(QStringLiteral("features set code_generations --model no-such-model"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("'no-such-model'")), qPrintable(r.err));
        QCOMPARE(pendingChanges(), 0);
        QCOMPARE(featureUpdatesSent(), 0);

        // A GitLab-managed model, by its ref where the instance offers a choice.
        r = run(QStringLiteral("features set code_completions --vendored --model-ref "
                               "claude_sonnet_4_20250514"));
        if (modelRefs) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            row = serverFeature(QStringLiteral("code_completions"));
            QCOMPARE(providerOf(row), QStringLiteral("VENDORED"));
            QCOMPARE(row.value(QLatin1String("offeredModelRef")).toString(),
                     QStringLiteral("claude_sonnet_4_20250514"));
            r = run(QStringLiteral("features list --json --offline"));
            const QJsonObject completions = listed(json(r), QStringLiteral("CODE_COMPLETIONS"));
            QCOMPARE(completions.value(QLatin1String("provider")).toString(),
                     QStringLiteral("VENDORED"));
            QCOMPARE(completions.value(QLatin1String("modelRef")).toString(),
                     QStringLiteral("claude_sonnet_4_20250514"));
            // A ref GitLab does not offer for it.
            r = run(QStringLiteral("features set code_generations --vendored --model-ref nope"));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("GitLab does not offer the model nope")),
                     qPrintable(r.err));
            // 18.x has no allowlists.
            if (shape == QLatin1String("18.9")) {
                r = run(QStringLiteral("features allowlist duo_agent_platform_agentic_chat "
                                       "--disable"));
                QCOMPARE(r.exitCode, 1);
                QVERIFY2(r.err.contains(QLatin1String("no model allowlists")), qPrintable(r.err));
            }
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("cannot choose a GitLab-managed model")),
                     qPrintable(r.err));
            QCOMPARE(providerOf(serverFeature(QStringLiteral("code_completions"))),
                     QStringLiteral("DISABLED"));
        }
        QCOMPARE(pendingChanges(), 0);
    }

    void offlineRecordsAPendingChange_data() { shapes(); }

    void offlineRecordsAPendingChange()
    {
        QFETCH(QString, shape);
        QVERIFY(startAndAdd(shape));

        // Offline and never read: there is nothing to list.
        Result r = run(QStringLiteral("features list --offline"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("never read")), qPrintable(r.err));

        r = run(QStringLiteral("refresh"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        sim.clearRequests();
        r = run(QStringLiteral("features set duo_chat --model gpt-4o-azure --offline"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("changes push")), qPrintable(r.out));
        QCOMPARE(sim.requests().size(), 0);
        QCOMPARE(pendingChanges(), 1);
        QCOMPARE(
            serverFeature(QStringLiteral("duo_chat")).value(QLatin1String("selfHostedModelId")),
            serverModelId(QStringLiteral("mistral-small-prod")));

        r = run(QStringLiteral("features list --json --offline"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject chat = listed(json(r), QStringLiteral("DUO_CHAT"));
        QCOMPARE(chat.value(QLatin1String("pending")).toBool(), true);
        QCOMPARE(chat.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-azure"));
        QCOMPARE(listed(json(r), QStringLiteral("CODE_GENERATIONS"))
                     .value(QLatin1String("pending"))
                     .toBool(true),
                 false);
        if (shape != QLatin1String("17.6")) {
            // The fallback of a Chat sub-feature follows General Chat's draft.
            QCOMPARE(listed(json(r), QStringLiteral("DUO_CHAT_WRITE_TESTS"))
                         .value(QLatin1String("fallbackModel"))
                         .toString(),
                     QStringLiteral("gpt-4o-azure (GPT)"));
        }
        r = run(QStringLiteral("features list --offline"));
        QVERIFY2(r.out.contains(QLatin1String("* General Chat\tgpt-4o-azure (GPT)")),
                 qPrintable(r.out));
        QCOMPARE(sim.requests().size(), 0);

        r = run(QStringLiteral("changes push"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(
            serverFeature(QStringLiteral("duo_chat")).value(QLatin1String("selfHostedModelId")),
            serverModelId(QStringLiteral("gpt-4o-azure")));
        r = run(QStringLiteral("features list --json --offline"));
        QCOMPARE(listed(json(r), QStringLiteral("DUO_CHAT"))
                     .value(QLatin1String("pending"))
                     .toBool(true),
                 false);
    }

    // 19.1+: the GitLab-managed models Agentic Chat may use.
    void allowlistOn19()
    {
        QVERIFY(startAndAdd(QStringLiteral("19.6")));
        const QString agentic = QStringLiteral("duo_agent_platform_agentic_chat");

        Result r =
            run(QStringLiteral("features allowlist %1 --enable gpt_5 claude_sonnet_4_20250514")
                    .arg(agentic));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QJsonObject row = serverFeature(agentic);
        QCOMPARE(row.value(QLatin1String("allowlistEnabled")).toBool(), true);
        QStringList refs;
        for (const auto &ref : row.value(QLatin1String("allowlistModelRefs")).toArray())
            refs << ref.toString();
        refs.sort();
        QCOMPARE(refs, (QStringList{QStringLiteral("claude_sonnet_4_20250514"),
                                    QStringLiteral("gpt_5")}));

        // A model GitLab does not offer, a feature without an allowlist: refused, nothing sent.
        sim.clearRequests();
        r = run(QStringLiteral("features allowlist %1 --enable nope").arg(agentic));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("It offers: ")), qPrintable(r.err));
        r = run(QStringLiteral("features allowlist code_generations --enable"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not supported for the feature 'code_generations'")),
                 qPrintable(r.err));
        QCOMPARE(sim.requests().size(), 0);
        QCOMPARE(pendingChanges(), 0);

        // Offline: pending in the list until pushed.
        r = run(QStringLiteral("features allowlist %1 --disable --offline").arg(agentic));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(QStringLiteral("features list --json --offline"));
        QJsonObject listedRow = listed(json(r), agentic.toUpper());
        QCOMPARE(listedRow.value(QLatin1String("pending")).toBool(), true);
        QCOMPARE(listedRow.value(QLatin1String("allowlist"))
                     .toObject()
                     .value(QLatin1String("enabled"))
                     .toBool(true),
                 false);
        r = run(QStringLiteral("changes push"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(serverFeature(agentic).value(QLatin1String("allowlistEnabled")).toBool(true),
                 false);

        // Vendored with a chosen model, for a Chat sub-feature.
        r = run(QStringLiteral("features set duo_chat_write_tests --vendored --model-ref "
                               "claude_sonnet_4_20250514 --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(json(r).toObject().value(QLatin1String("pushed")).toInt(), 1);
        row = serverFeature(QStringLiteral("duo_chat_write_tests"));
        QCOMPARE(providerOf(row), QStringLiteral("VENDORED"));
        QCOMPARE(row.value(QLatin1String("offeredModelRef")).toString(),
                 QStringLiteral("claude_sonnet_4_20250514"));
    }

    // An unassigned Chat sub-feature made so on the server: its fallback is General Chat's model.
    void unassignedChatSubFeatureFallsBack()
    {
        QVERIFY(startAndAdd(QStringLiteral("18.9")));
        QJsonArray rows = sim.state().value(QLatin1String("featureSettings")).toArray();
        for (qsizetype n = 0; n < rows.size(); ++n) {
            QJsonObject row = rows.at(n).toObject();
            if (row.value(QLatin1String("feature")).toString() ==
                QLatin1String("duo_chat_explain_code")) {
                row.insert(QStringLiteral("provider"), QStringLiteral("unassigned"));
                row.insert(QStringLiteral("selfHostedModelId"), QJsonValue());
                rows.replace(n, row);
            }
        }
        sim.patchState({{QStringLiteral("featureSettings"), rows}}); // arrays replace
        const Result r = run(QStringLiteral("features list --json"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject explain = listed(json(r), QStringLiteral("DUO_CHAT_EXPLAIN_CODE"));
        QCOMPARE(explain.value(QLatin1String("provider")).toString(), QStringLiteral("UNASSIGNED"));
        QCOMPARE(explain.value(QLatin1String("fallbackModel")).toString(),
                 QStringLiteral("mistral-small-prod (Mistral)"));
        // General Chat itself has no fallback.
        QVERIFY(listed(json(r), QStringLiteral("DUO_CHAT"))
                    .value(QLatin1String("fallbackModel"))
                    .isNull());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing to set") << "features set code_generations"
                                        << "exactly one of --model MODEL, --disabled or --vendored";
        QTest::newRow("two things to set") << "features set code_generations --disabled --vendored"
                                           << "exactly one of";
        QTest::newRow("model and disabled") << "features set code_generations --model x --disabled"
                                            << "exactly one of";
        QTest::newRow("no feature") << "features set --disabled"
                                    << "at least one feature";
        QTest::newRow("ref without vendored")
            << "features set code_generations --disabled --model-ref x"
            << "--vendored";
        QTest::newRow("allowlist on and off") << "features allowlist duo_chat --enable --disable"
                                              << "Usage:";
        QTest::newRow("allowlist neither") << "features allowlist duo_chat"
                                           << "Usage:";
        QTest::newRow("refs to turn off") << "features allowlist duo_chat --disable gpt_5"
                                          << "--disable takes no model";
        QTest::newRow("an option of another command")
            << "features list --model x"
            << "does not apply to 'duo-console features list'";
        QTest::newRow("refresh offline") << "features list --refresh --offline"
                                         << "--refresh";
    }

    void usageErrors()
    {
        QFETCH(QString, words);
        QFETCH(QString, message);
        if (instance.isEmpty())
            QVERIFY(startAndAdd(QStringLiteral("18.9")));
        sim.clearRequests();
        const Result r = run(words);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(sim.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeaturesCli)
#include "tst_featurescli.moc"
