#include "base/SafeText.h"
#include "model/DraftRules.h"
#include "model/EffectiveView.h"
#include "model/FieldRules.h"
#include "model/PushTransitions.h"

#include <QJsonArray>
#include <QtTest>

// The domain rules as pure functions, with neither SQLite nor the network: the effective view's
// row-level updates, drafting, a push's transitions of a change row, field rules and safe text.
class TestModel : public QObject
{
    Q_OBJECT

private:
    static QString gid(int n)
    {
        return QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(n);
    }

    static WorkspaceState state()
    {
        WorkspaceState s;
        s.snapshot.exists = true;
        for (int i = 1; i <= 3; ++i) {
            SelfHostedModel m;
            m.id = gid(i);
            m.name = QStringLiteral("model-%1").arg(i);
            m.family = QStringLiteral("MISTRAL");
            m.endpoint = QStringLiteral("https://m%1.example/v1").arg(i);
            s.snapshot.models << m;
        }
        FeatureSetting chat;
        chat.feature = QStringLiteral("DUO_CHAT");
        chat.provider = FeatureSetting::selfHosted;
        chat.modelId = gid(1);
        s.snapshot.features = {chat};
        return s;
    }

    static ApiShape shape()
    {
        ApiShape s;
        s.known = true;
        s.featureSettingsBatch = true;
        s.modelFamilies = {QStringLiteral("MISTRAL"), QStringLiteral("GPT")};
        return s;
    }

    // Applies what the rules wrote, as the store would after committing.
    static ViewChanges commit(EffectiveView &view, const WriteSet &set)
    {
        WorkspaceDelta delta;
        delta.changesPut = set.put;
        delta.changesRemoved = set.removed;
        return view.apply(delta);
    }

