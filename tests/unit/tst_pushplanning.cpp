#include "gitlab/BatchComposer.h"
#include "gitlab/GraphQLDocuments.h"
#include "model/DraftRules.h"
#include "model/EffectiveView.h"
#include "sync/PushPlanner.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonArray>
#include <QtTest>

// The pure parts of a push: the three-way check, the plan's order, and batching.
class TestPushPlanning : public QObject
{
    Q_OBJECT

private:
    static SelfHostedModel model(const QString &id, const QString &name,
                                 const QString &family = QStringLiteral("MISTRAL"))
    {
        SelfHostedModel m;
        m.id = id;
        m.name = name;
        m.family = family;
        m.endpoint = QStringLiteral("https://models.example/v1");
        return m;
    }

    static FeatureSetting feature(const QString &name, const QString &provider,
                                  const QString &modelId = {})
    {
        FeatureSetting f;
        f.feature = name;
        f.provider = provider;
        f.modelId = modelId;
        return f;
    }

    static Change change(Change::Kind kind, const QString &id, const QString &target,
                         const QJsonObject &values, const QJsonObject &base = {})
    {
        Change c;
        c.kind = kind;
        c.id = id;
        c.target = target;
        c.values = values;
        c.base = base;
        return c;
    }

    static ApiShape shape(bool batch)
    {
        ApiShape s;
        s.known = true;
        s.featureSettingsBatch = batch;
        return s;
    }

    static EffectiveView viewOf(const Snapshot &server, const QList<Change> &changes = {})
    {
        EffectiveView view;
        view.reset({server, changes});
        return view;
    }

    static QList<PushStep> plan(const QList<PlannedChange> &changes, const Snapshot &server,
                                bool batch)
    {
        const Mutations mutations(shape(batch));
        QList<Change> pending;
        for (const PlannedChange &c : changes) {
            pending << c.change;
            pending.last().sequence = pending.size();
        }
        return PushPlanner::plan(changes, viewOf(server, pending), mutations);
    }

