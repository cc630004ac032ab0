#include "SyncWorkspace.h"
#include "WorkspaceWait.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The workspace against a real SQLite file: recording, folding, the effective view, local ids,
// persistence across reopen, and two connections at once.
class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    int counter = 0;

    QString freshPath() { return dir.filePath(QStringLiteral("ws%1.sqlite").arg(++counter)); }

    static Snapshot serverState()
    {
        Snapshot s;
        s.exists = true;
        s.takenAt = QDateTime::currentDateTimeUtc();
        for (int i = 1; i <= 3; ++i) {
            SelfHostedModel m;
            m.id = QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(i);
            m.name = QStringLiteral("model-%1").arg(i);
            m.family = i == 3 ? QStringLiteral("CODEGEMMA") : QStringLiteral("MISTRAL");
            m.endpoint = QStringLiteral("https://m%1.example/v1").arg(i);
            s.models << m;
        }
        FeatureSetting chat;
        chat.feature = QStringLiteral("DUO_CHAT");
        chat.title = QStringLiteral("General Chat");
        chat.provider = QStringLiteral("SELF_HOSTED");
        chat.modelId = s.models[0].id;
        chat.compatibleFamilies = {QStringLiteral("MISTRAL")};
        FeatureSetting gen;
        gen.feature = QStringLiteral("CODE_GENERATIONS");
        gen.provider = QStringLiteral("DISABLED");
        gen.compatibleFamilies = {QStringLiteral("MISTRAL"), QStringLiteral("CODEGEMMA")};
        s.features = {chat, gen};
        s.duo = DuoSettings{{{DuoSettings::gatewayUrlField, QStringLiteral("https://aigw.example")},
                             {DuoSettings::gatewayTimeoutField, 60}}};
        return s;
    }

    static QString id(int n)
    {
        return QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(n);
    }

    static QJsonObject fields(const char *name, const char *endpoint)
    {
        return {{QStringLiteral("name"), QLatin1String(name)},
                {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                {QStringLiteral("endpoint"), QLatin1String(endpoint)}};
    }

    std::unique_ptr<SyncWorkspace> opened(const QString &path)
    {
        auto ws = std::make_unique<SyncWorkspace>(path);
        QString error;
        if (!ws->open(&error))
            qWarning("%s", qPrintable(error));
        return ws;
    }

private Q_SLOTS:
    void worksWithoutASnapshot()
    {
        auto ws = opened(freshPath());
        QVERIFY(!ws->snapshot().exists);
        QString error;
        const auto created = ws->record(Change::Kind::CreateModel, {},
                                        fields("draft", "https://d.example/v1"), &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(SelfHostedModel::isLocalId(created->target));
        QCOMPARE(ws->effectiveModels().size(), 1);
        QVERIFY(ws->effectiveModels().first().isPending());
    }

    void recordsFillTheBaseAndFold()
    {
        auto ws = opened(freshPath());
        QVERIFY(ws->replaceSnapshot(serverState()));
        QString error;
        auto first = ws->record(
            Change::Kind::UpdateModel, id(1),
            {{QStringLiteral("endpoint"), QStringLiteral("https://new.example/v1")}}, &error);
        QVERIFY(first);
        QCOMPARE(first->base.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://m1.example/v1"));
        auto second = ws->record(Change::Kind::UpdateModel, id(1),
                                 {{QStringLiteral("name"), QStringLiteral("renamed")}}, &error);
        QCOMPARE(second->id, first->id); // folded into the same change
        QCOMPARE(ws->changes().size(), 1);
        QCOMPARE(second->values.size(), 2);
        // Setting a field back to the server's value removes it; nothing left removes the change.
        ws->record(Change::Kind::UpdateModel, id(1),
                   {{QStringLiteral("name"), QStringLiteral("model-1")}}, &error);
        auto last = ws->record(
            Change::Kind::UpdateModel, id(1),
            {{QStringLiteral("endpoint"), QStringLiteral("https://m1.example/v1")}}, &error);
        QVERIFY(!last);
        QVERIFY(error.isEmpty());
        QVERIFY(ws->changes().isEmpty());
    }

    void refusesWhatGitLabWouldRefuse()
    {
        auto ws = opened(freshPath());
        ws->replaceSnapshot(serverState());
        QString error;
        QVERIFY(
            !ws->record(Change::Kind::CreateModel, {}, fields("model-2", "https://x/v1"), &error));
        QVERIFY(error.contains(QLatin1String("unique")));
        QVERIFY(!ws->record(Change::Kind::CreateModel, {}, fields("x", "ftp://x/v1"), &error));
        QVERIFY(error.contains(QLatin1String("http")));
        QJsonObject longName = fields("x", "https://x/v1");
        longName.insert(QStringLiteral("name"), QString(256, QLatin1Char('n')));
        QVERIFY(!ws->record(Change::Kind::CreateModel, {}, longName, &error));
        QVERIFY(error.contains(QLatin1String("255")));
        // A model that serves features cannot be deleted without a decision about them.
        QVERIFY(!ws->record(Change::Kind::DeleteModel, id(1), {}, &error));
        QVERIFY2(error.contains(QLatin1String("DUO_CHAT")), qPrintable(error));
        // Nor handed to a model whose family the feature does not accept.
        QVERIFY(!ws->record(Change::Kind::DeleteModel, id(1),
                            {{QStringLiteral("reassignTo"), id(3)}}, &error));
        QVERIFY(error.contains(QLatin1String("not compatible")));
        QVERIFY(!ws->record(Change::Kind::SetFeatures, QString(),
                            {{QStringLiteral("features"), QJsonArray{QStringLiteral("DUO_CHAT")}},
                             {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                             {QStringLiteral("modelId"), id(3)}},
                            &error));
        QVERIFY(error.contains(QLatin1String("incompatible")));
        QVERIFY(!ws->record(Change::Kind::UpdateDuoSettings, {},
                            {{QStringLiteral("aiGatewayTimeoutSeconds"), 30}}, &error));
        QVERIFY(ws->changes().isEmpty());
    }

    void effectiveViewAppliesEveryChange()
    {
        auto ws = opened(freshPath());
        ws->replaceSnapshot(serverState());
        QString error;
        const auto created =
            ws->record(Change::Kind::CreateModel, {}, fields("new", "https://n/v1"), &error);
        ws->record(Change::Kind::UpdateModel, created->target,
                   {{QStringLiteral("identifier"), QStringLiteral("custom_openai/n")}}, &error);
        QCOMPARE(ws->changes().size(), 1); // an edit of a draft folds into its create
        QVERIFY(ws->record(Change::Kind::DeleteModel, id(1),
                           {{QStringLiteral("reassignTo"), created->target}}, &error));
        QVERIFY(ws->record(
            Change::Kind::SetFeatures, {},
            {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_GENERATIONS")}},
             {QStringLiteral("provider"), QStringLiteral("VENDORED")}},
            &error));
        const QList<EffectiveModel> models = ws->effectiveModels();
        QCOMPARE(models.size(), 3); // 3 - 1 deleted + 1 created
        const auto draft =
            std::find_if(models.cbegin(), models.cend(), [](const EffectiveModel &m) {
                return m.model.name == QLatin1String("new");
            });
        QVERIFY(draft != models.cend() && draft->isPending());
        QCOMPARE(draft->model.identifier, QStringLiteral("custom_openai/n"));
        const QList<FeatureSetting> features = ws->effectiveFeatures();
        QCOMPARE(features[0].modelId,
                 created->target); // DUO_CHAT follows the delete's reassignment
        QCOMPARE(features[1].provider, QStringLiteral("VENDORED"));
    }

    void deletingAModelMovesItsPendingAssignments()
    {
        auto ws = opened(freshPath());
        ws->replaceSnapshot(serverState());
        QString error;
        QVERIFY(ws->record(
            Change::Kind::SetFeatures, {},
            {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_GENERATIONS")}},
             {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
             {QStringLiteral("modelId"), id(2)}},
            &error));
        QVERIFY2(ws->record(Change::Kind::DeleteModel, id(2),
                            {{QStringLiteral("disableFeatures"), true}}, &error),
                 qPrintable(error));
        const QList<Change> changes = ws->changes();
        const auto assignment = std::find_if(changes.cbegin(), changes.cend(), [](const Change &c) {
            return c.kind == Change::Kind::SetFeatures;
        });
        QVERIFY(assignment != changes.cend());
        QCOMPARE(assignment->values.value(QLatin1String("provider")).toString(),
                 QStringLiteral("DISABLED"));
        QVERIFY(ws->featuresServedBy(id(2)).isEmpty());
    }

    void localIdsResolveEverywhereAtOnce()
    {
        const QString path = freshPath();
        auto ws = opened(path);
        ws->replaceSnapshot(serverState());
        QString error;
        const auto created =
            ws->record(Change::Kind::CreateModel, {}, fields("new", "https://n/v1"), &error);
        const auto assigned = ws->record(
            Change::Kind::SetFeatures, {},
            {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_GENERATIONS")}},
             {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
             {QStringLiteral("modelId"), created->target}},
            &error);
        QVERIFY2(assigned, qPrintable(error));
        QVERIFY(ws->resolveCreated(created->id, id(42)));
        QCOMPARE(ws->changes().size(), 1);
        QCOMPARE(ws->changes().first().values.value(QLatin1String("modelId")).toString(), id(42));
        // And so it is after a restart: the rewrite was committed.
        ws.reset();
        auto again = opened(path);
        QCOMPARE(again->changes().size(), 1);
        QCOMPARE(again->changes().first().values.value(QLatin1String("modelId")).toString(),
                 id(42));
    }

    void survivesReopenAndSharesTheFile()
    {
        const QString path = freshPath();
        auto gui = opened(path);
        auto cli = opened(path); // a second connection, as the command line would have
        gui->replaceSnapshot(serverState());
        QString error;
        QVERIFY(cli->record(Change::Kind::UpdateDuoSettings, {},
                            {{QStringLiteral("aiGatewayTimeoutSeconds"), 120}}, &error));
        QVERIFY(
            gui->record(Change::Kind::CreateModel, {}, fields("from-gui", "https://g/v1"), &error));
        // The window reads what the command line committed before it writes: its own create is
        // the last change.
        QVERIFY(gui->markSent({gui->changes().last().id}));
        gui.reset();
        cli.reset();
        auto reopened = opened(path);
        QCOMPARE(reopened->snapshot().models.size(), 3);
        QVERIFY(reopened->snapshot().exists);
        QCOMPARE(reopened->changes().size(), 2);
        QVERIFY(reopened->changes().last().sentAt.isValid()); // the journal survives
        QCOMPARE(reopened->effectiveDuoSettings()->gatewayTimeoutSeconds().value(), 120);
    }

    // The window and the command line (or a window reopening an instance it has just opened)
    // may both be first to open an instance's workspace: both must get the same, whole file.
    void twoFirstOpenersShareOneNewWorkspace()
    {
        for (int attempt = 0; attempt < 25; ++attempt) {
            const QString path = freshPath();
            QStringList problems(2);
            QList<QThread *> openers;
            for (int n = 0; n < 2; ++n) {
                openers << QThread::create([&problems, path, n] {
                    Database db(path);
                    if (const StoreError problem = db.open(); problem.isError()) {
                        problems[n] = problem.message;
                        return;
                    }
                    QSqlQuery q = db.query();
                    if (!q.exec(QStringLiteral("SELECT count(*) FROM snapshot_models")))
                        problems[n] = q.lastError().text();
                });
            }
            for (QThread *opener : std::as_const(openers))
                opener->start();
            for (QThread *opener : std::as_const(openers)) {
                opener->wait();
                delete opener;
            }
            problems.removeAll(QString());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String(" | "))));
            QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.new*")}).isEmpty());
        }
    }

    // Feature settings GitLab hid from the token (19.x answers null) stay "hidden", not "none",
    // across a reopen; a later read that shows them clears it.
    void hiddenFeatureSettingsAreRememberedAsHidden()
    {
        const QString path = freshPath();
        Snapshot hidden = serverState();
        hidden.features.clear();
        hidden.featuresHidden = true;
        opened(path)->replaceSnapshot(hidden);
        QVERIFY(opened(path)->view().featuresHidden());
        QVERIFY(opened(path)->snapshot().featuresHidden);
        opened(path)->replaceSnapshot(serverState());
        QVERIFY(!opened(path)->view().featuresHidden());
    }

    void pushHistoryIsKept()
    {
        auto ws = opened(freshPath());
        const qint64 push = ws->beginPush();
        QVERIFY(push > 0);
        ws->finishPush(push, {{QStringLiteral("pushed"), 3}});
        const auto history = ws->pushHistory();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().summary.value(QLatin1String("pushed")).toInt(), 3);
    }

    void largeSnapshotOnAWorkerThread()
    {
        Workspace ws(freshPath());
        QVERIFY(!openNow(ws).error.isError());
        Snapshot big = serverState();
        for (int i = 4; i < 10004; ++i) {
            SelfHostedModel m;
            m.id = id(i);
            m.name = QStringLiteral("bulk-%1").arg(i);
            m.family = QStringLiteral("MISTRAL");
            m.endpoint = QStringLiteral("https://bulk/v1");
            big.models << m;
        }
        QVERIFY(replaceSnapshotNow(ws, big));
        QCOMPARE(ws.view().serverModelCount(), 10003);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