    static WriteSet record(EffectiveView &view, Change::Kind kind, const QString &target,
                           const QJsonObject &values)
    {
        const WriteSet set = DraftRules::record(view, shape(), {kind, target, values});
        if (!set.isRefused())
            commit(view, set);
        return set;
    }

private Q_SLOTS:
    void viewUpdatesOnlyTheRowsAChangeTouches()
    {
        EffectiveView view;
        view.reset(state());
        const WriteSet edit =
            DraftRules::record(view, shape(),
                               {Change::Kind::UpdateModel,
                                gid(2),
                                {{QStringLiteral("endpoint"), QStringLiteral("https://x/v1")}}});
        const ViewChanges changes = commit(view, edit);
        QCOMPARE(changes.modelsChanged, QStringList{gid(2)});
        QVERIFY(changes.modelsAdded.isEmpty() && changes.modelsRemoved.isEmpty());
        QCOMPARE(view.model(gid(2))->pending, PendingState::Edited);
        QCOMPARE(view.model(gid(2))->model.endpoint, QStringLiteral("https://x/v1"));

        const WriteSet create =
            DraftRules::record(view, shape(),
                               {Change::Kind::CreateModel,
                                {},
                                {{QStringLiteral("name"), QStringLiteral("draft")},
                                 {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                                 {QStringLiteral("endpoint"), QStringLiteral("https://d/v1")}}});
        QCOMPARE(commit(view, create).modelsAdded, QStringList{create.recorded->target});
        QCOMPARE(view.modelNamed(QStringLiteral("draft"))->pending, PendingState::New);

        // A server model read again changes that row, and the name index with it.
        WorkspaceDelta server;
        SelfHostedModel renamed = *view.serverModel(gid(3));
        renamed.name = QStringLiteral("renamed");
        server.server.modelsPut << renamed;
        QCOMPARE(view.apply(server).modelsChanged, QStringList{gid(3)});
        QVERIFY(!view.modelNamed(QStringLiteral("model-3")));
        QCOMPARE(view.modelNamed(QStringLiteral("renamed"))->model.id, gid(3));
    }

    void deletedRowsStayVisibleButFreeTheirName()
    {
        EffectiveView view;
        view.reset(state());
        QVERIFY(!record(view, Change::Kind::DeleteModel, gid(2), {}).isRefused());
        QCOMPARE(view.model(gid(2))->pending, PendingState::Deleted);
        QVERIFY(!view.liveModel(gid(2)));
        QCOMPARE(view.models().size(), 2);
        QCOMPARE(view.models(true).size(), 3);
        // Its name is free for a draft; the push orders the create after the delete.
        QVERIFY(!record(view, Change::Kind::CreateModel, {},
                        {{QStringLiteral("name"), QStringLiteral("model-2")},
                         {QStringLiteral("family"), QStringLiteral("GPT")},
                         {QStringLiteral("endpoint"), QStringLiteral("https://n/v1")}})
                     .isRefused());
    }

    void foldingKeepsTheFirstBaseAndDropsRevertedFields()
    {
        EffectiveView view;
        view.reset(state());
        record(view, Change::Kind::UpdateModel, gid(1),
               {{QStringLiteral("endpoint"), QStringLiteral("https://a/v1")}});
        const WriteSet second =
            record(view, Change::Kind::UpdateModel, gid(1),
                   {{QStringLiteral("endpoint"), QStringLiteral("https://b/v1")},
                    {QStringLiteral("name"), QStringLiteral("one")}});
        QCOMPARE(view.changeCount(), 1);
        QCOMPARE(second.recorded->base.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://m1.example/v1"));
        const WriteSet back =
            record(view, Change::Kind::UpdateModel, gid(1),
                   {{QStringLiteral("endpoint"), QStringLiteral("https://m1.example/v1")},
                    {QStringLiteral("name"), QStringLiteral("model-1")}});
        QVERIFY(!back.recorded);
        QCOMPARE(back.removed.size(), 1);
        QCOMPARE(view.changeCount(), 0);
    }

    void keysNoChangeHoldsAreOrphaned()
    {
        EffectiveView view;
        view.reset(state());
        record(view, Change::Kind::UpdateModel, gid(1),
               {{QStringLiteral("endpoint"), QStringLiteral("https://a/v1")},
                {Change::apiKeyField, QStringLiteral("key-1")}});
        // A new key replaces the old one: the old one is no longer held.
        const WriteSet replaced = record(view, Change::Kind::UpdateModel, gid(1),
                                         {{Change::apiKeyField, QStringLiteral("key-2")}});
        QCOMPARE(replaced.orphanedKeys, QStringList{QStringLiteral("key-1")});
        // Discarding the change lets its key go too.
        const WriteSet discarded = DraftRules::discard(view, {replaced.recorded->id});
        QCOMPARE(discarded.orphanedKeys, QStringList{QStringLiteral("key-2")});
        // A draft deleted before it was pushed takes its key along.
        const WriteSet draft = record(view, Change::Kind::CreateModel, {},
                                      {{QStringLiteral("name"), QStringLiteral("keyed")},
                                       {QStringLiteral("family"), QStringLiteral("GPT")},
                                       {QStringLiteral("endpoint"), QStringLiteral("https://k/v1")},
                                       {Change::apiKeyField, QStringLiteral("key-3")}});
        const WriteSet gone = DraftRules::record(
            view, shape(), {Change::Kind::DeleteModel, draft.recorded->target, {}});
        QCOMPARE(gone.orphanedKeys, QStringList{QStringLiteral("key-3")});
    }

    void discardingADraftTakesItsUsersAlong()
    {
        EffectiveView view;
        view.reset(state());
        const WriteSet draft =
            record(view, Change::Kind::CreateModel, {},
                   {{QStringLiteral("name"), QStringLiteral("d")},
                    {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                    {QStringLiteral("endpoint"), QStringLiteral("https://d/v1")}});
        const WriteSet assign =
            record(view, Change::Kind::SetFeatures, {},
                   {{QStringLiteral("features"), QJsonArray{QStringLiteral("DUO_CHAT")}},
                    {QStringLiteral("provider"), FeatureSetting::selfHosted},
                    {QStringLiteral("modelId"), draft.recorded->target}});
        QVERIFY2(!assign.isRefused(), qPrintable(assign.refused));
        const WriteSet discarded = DraftRules::discard(view, {draft.recorded->id});
        QCOMPARE(discarded.removed.size(), 2);
        QVERIFY(discarded.removed.contains(assign.recorded->id));
    }

    void controlCharactersAreRefusedInEveryTextField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QString esc = QStringLiteral("evil\x1b]0;owned\x07");
        QTest::newRow("name, OSC title") << QStringLiteral("name") << esc;
        QTest::newRow("name, newline") << QStringLiteral("name") << QStringLiteral("a\nb");
        QTest::newRow("endpoint, tab")
            << QStringLiteral("endpoint") << QStringLiteral("https://a/v1\t");
        QTest::newRow("identifier, DEL")
            << QStringLiteral("identifier") << QStringLiteral("custom_openai/a\x7f");
        QTest::newRow("identifier, C1 CSI")
            << QStringLiteral("identifier")
            << (QStringLiteral("x") + QChar(0x9b) + QLatin1Char('2'));
    }

    void controlCharactersAreRefusedInEveryTextField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        EffectiveView view;
        view.reset(state());
        QJsonObject values{{QStringLiteral("name"), QStringLiteral("ok")},
                           {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                           {QStringLiteral("endpoint"), QStringLiteral("https://ok/v1")}};
        values.insert(field, value);
        const WriteSet set =
            DraftRules::record(view, shape(), {Change::Kind::CreateModel, {}, values});
        QVERIFY(set.isRefused());
        QVERIFY2(set.refused.contains(QLatin1String("control character")), qPrintable(set.refused));
        QVERIFY(set.put.isEmpty());
    }

    void sizesAreBoundedBeforeAnythingIsStored()
    {
        QVERIFY(!FieldRules::apiKey(QString(FieldRules::maxApiKeyLength + 1, QLatin1Char('k')))
                     .isEmpty());
        QVERIFY(FieldRules::apiKey(QString(64, QLatin1Char('k'))).isEmpty());
        QVERIFY(!FieldRules::accessToken(QString(1 << 20, QLatin1Char('t'))).isEmpty());
        QVERIFY(FieldRules::accessToken(QStringLiteral("glpat-abcdefghijklmnopqrst")).isEmpty());
        QVERIFY(!FieldRules::duoSettings({{DuoSettings::agentPlatformUrlField,
                                           QStringLiteral("https://ap.example:50052")}})
                     .isEmpty());
        QVERIFY(
            FieldRules::duoSettings({{DuoSettings::gatewayTimeoutField, QJsonValue()}}).isEmpty());
        QVERIFY(!FieldRules::duoSettings({{DuoSettings::gatewayTimeoutField, 59}}).isEmpty());
    }

    void finishedKeepsAnEditMadeWhileInFlight()
    {
        Change c;
        c.id = QStringLiteral("c");
        c.kind = Change::Kind::UpdateModel;
        c.target = gid(1);
        c.values = {{QStringLiteral("endpoint"), QStringLiteral("https://edited/v1")},
                    {QStringLiteral("name"), QStringLiteral("n")}};
        c.base = {{QStringLiteral("endpoint"), QStringLiteral("https://old/v1")},
                  {QStringLiteral("name"), QStringLiteral("o")}};
        PushTransition finished(PushTransition::Op::Finished, c.id);
        finished.sent = {{QStringLiteral("endpoint"), QStringLiteral("https://sent/v1")},
                         {QStringLiteral("name"), QStringLiteral("n")}};
        const std::optional<Change> left = PushTransitions::apply(c, finished, {});
        QVERIFY(left);
        QCOMPARE(left->values.keys(), QStringList{QStringLiteral("endpoint")});
        QCOMPARE(left->base.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://sent/v1"));
        finished.sent = c.values;
        QVERIFY(!PushTransitions::apply(c, finished, {}));
    }

    void createdBecomesAnUpdateOfWhatWasNotSent()
    {
        Change c;
        c.id = QStringLiteral("c");
        c.kind = Change::Kind::CreateModel;
        c.target = QStringLiteral("local:x");
        c.values = {{QStringLiteral("name"), QStringLiteral("final")},
                    {QStringLiteral("family"), QStringLiteral("MISTRAL")}};
        PushTransition created(PushTransition::Op::Created, c.id);
        created.sent = {{QStringLiteral("name"), QStringLiteral("final ~c")},
                        {QStringLiteral("family"), QStringLiteral("MISTRAL")}};
        created.globalId = gid(9);
        const std::optional<Change> left = PushTransitions::apply(c, created, {});
        QVERIFY(left);
        QCOMPARE(left->kind, Change::Kind::UpdateModel);
        QCOMPARE(left->target, gid(9));
        QCOMPARE(left->values, (QJsonObject{{QStringLiteral("name"), QStringLiteral("final")}}));
        QCOMPARE(left->base.value(QLatin1String("name")).toString(), QStringLiteral("final ~c"));
    }

    void sentMergesWhatSeveralStepsSent()
    {
        Change c;
        c.id = QStringLiteral("f");
        c.kind = Change::Kind::SetFeatures;
        PushTransition one(PushTransition::Op::Sent, c.id);
        one.sent = {{QStringLiteral("features"), QJsonArray{QStringLiteral("A")}}};
        PushTransition two(PushTransition::Op::Sent, c.id);
        two.sent = {{QStringLiteral("features"), QJsonArray{QStringLiteral("B")}}};
        const Change sent = *PushTransitions::apply(*PushTransitions::apply(c, one, {}), two, {});
        QCOMPARE(sent.sentValues.value(QLatin1String("features")).toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("B")}));
    }

    void conflictDoesNotOverwriteANewerEdit()
    {
        Change c;
        c.id = QStringLiteral("c");
        c.version = 3;
        PushTransition conflict(PushTransition::Op::Conflict, c.id, 2);
        conflict.fields = {QStringLiteral("endpoint")};
        QCOMPARE(PushTransitions::apply(c, conflict, {})->status, Change::Status::Pending);
        conflict.expectedVersion = 3;
        QCOMPARE(PushTransitions::apply(c, conflict, {})->status, Change::Status::Conflict);
    }

    void safeTextEscapesWhatCouldReachATerminal()
    {
        QCOMPARE(SafeText::forDisplay(QStringLiteral("a\x1b[2Jb")),
                 QStringLiteral("a\\u{001b}[2Jb"));
        QCOMPARE(SafeText::forDisplay(QStringLiteral("x") + QChar(0x202e) + QStringLiteral("y")),
                 QStringLiteral("x\\u{202e}y"));
        QCOMPARE(SafeText::forDisplay(QStringLiteral("plain ü")), QStringLiteral("plain ü"));
        const QByteArray json = SafeText::escapeJson(
            (QStringLiteral("{\n    \"a\": \"") + QChar(0x9b) + QStringLiteral("\"\n}\n"))
                .toUtf8());
        QCOMPARE(json, QByteArray("{\n    \"a\": \"\\u009b\"\n}\n"));
        QVERIFY(SafeText::isValidUtf8("gr\xc3\xbc\xc3\x9f"));
        QVERIFY(!SafeText::isValidUtf8("bad \xff byte"));
        QVERIFY(!SafeText::isValidUtf8("cut \xc3"));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