    static QString document(const PushStep &step) { return PushStep::mutationName(step.mutation); }

private Q_SLOTS:
    void mergeAppliesOneSidedChanges()
    {
        const Change c = change(Change::Kind::UpdateModel, QStringLiteral("c"), QStringLiteral("m"),
                                {{QStringLiteral("endpoint"), QStringLiteral("https://new/v1")}},
                                {{QStringLiteral("endpoint"), QStringLiteral("https://old/v1")}});
        // The server changed another field: it merges.
        MergeResult r = ThreeWayMerge::fields(
            c, {{QStringLiteral("endpoint"), QStringLiteral("https://old/v1")},
                {QStringLiteral("name"), QStringLiteral("renamed")}});
        QCOMPARE(r.toApply.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://new/v1"));
        QVERIFY(r.conflicts.isEmpty());
        // The server already has the draft's value: nothing to do.
        r = ThreeWayMerge::fields(c,
                                  {{QStringLiteral("endpoint"), QStringLiteral("https://new/v1")}});
        QVERIFY(r.alreadyApplied());
        // The same field changed on both sides: a conflict.
        r = ThreeWayMerge::fields(
            c, {{QStringLiteral("endpoint"), QStringLiteral("https://theirs/v1")}});
        QCOMPARE(r.conflicts, QStringList{QStringLiteral("endpoint")});
        QVERIFY(r.toApply.isEmpty());
    }

    void conflictResolution()
    {
        Change c = change(Change::Kind::UpdateModel, QStringLiteral("c"), QStringLiteral("m"),
                          {{QStringLiteral("endpoint"), QStringLiteral("mine")},
                           {QStringLiteral("name"), QStringLiteral("n2")}},
                          {{QStringLiteral("endpoint"), QStringLiteral("base")},
                           {QStringLiteral("name"), QStringLiteral("n1")}});
        c.status = Change::Status::Conflict;
        c.conflictFields = {QStringLiteral("endpoint"), QStringLiteral("name")};
        Snapshot server;
        server.models = {model(QStringLiteral("m"), QStringLiteral("n3"))};
        server.models[0].endpoint = QStringLiteral("theirs");
        EffectiveView view = viewOf(server, {c});
        WriteSet set = DraftRules::resolve(view, c.id, QStringLiteral("endpoint"), true);
        Change kept = set.put.first();
        QCOMPARE(kept.status, Change::Status::Conflict);
        WorkspaceDelta delta;
        delta.changesPut = set.put;
        view.apply(delta);
        set = DraftRules::resolve(view, c.id, QStringLiteral("name"), false);
        kept = set.put.first();
        QCOMPARE(kept.status, Change::Status::Pending);
        QVERIFY(!kept.values.contains(QLatin1String("name")));
        const MergeResult r =
            ThreeWayMerge::fields(kept, {{QStringLiteral("endpoint"), QStringLiteral("theirs")},
                                         {QStringLiteral("name"), QStringLiteral("n3")}});
        QCOMPARE(r.toApply.value(QLatin1String("endpoint")).toString(), QStringLiteral("mine"));
        QVERIFY(r.conflicts.isEmpty());
    }

    void featureMerge()
    {
        const QJsonObject selfHosted{{QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                                     {QStringLiteral("modelId"), QStringLiteral("m1")}};
        const QJsonObject disabled{{QStringLiteral("provider"), QStringLiteral("DISABLED")},
                                   {QStringLiteral("modelId"), QString()}};
        const QJsonObject vendored{{QStringLiteral("provider"), QStringLiteral("VENDORED")},
                                   {QStringLiteral("modelId"), QString()}};
        const Change c =
            change(Change::Kind::SetFeatures, QStringLiteral("c"), QStringLiteral("A,B,C"),
                   {{QStringLiteral("features"),
                     QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}},
                    {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                    {QStringLiteral("modelId"), QStringLiteral("m1")}},
                   {{QStringLiteral("A"), disabled},
                    {QStringLiteral("B"), disabled},
                    {QStringLiteral("C"), disabled}});
        const MergeResult r = ThreeWayMerge::features(c, {{QStringLiteral("A"), disabled},
                                                          {QStringLiteral("B"), selfHosted},
                                                          {QStringLiteral("C"), vendored}});
        QCOMPARE(r.toApply.keys(), QStringList{QStringLiteral("A")});
        QCOMPARE(r.conflicts, QStringList{QStringLiteral("C")});
    }

    void planOrdersCreatesUpdatesFeaturesDeletes()
    {
        Snapshot server;
        server.models = {model(QStringLiteral("g1"), QStringLiteral("one")),
                         model(QStringLiteral("g2"), QStringLiteral("two"))};
        server.features = {feature(QStringLiteral("DUO_CHAT"), QStringLiteral("SELF_HOSTED"),
                                   QStringLiteral("g2")),
                           feature(QStringLiteral("CODE_GENERATIONS"),
                                   QStringLiteral("SELF_HOSTED"), QStringLiteral("g2")),
                           feature(QStringLiteral("CODE_COMPLETIONS"), QStringLiteral("DISABLED"))};
        const QString local = QStringLiteral("local:abc");
        const QList<PlannedChange> changes = {
            {change(Change::Kind::DeleteModel, QStringLiteral("del"), QStringLiteral("g2"),
                    {{QStringLiteral("reassignTo"), local}}),
             {}},
            {change(Change::Kind::SetFeatures, QStringLiteral("feat"),
                    QStringLiteral("CODE_COMPLETIONS"),
                    {{QStringLiteral("features"), QJsonArray{QStringLiteral("CODE_COMPLETIONS")}},
                     {QStringLiteral("provider"), QStringLiteral("SELF_HOSTED")},
                     {QStringLiteral("modelId"), local}}),
             {{QStringLiteral("CODE_COMPLETIONS"), QJsonObject()}}},
            {change(Change::Kind::UpdateModel, QStringLiteral("upd"), QStringLiteral("g1"),
                    {{QStringLiteral("endpoint"), QStringLiteral("https://e/v1")}}),
             {{QStringLiteral("endpoint"), QStringLiteral("https://e/v1")}}},
            {change(Change::Kind::CreateModel, QStringLiteral("new"), local,
                    {{QStringLiteral("name"), QStringLiteral("three")},
                     {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                     {QStringLiteral("endpoint"), QStringLiteral("https://x/v1")}}),
             {}},
        };
        const QList<PushStep> plan = this->plan(changes, server, true);
        QStringList order;
        for (const PushStep &step : plan)
            order << step.changeId + QLatin1Char(':') + document(step);
        QCOMPARE(order, (QStringList{
                            QStringLiteral("new:create-model"), QStringLiteral("upd:update-model"),
                            QStringLiteral("feat:set-features"), QStringLiteral("del:set-features"),
                            QStringLiteral("del:delete-model")}));
        // The update re-sends the required fields, merged over the server's.
        QCOMPARE(plan[1].input.value(QLatin1String("name")).toString(), QStringLiteral("one"));
        QCOMPARE(plan[1].input.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://e/v1"));
        QCOMPARE(plan[1].input.value(QLatin1String("model")).toString(), QStringLiteral("MISTRAL"));
        // The draft is referred to by its local id until it exists.
        QCOMPARE(plan[2].input.value(QLatin1String("aiSelfHostedModelId")).toString(), local);
        // The delete's dependents are moved, visibly, before it.
        QVERIFY(plan[3].isReassignment);
        QCOMPARE(plan[3].input.value(QLatin1String("features")).toArray(),
                 (QJsonArray{QStringLiteral("CODE_GENERATIONS"), QStringLiteral("DUO_CHAT")}));
        QVERIFY2(plan[3].description.contains(QLatin1String("before deleting 'two'")),
                 qPrintable(plan[3].description));
    }

    void deleteWithDependentsDisablesThemWhenAsked()
    {
        Snapshot server;
        server.models = {model(QStringLiteral("g1"), QStringLiteral("one"))};
        server.features = {feature(QStringLiteral("DUO_CHAT"), QStringLiteral("SELF_HOSTED"),
                                   QStringLiteral("g1"))};
        const QList<PushStep> plan =
            this->plan({{change(Change::Kind::DeleteModel, QStringLiteral("d"),
                                QStringLiteral("g1"), {{QStringLiteral("disableFeatures"), true}}),
                         {}}},
                       server, false);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(document(plan[0]), QStringLiteral("set-feature")); // 17.x: one feature per step
        QCOMPARE(plan[0].input.value(QLatin1String("feature")).toString(),
                 QStringLiteral("DUO_CHAT"));
        QCOMPARE(plan[0].input.value(QLatin1String("provider")).toString(),
                 QStringLiteral("DISABLED"));
        QCOMPARE(document(plan[1]), QStringLiteral("delete-model"));
        QCOMPARE(plan[1].dependsOn, QList<int>{0}); // the delete waits for the feature to go
    }

    void seventeenShapeSplitsFeatureAssignments()
    {
        const QList<PushStep> plan = this->plan(
            {{change(Change::Kind::SetFeatures, QStringLiteral("f"), QStringLiteral("A,B"),
                     {{QStringLiteral("features"),
                       QJsonArray{QStringLiteral("A"), QStringLiteral("B")}},
                      {QStringLiteral("provider"), QStringLiteral("DISABLED")}}),
              {{QStringLiteral("A"), QJsonObject()}, {QStringLiteral("B"), QJsonObject()}}}},
            {}, false);
        QCOMPARE(plan.size(), 2);
        QVERIFY(!plan[0].input.contains(QLatin1String("features")));
    }

    void aNameFreedByADeleteIsTakenAfterIt()
    {
        Snapshot server;
        server.models = {model(QStringLiteral("g1"), QStringLiteral("alpha")),
                         model(QStringLiteral("g2"), QStringLiteral("beta"))};
        const QString local = QStringLiteral("local:b");
        const QList<PushStep> plan = this->plan(
            {{change(Change::Kind::DeleteModel, QStringLiteral("del"), QStringLiteral("g2"), {}),
              {}},
             {change(Change::Kind::CreateModel, QStringLiteral("new"), local,
                     {{QStringLiteral("name"), QStringLiteral("beta")},
                      {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                      {QStringLiteral("endpoint"), QStringLiteral("https://x/v1")}}),
              {}}},
            server, true);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(document(plan[0]), QStringLiteral("create-model"));
        QCOMPARE(plan[0].input.value(QLatin1String("name")).toString(), QStringLiteral("beta"));
        QCOMPARE(plan[0].dependsOn, QList<int>{1}); // the create waits for the delete
    }

    void aCycleOfNamesIsBrokenWithATemporaryName()
    {
        // B takes A's name while A's features move to B: A cannot go before its features have
        // moved, they cannot move before B exists, and B cannot have A's name before A goes.
        Snapshot server;
        server.models = {model(QStringLiteral("g1"), QStringLiteral("alpha"))};
        server.features = {feature(QStringLiteral("DUO_CHAT"), QStringLiteral("SELF_HOSTED"),
                                   QStringLiteral("g1"))};
        const QString local = QStringLiteral("local:b");
        const QList<PushStep> plan =
            this->plan({{change(Change::Kind::CreateModel, QStringLiteral("new"), local,
                                {{QStringLiteral("name"), QStringLiteral("alpha")},
                                 {QStringLiteral("family"), QStringLiteral("MISTRAL")},
                                 {QStringLiteral("endpoint"), QStringLiteral("https://x/v1")}}),
                         {}},
                        {change(Change::Kind::DeleteModel, QStringLiteral("del"),
                                QStringLiteral("g1"), {{QStringLiteral("reassignTo"), local}}),
                         {}}},
                       server, true);
        QStringList order;
        for (const PushStep &step : plan)
            order << step.changeId + QLatin1Char(':') + document(step);
        QCOMPARE(
            order,
            (QStringList{QStringLiteral("new:create-model"), QStringLiteral("del:set-features"),
                         QStringLiteral("del:delete-model"), QStringLiteral("new:update-model")}));
        // The create takes a temporary name, visibly; the rename waits for the delete.
        QVERIFY(plan[0]
                    .input.value(QLatin1String("name"))
                    .toString()
                    .startsWith(QLatin1String("alpha ~")));
        QVERIFY2(plan[0].description.contains(QLatin1String("until 'alpha' gives its name up")),
                 qPrintable(plan[0].description));
        QCOMPARE(plan[1].dependsOn, QList<int>{0});
        QCOMPARE(plan[2].dependsOn, QList<int>{1});
        QCOMPARE(plan[3].dependsOn, (QList<int>{0, 2}));
        QCOMPARE(plan[3].input.value(QLatin1String("name")).toString(), QStringLiteral("alpha"));
        QCOMPARE(plan[3].input.value(QLatin1String("id")).toString(), local);
    }

    void swappedNamesAreRenamedThroughATemporaryOne()
    {
        Snapshot server;
        server.models = {model(QStringLiteral("g1"), QStringLiteral("a")),
                         model(QStringLiteral("g2"), QStringLiteral("b"))};
        const QList<PushStep> plan = this->plan(
            {{change(Change::Kind::UpdateModel, QStringLiteral("u1"), QStringLiteral("g1"),
                     {{QStringLiteral("name"), QStringLiteral("b")}}),
              {{QStringLiteral("name"), QStringLiteral("b")}}},
             {change(Change::Kind::UpdateModel, QStringLiteral("u2"), QStringLiteral("g2"),
                     {{QStringLiteral("name"), QStringLiteral("a")}}),
              {{QStringLiteral("name"), QStringLiteral("a")}}}},
            server, true);
        QCOMPARE(plan.size(), 3);
        int temporary = 0;
        for (const PushStep &step : plan)
            temporary +=
                step.input.value(QLatin1String("name")).toString().contains(QLatin1String(" ~"));
        QCOMPARE(temporary, 1);
        QCOMPARE(plan[2].input.value(QLatin1String("name")).toString().size(), 1);
    }

    void templatesParse()
    {
        const MutationTemplate t =
            MutationTemplate::parse(GraphQLDocuments::load(QStringLiteral("create-model")));
        QVERIFY(t.isValid());
        QCOMPARE(t.inputType, QStringLiteral("AiSelfHostedModelCreateInput!"));
        QVERIFY(t.selection.startsWith(QLatin1String("aiSelfHostedModelCreate(input: $input)")));
        QCOMPARE(t.cost, 5); // aiSelfHostedModelCreate, selfHostedModel, id, name, errors
        for (bool batch : {false, true}) {
            const Mutations mutations(shape(batch));
            for (const auto &[mutation, t2] : mutations.templates().asKeyValueRange())
                QVERIFY2(t2.isValid(), qPrintable(PushStep::mutationName(mutation)));
        }
    }

    void batchesStayUnderGitLabsLimits()
    {
        QList<PushStep> plan;
        for (int i = 0; i < 1000; ++i) {
            PushStep step;
            step.mutation = PushStep::Mutation::CreateModel;
            step.input = {{QStringLiteral("name"), QStringLiteral("m%1").arg(i)}};
            plan << step;
        }
        PushStep update;
        update.mutation = PushStep::Mutation::UpdateModel;
        update.dependsOn = {999}; // it waits for the last create's answer
        plan << update;
        const BatchComposer composer(Mutations(shape(true)).templates());
        QList<int> all;
        for (int i = 0; i < plan.size(); ++i)
            all << i;
        const QList<QList<int>> batches = composer.split(plan, all);
        int steps = 0;
        for (const QList<int> &batch : batches) {
            const Batch composed = composer.compose(plan, batch);
            QVERIFY(composed.document.size() <= BatchComposer::maxCharacters);
            QVERIFY(composed.document.size() < 10000);
            QCOMPARE(composed.variables.size(), batch.size());
            steps += int(batch.size());
        }
        QCOMPARE(steps, 1001);
        QVERIFY2(batches.size() <= 1001 / 10, "at least ten times fewer requests than steps");
        // The update does not share a batch with the create it waits for.
        QCOMPARE(batches.last(), QList<int>{1000});

        const Batch first = composer.compose(plan, batches.first());
        QVERIFY(first.document.startsWith(
            QLatin1String("mutation Push($m0: AiSelfHostedModelCreateInput!, $m1: ")));
        QVERIFY(first.document.contains(QLatin1String(
            "m1: aiSelfHostedModelCreate(input: $m1) { selfHostedModel { id name } errors }")));
        QCOMPARE(first.variables.value(QLatin1String("m1"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("m1"));
    }

    void characterLimitSplitsLongDocuments()
    {
        // A template whose selection is long hits the character limit before the cost limit.
        MutationTemplate heavy;
        heavy.inputType = QStringLiteral("X!");
        heavy.selection = QStringLiteral("x(input: $input) { ") + QString(2000, QLatin1Char(' ')) +
                          QStringLiteral("a }");
        heavy.cost = 2;
        QList<PushStep> plan(20);
        QList<int> all;
        for (int i = 0; i < plan.size(); ++i)
            all << i;
        const BatchComposer composer({{PushStep::Mutation::CreateModel, heavy}});
        const auto batches = composer.split(plan, all);
        QVERIFY(batches.size() >= 5);
        for (const auto &batch : batches)
            QVERIFY(composer.compose(plan, batch).document.size() <= BatchComposer::maxCharacters);
    }
};

QTEST_GUILESS_MAIN(TestPushPlanning)
#include "tst_pushplanning.moc"
