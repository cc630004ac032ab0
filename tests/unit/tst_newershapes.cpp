#include "model/DraftRules.h"
#include "model/EffectiveView.h"
#include "model/EnumNames.h"
#include "model/FieldRules.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonArray>
#include <QtTest>

// What 19.x added, as pure rules: platforms and their endpoints, names for enum values (and
// none for a newer GitLab's), and the Agentic Chat model allowlist drafted and merged.
class TestNewerShapes : public QObject
{
    Q_OBJECT

private:
    static inline const QString chat = QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT");

    static QString gid(int n)
    {
        return QStringLiteral("gid://gitlab/Ai::SelfHostedModel/%1").arg(n);
    }

    static QJsonObject offered(const char *ref, bool allowed, bool current = false)
    {
        return {{QStringLiteral("ref"), QLatin1String(ref)},
                {QStringLiteral("name"), QLatin1String(ref)},
                {QStringLiteral("allowed"), allowed},
                {QStringLiteral("current"), current}};
    }

    static WorkspaceState state()
    {
        WorkspaceState s;
        s.snapshot.exists = true;
        SelfHostedModel api;
        api.id = gid(1);
        api.name = QStringLiteral("vllm");
        api.family = QStringLiteral("MISTRAL");
        api.endpoint = QStringLiteral("https://vllm.example/v1");
        api.identifier = QStringLiteral("custom_openai/mistral");
        api.provider = QStringLiteral("API");
        SelfHostedModel bedrock = api;
        bedrock.id = gid(2);
        bedrock.name = QStringLiteral("claude");
        bedrock.family = QStringLiteral("CLAUDE_3");
        bedrock.identifier = QStringLiteral("bedrock/claude");
        bedrock.provider = QStringLiteral("BEDROCK");
        bedrock.endpoint = FieldRules::bedrockPlaceholderEndpoint;
        s.snapshot.models = {api, bedrock};

        FeatureSetting agentic;
        agentic.feature = chat;
        agentic.provider = FeatureSetting::vendored;
        agentic.allowList = {{QStringLiteral("enabled"), true},
                             {QStringLiteral("models"),
                              QJsonArray{offered("sonnet", true, true), offered("haiku", true),
                                         offered("gpt_5", false)}}};
        FeatureSetting duoChat;
        duoChat.feature = QStringLiteral("DUO_CHAT");
        duoChat.provider = FeatureSetting::vendored;
        s.snapshot.features = {agentic, duoChat};
        return s;
    }

    static ApiShape shape19()
    {
        ApiShape s;
        s.known = true;
        s.featureSettingsBatch = true;
        s.modelProvider = true;
        s.featureAllowlist = true;
        s.modelFamilies = {QStringLiteral("MISTRAL"), QStringLiteral("CLAUDE_3")};
        s.modelProviders = {QStringLiteral("API"), QStringLiteral("BEDROCK"),
                            QStringLiteral("VERTEX_AI")};
        return s;
    }

    static WriteSet record(EffectiveView &view, Change::Kind kind, const QString &target,
                           const QJsonObject &values, const ApiShape &shape = shape19())
    {
        const WriteSet set = DraftRules::record(view, shape, {kind, target, values});
        if (!set.isRefused()) {
            WorkspaceDelta delta;
            delta.changesPut = set.put;
            delta.changesRemoved = set.removed;
            view.apply(delta);
        }
        return set;
    }

