// The AI-native features pane driven through its real selectors and dialogs, against the
// simulator in the 19.6 shape with the demo fixture.
#include "DemoWindow.h"
#include "GuiTestSupport.h"
#include "SimProfile.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "instances/InstanceController.h"
#include "model/FeatureSetting.h"
#include "panes/features/FeaturesPane.h"
#include "session/InstanceSession.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

class TestFeaturesGui : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.featurestest")};
    DemoWindow demo;
    std::unique_ptr<ShownWindow> shown;
    QTreeWidget *tree = nullptr;
    InstanceSession *session = nullptr;

    QTreeWidgetItem *row(const QString &feature) const
    {
        for (int s = 0; s < tree->topLevelItemCount(); ++s) {
            QTreeWidgetItem *section = tree->topLevelItem(s);
            for (int r = 0; r < section->childCount(); ++r) {
                if (section->child(r)->data(0, Qt::UserRole + 1).toString() == feature)
                    return section->child(r);
            }
        }
        return nullptr;
    }

    QComboBox *selector(const QString &feature) const
    {
        QTreeWidgetItem *item = row(feature);
        return item ? qobject_cast<QComboBox *>(tree->itemWidget(item, 1)) : nullptr;
    }

    QString note(const QString &feature) const
    {
        QTreeWidgetItem *item = row(feature);
        return item ? item->text(2) : QString();
    }

    QString modelId(const QString &name) const
    {
        const EffectiveModel *model = session->view().modelNamed(name);
        return model ? model->model.id : QString();
    }

    // Chooses `assignment` in the feature's selector as a user does.
    bool choose(const QString &feature, const QJsonObject &assignment)
    {
        QComboBox *box = selector(feature);
        if (!box)
            return false;
        const int index = box->findData(assignment);
        if (index < 0)
            return false;
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
        return true;
    }

    // Acts on the dialog named `name` once it is shown (they are modal: set up before).
    void whenDialog(const QString &name, std::function<void(QDialog *)> act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, name, act] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(widget);
                if (dialog && dialog->objectName() == name && dialog->isVisible()) {
                    timer->stop();
                    timer->deleteLater();
                    act(dialog);
                    return;
                }
            }
        });
        timer->start();
    }

    static void click(QDialog *dialog, const char *button)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    }

    void select(const QStringList &features)
    {
        tree->clearSelection();
        for (const QString &feature : features)
            row(feature)->setSelected(true);
    }

    QJsonObject selfHosted(const QString &name) const
    {
        return FeatureSetting::assignment(FeatureSetting::selfHosted, modelId(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        const QString problem = demo.open(sim, secrets, this);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        shown = std::move(demo.shown);
        session = demo.session;
        shown->window.showPane(2);
        tree = shown->window.findChild<QTreeWidget *>(QStringLiteral("featuresTree"));
        QVERIFY(tree);
        QTRY_VERIFY(tree->topLevelItemCount() > 0);
    }

    void cleanupTestCase() { shown.reset(); }

    void showsSectionsRowsAndWhatEachUses()
    {
        QStringList sections;
        for (int s = 0; s < tree->topLevelItemCount(); ++s)
            sections << tree->topLevelItem(s)->text(0);
        QCOMPARE(sections.first(), QStringLiteral("Code Suggestions"));
        QCOMPARE(sections.at(1), QStringLiteral("GitLab Duo Chat"));
        QVERIFY(sections.indexOf(QStringLiteral("GitLab Duo for merge requests")) <
                sections.indexOf(QStringLiteral("Other GitLab Duo features")));

        QCOMPARE(selector(QStringLiteral("CODE_GENERATIONS"))->currentText(),
                 QStringLiteral("codestral-completions (Mistral Codestral)"));
        // Unassigned is not Disabled: the sub-feature falls back to General Chat's model.
        QCOMPARE(selector(QStringLiteral("DUO_CHAT_WRITE_TESTS"))->currentText(),
                 QStringLiteral("Unassigned"));
        QVERIFY2(note(QStringLiteral("DUO_CHAT_WRITE_TESTS"))
                     .contains(QLatin1String("mistral-small-prod (Mistral)")),
                 qPrintable(note(QStringLiteral("DUO_CHAT_WRITE_TESTS"))));
        // Only compatible models are offered.
        QCOMPARE(selector(QStringLiteral("REVIEW_MERGE_REQUEST"))
                     ->findData(selfHosted(QStringLiteral("codestral-completions"))),
                 -1);
        QVERIFY(selector(QStringLiteral("CODE_GENERATIONS"))
                    ->findData(selfHosted(QStringLiteral("mistral-small-prod"))) >= 0);
        // The GitLab-managed model the agentic chat uses, by name.
        QCOMPARE(selector(QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT"))->currentText(),
                 QStringLiteral("Claude Sonnet 4.5"));
        saveScreenshot(&shown->window, QStringLiteral("features.png"));
    }

    void aChoiceIsRecordedAsAPendingChange()
    {
        QVERIFY(choose(QStringLiteral("CODE_COMPLETIONS"),
                       selfHosted(QStringLiteral("mistral-small-prod"))));
        QTRY_VERIFY(note(QStringLiteral("CODE_COMPLETIONS")).contains(QLatin1String("Pending")));
        QCOMPARE(selector(QStringLiteral("CODE_COMPLETIONS"))->currentText(),
                 QStringLiteral("mistral-small-prod (Mistral)"));
        QVERIFY(choose(QStringLiteral("CODE_COMPLETIONS"),
                       FeatureSetting::assignment(FeatureSetting::disabled, {})));
        QTRY_COMPARE(selector(QStringLiteral("CODE_COMPLETIONS"))->currentText(),
                     QStringLiteral("Disabled"));
        QCOMPARE(session->view().changeCount(), 1); // the second choice narrowed the first
    }

    void applyToSectionListsWhatChanges()
    {
        select({QStringLiteral("DUO_CHAT")});
        auto *apply = shown->window.findChild<QPushButton *>(QStringLiteral("applyToSection"));
        QVERIFY(apply->isEnabled());
        QString listed;
        whenDialog(QStringLiteral("confirmFeatureAssignment"), [&](QDialog *dialog) {
            listed =
                dialog->findChild<QLabel *>(QStringLiteral("confirmFeatureAssignmentText"))->text();
            saveScreenshot(dialog, QStringLiteral("features-apply-to-section.png"));
            click(dialog, "confirmFeatures");
        });
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY(!listed.isEmpty());
        QVERIFY2(
            listed.contains(QStringLiteral(
                "Code Explanation: gemini-chat (Gemini) [Beta] → mistral-small-prod (Mistral)")),
            qPrintable(listed));
        QVERIFY2(listed.contains(
                     QStringLiteral("Test Generation: Unassigned → mistral-small-prod (Mistral)")),
                 qPrintable(listed));
        QTRY_COMPARE(selector(QStringLiteral("DUO_CHAT_EXPLAIN_CODE"))->currentText(),
                     QStringLiteral("mistral-small-prod (Mistral)"));
    }

    void bulkAssignmentNamesIncompatibleRows()
    {
        select({QStringLiteral("CODE_COMPLETIONS"), QStringLiteral("REVIEW_MERGE_REQUEST")});
        QString listed;
        whenDialog(QStringLiteral("assignSeveralDialog"), [&](QDialog *dialog) {
            auto *box = dialog->findChild<QComboBox *>(QStringLiteral("assignSeveralModel"));
            box->setCurrentIndex(
                box->findData(selfHosted(QStringLiteral("codestral-completions"))));
            whenDialog(QStringLiteral("confirmFeatureAssignment"), [&](QDialog *confirm) {
                listed =
                    confirm->findChild<QLabel *>(QStringLiteral("confirmFeatureAssignmentText"))
                        ->text();
                click(confirm, "confirmFeatures");
            });
            click(dialog, "confirmFeatures");
        });
        QTest::mouseClick(shown->window.findChild<QPushButton *>(QStringLiteral("assignSelected")),
                          Qt::LeftButton);
        QTRY_VERIFY(!listed.isEmpty());
        QVERIFY2(listed.contains(QLatin1String("Codestral is incompatible with the")),
                 qPrintable(listed));
        QTRY_COMPARE(selector(QStringLiteral("CODE_COMPLETIONS"))->currentText(),
                     QStringLiteral("codestral-completions (Mistral Codestral)"));
        QCOMPARE(selector(QStringLiteral("REVIEW_MERGE_REQUEST"))->currentText(),
                 QStringLiteral("claude-sonnet-bedrock (Claude)"));
    }

    void aGitLabManagedModelAsksForConsent()
    {
        bool asked = false;
        whenDialog(QStringLiteral("gitlabModelConsent"), [&](QDialog *dialog) {
            asked = dialog->findChild<QLabel *>(QStringLiteral("gitlabModelConsentText"))
                        ->text()
                        .contains(QLatin1String("you consent to using a GitLab managed model"));
            click(dialog, "confirmFeatures");
        });
        QVERIFY(choose(QStringLiteral("CODE_GENERATIONS"),
                       FeatureSetting::assignment(FeatureSetting::vendored, {},
                                                  QStringLiteral("claude_sonnet_4_20250514"))));
        QTRY_VERIFY(asked);
        QTRY_COMPARE(selector(QStringLiteral("CODE_GENERATIONS"))->currentText(),
                     QStringLiteral("Claude Sonnet 4"));
    }

    void theAllowlistIsEdited()
    {
        select({QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT")});
        auto *edit = shown->window.findChild<QPushButton *>(QStringLiteral("editAllowlist"));
        QVERIFY(edit->isEnabled());
        whenDialog(QStringLiteral("allowlistDialog"), [&](QDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("allowlistModels"));
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole) == QStringLiteral("gpt_5"))
                    list->item(i)->setCheckState(Qt::Checked);
            }
            click(dialog, "confirmFeatures");
        });
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(session->view().pendingFor(Change::Kind::SetAllowlist,
                                               QStringLiteral("DUO_AGENT_PLATFORM_AGENTIC_CHAT")));
    }

    // Everything recorded above reaches GitLab in one push, in GitLab's terms.
    void theChoicesArePushed()
    {
        QSignalSpy finished(session, &InstanceSession::pushFinished);
        QVERIFY(session->push({}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(session->lastPush().failed, 0);
        QHash<QString, QJsonObject> server;
        for (const auto &entry : sim.state().value(QLatin1String("featureSettings")).toArray())
            server.insert(entry.toObject().value(QLatin1String("feature")).toString(),
                          entry.toObject());
        QCOMPARE(server.value(QStringLiteral("code_generations"))
                     .value(QLatin1String("offeredModelRef"))
                     .toString(),
                 QStringLiteral("claude_sonnet_4_20250514"));
        QCOMPARE(server.value(QStringLiteral("duo_chat_write_tests"))
                     .value(QLatin1String("selfHostedModelId"))
                     .toInt(),
                 1);
        QTRY_VERIFY(!note(QStringLiteral("CODE_GENERATIONS")).contains(QLatin1String("Pending")));
    }

    // A model deleted on the server: the rows it served say so after a refresh.
    void aModelDeletedElsewhereIsNamed()
    {
        QVERIFY(choose(QStringLiteral("DUO_CHAT_FIX_CODE"),
                       selfHosted(QStringLiteral("gpt-4o-azure"))));
        QTRY_VERIFY(note(QStringLiteral("DUO_CHAT_FIX_CODE")).contains(QLatin1String("Pending")));
        QJsonArray models;
        for (const auto &m : sim.state().value(QLatin1String("models")).toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() !=
                QLatin1String("gpt-4o-azure"))
                models.append(m);
        }
        sim.patchState({{QStringLiteral("models"), models}});
        bool refreshed = false;
        session->refresh(this, [&](const Outcome &) { refreshed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 20000);
        QTRY_VERIFY2(
            note(QStringLiteral("DUO_CHAT_FIX_CODE")).contains(QLatin1String("no longer exists")),
            qPrintable(note(QStringLiteral("DUO_CHAT_FIX_CODE"))));
        saveScreenshot(&shown->window, QStringLiteral("features-deleted-model.png"));
    }
};

QTEST_MAIN(TestFeaturesGui)
#include "tst_featuresgui.moc"