    static QJsonObject allowlist(bool enabled, const QStringList &refs)
    {
        return {{QStringLiteral("allowlistEnabled"), enabled},
                {QStringLiteral("allowlistModelRefs"), QJsonArray::fromStringList(refs)}};
    }

private Q_SLOTS:
    void platformsWithoutAnEndpointTakeGitLabsStandIn_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("Bedrock") << "BEDROCK"
                                 << "bedrock/claude" << FieldRules::bedrockPlaceholderEndpoint;
        QTest::newRow("Vertex AI") << "VERTEX_AI"
                                   << "claude-sonnet" << QString();
    }

    void platformsWithoutAnEndpointTakeGitLabsStandIn()
    {
        QFETCH(QString, provider);
        QFETCH(QString, identifier);
        QFETCH(QString, endpoint);
        EffectiveView view;
        view.reset(state());
        const WriteSet created = record(view, Change::Kind::CreateModel, {},
                                        {{QStringLiteral("name"), QStringLiteral("new")},
                                         {QStringLiteral("family"), QStringLiteral("CLAUDE_3")},
                                         {QStringLiteral("identifier"), identifier},
                                         {QStringLiteral("provider"), provider}});
        QVERIFY2(!created.isRefused(), qPrintable(created.refused));
        QCOMPARE(created.recorded->values.value(QLatin1String("endpoint")).toString(), endpoint);

        // Moving an API model there takes the stand-in too.
        const WriteSet moved = record(
            view, Change::Kind::UpdateModel, gid(1),
            {{QStringLiteral("provider"), provider}, {QStringLiteral("identifier"), identifier}});
        QVERIFY2(!moved.isRefused(), qPrintable(moved.refused));
        QCOMPARE(moved.recorded->values.value(QLatin1String("endpoint")).toString(), endpoint);
    }

    void anEndpointForABedrockModelIsRefused()
    {
        EffectiveView view;
        view.reset(state());
        const WriteSet set = record(view, Change::Kind::UpdateModel, gid(2),
                                    {{QStringLiteral("endpoint"), QStringLiteral("https://x/v1")}});
        QVERIFY(set.isRefused());
        QVERIFY2(set.refused.contains(QLatin1String("Amazon Bedrock")), qPrintable(set.refused));
        // Its other fields still change.
        QVERIFY(!record(view, Change::Kind::UpdateModel, gid(2),
                        {{QStringLiteral("name"), QStringLiteral("claude-2")}})
                     .isRefused());
    }

    void enumValuesHaveNamesAndNewOnesAreMarked()
    {
        QCOMPARE(EnumNames::family(QStringLiteral("CODESTRAL")).text,
                 QStringLiteral("Mistral Codestral"));
        QVERIFY(EnumNames::family(QStringLiteral("QWEN")).known);
        QCOMPARE(EnumNames::platform(QStringLiteral("VERTEX_AI")).text,
                 QStringLiteral("Google Vertex AI"));
        QVERIFY(EnumNames::feature(QStringLiteral("REVIEW_MERGE_REQUEST_DAP")).known);
        for (const auto &name : {EnumNames::family(QStringLiteral("NOVA_NEXT")),
                                 EnumNames::platform(QStringLiteral("AZURE_FOUNDRY")),
                                 EnumNames::feature(QStringLiteral("FUTURE_ASSISTANT")),
                                 EnumNames::releaseState(QStringLiteral("PREVIEW"))}) {
            QVERIFY(!name.known);
            QVERIFY2(EnumNames::shown(name).startsWith(name.text), qPrintable(name.text));
            QVERIFY(EnumNames::shown(name) != name.text);
        }
        QCOMPARE(EnumNames::familyReleaseState(QStringLiteral("NOVA_NEXT")),
                 QStringLiteral("EXPERIMENTAL"));
    }

    void allowlistEditsFoldAndRevert()
    {
        EffectiveView view;
        view.reset(state());
        QCOMPARE(view.serverFeature(chat)->allowlistFields(),
                 allowlist(true, {QStringLiteral("haiku")}));

        const WriteSet first = record(view, Change::Kind::SetAllowlist, chat,
                                      {{QStringLiteral("allowlistModelRefs"),
                                        QJsonArray{QStringLiteral("gpt_5"), QStringLiteral("haiku"),
                                                   QStringLiteral("gpt_5")}}});
        QVERIFY2(!first.isRefused(), qPrintable(first.refused));
        QCOMPARE(first.recorded->values.value(QLatin1String("allowlistModelRefs")).toArray(),
                 (QJsonArray{QStringLiteral("gpt_5"), QStringLiteral("haiku")}));
        QCOMPARE(first.recorded->base.value(QLatin1String("allowlistModelRefs")).toArray(),
                 QJsonArray{QStringLiteral("haiku")});
        const auto features = view.features();
        const auto agentic = std::find_if(features.cbegin(), features.cend(),
                                          [](const auto &f) { return f.feature == chat; });
        QCOMPARE(agentic->allowlistFields(),
                 allowlist(true, {QStringLiteral("gpt_5"), QStringLiteral("haiku")}));

        record(view, Change::Kind::SetAllowlist, chat,
               {{QStringLiteral("allowlistEnabled"), false}});
        QCOMPARE(view.changeCount(), 1);
        // Back to what the server holds: no change at all.
        const WriteSet back = record(view, Change::Kind::SetAllowlist, chat,
                                     allowlist(true, {QStringLiteral("haiku")}));
        QVERIFY(!back.recorded);
        QCOMPARE(view.changeCount(), 0);
    }

    void allowlistRefusesWhatGitLabWouldDropOrRefuse()
    {
        EffectiveView view;
        view.reset(state());
        WriteSet set = record(
            view, Change::Kind::SetAllowlist, chat,
            {{QStringLiteral("allowlistModelRefs"), QJsonArray{QStringLiteral("no_such_model")}}});
        QVERIFY(set.isRefused());
        QVERIFY2(set.refused.contains(QLatin1String("gpt_5")), qPrintable(set.refused));

        set = record(view, Change::Kind::SetAllowlist, QStringLiteral("DUO_CHAT"),
                     {{QStringLiteral("allowlistEnabled"), true}});
        QVERIFY(set.isRefused());
        QVERIFY2(set.refused.contains(QLatin1String("'duo_chat'")), qPrintable(set.refused));

        ApiShape older = shape19();
        older.featureAllowlist = false;
        set = record(view, Change::Kind::SetAllowlist, chat,
                     {{QStringLiteral("allowlistEnabled"), false}}, older);
        QVERIFY(set.isRefused());
        QCOMPARE(view.changeCount(), 0);
    }

    void allowlistIsMergedOnValues_data()
    {
        QTest::addColumn<QJsonObject>("server");
        QTest::addColumn<QStringList>("toApply");
        QTest::addColumn<QStringList>("conflicts");
        QTest::newRow("unchanged on the server")
            << allowlist(true, {QStringLiteral("haiku")})
            << QStringList{QStringLiteral("allowlistModelRefs")} << QStringList();
        QTest::newRow("already as drafted")
            << allowlist(true, {QStringLiteral("gpt_5")}) << QStringList() << QStringList();
        QTest::newRow("changed differently on the server")
            << allowlist(true, {QStringLiteral("sonnet_4")}) << QStringList()
            << QStringList{QStringLiteral("allowlistModelRefs")};
        QTest::newRow("only the other field changed on the server")
            << allowlist(false, {QStringLiteral("haiku")})
            << QStringList{QStringLiteral("allowlistModelRefs")} << QStringList();
    }

    void allowlistIsMergedOnValues()
    {
        QFETCH(QJsonObject, server);
        QFETCH(QStringList, toApply);
        QFETCH(QStringList, conflicts);
        Change change;
        change.kind = Change::Kind::SetAllowlist;
        change.target = chat;
        change.values = {
            {QStringLiteral("allowlistModelRefs"), QJsonArray{QStringLiteral("gpt_5")}}};
        change.base = {{QStringLiteral("allowlistModelRefs"), QJsonArray{QStringLiteral("haiku")}}};
        const MergeResult merge = ThreeWayMerge::fields(change, server);
        QCOMPARE(merge.toApply.keys(), toApply);
        QCOMPARE(merge.conflicts, conflicts);
    }

    void featureSettingsKeepTheirAllowlistThroughJson()
    {
        const FeatureSetting agentic = state().snapshot.features.first();
        QCOMPARE(FeatureSetting::fromJson(agentic.toJson()), agentic);
        const FeatureSetting plain = state().snapshot.features.last();
        QVERIFY(!FeatureSetting::fromJson(plain.toJson()).hasAllowlist());
    }
};

QTEST_GUILESS_MAIN(TestNewerShapes)
#include "tst_newershapes.moc"
