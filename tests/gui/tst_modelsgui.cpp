#include "DemoWindow.h"
#include "GuiTestSupport.h"
#include "SimProfile.h"
#include "SimTokens.h"
#include "Simulator.h"
#include "TempXdgDirs.h"
#include "TestSkips.h"
#include "instances/InstanceController.h"
#include "panes/models/ModelFormDialog.h"
#include "panes/models/ModelsTableModel.h"
#include "session/InstanceSession.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

// The Self-hosted models pane against a 19.6 simulator: the whole list, filtered and sorted;
// the form's validation, field by field; add, edit, delete guarded by the features a model
// serves, and several deleted at once. Edits wait in the workspace as pending changes.
class TestModelsGui : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    Simulator sim;
    SecretStore secrets{QStringLiteral("io.github.duoconsole.DuoConsole.modelstest")};
    DemoWindow demo;
    std::unique_ptr<ShownWindow> shown;
    QTableView *table = nullptr;
    InstanceSession *session = nullptr;

    ModelFormDialog *openForm(const char *button)
    {
        auto *open = shown->window.findChild<QPushButton *>(QLatin1String(button));
        if (!open || !open->isEnabled())
            return nullptr;
        QTest::mouseClick(open, Qt::LeftButton);
        ModelFormDialog *form = nullptr;
        const bool opened = QTest::qWaitFor([&] {
            const auto forms = shown->window.findChildren<ModelFormDialog *>();
            const auto visible = std::find_if(forms.cbegin(), forms.cend(),
                                              [](QDialog *d) { return d->isVisible(); });
            form = visible == forms.cend() ? nullptr : *visible;
            return form != nullptr;
        });
        return opened ? form : nullptr;
    }

    template <typename W> static W *field(QWidget *form, const char *name)
    {
        return form->findChild<W *>(QLatin1String(name));
    }

    static QString error(QWidget *form, const char *key)
    {
        const QByteArray name = QByteArray(key) + QByteArrayLiteral("Error");
        auto *label = field<QLabel>(form, name.constData());
        return label && label->isVisible() ? label->text() : QString();
    }

    static QString allErrors(QWidget *form)
    {
        QStringList shown;
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (label->isVisible() && label->objectName().endsWith(QLatin1String("Error")))
                shown << label->objectName() + QLatin1String(": ") + label->text();
        }
        return shown.join(QLatin1String("; "));
    }

    static void choose(QComboBox *box, const QString &data)
    {
        box->setCurrentIndex(box->findData(data));
    }

    int rowOf(const QString &name) const
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, ModelsTableModel::NameColumn).data() == name)
                return r;
        }
        return -1;
    }

    QString cell(const QString &name, int column) const
    {
        const int row = rowOf(name);
        return row < 0 ? QString() : table->model()->index(row, column).data().toString();
    }

    void select(const QStringList &names)
    {
        table->clearSelection();
        for (const QString &name : names)
            table->selectionModel()->select(table->model()->index(rowOf(name), 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
    }

    QDialog *deleteDialog()
    {
        QDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor([&] {
            const auto dialogs =
                shown->window.findChildren<QDialog *>(QStringLiteral("deleteModelsDialog"));
            const auto visible = std::find_if(dialogs.cbegin(), dialogs.cend(),
                                              [](QDialog *d) { return d->isVisible(); });
            dialog = visible == dialogs.cend() ? nullptr : *visible;
            return dialog != nullptr;
        });
        return opened ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DUO_REQUIRE_SIMULATOR_AND_KEYRING();
        const QString problem = demo.open(sim, secrets, this);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        shown = std::move(demo.shown);
        session = demo.session;
        shown->window.showPane(1);
        table = shown->window.findChild<QTableView *>(QStringLiteral("modelsTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
    }

    void cleanupTestCase() { shown.reset(); }

    void listsFiltersAndSortsEveryModel()
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(proxy);
        QAbstractItemModelTester source(proxy->sourceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sorted(proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), session->view().serverModelCount());
        QCOMPARE(cell(QStringLiteral("claude-sonnet-bedrock"), ModelsTableModel::PlatformColumn),
                 QStringLiteral("Amazon Bedrock"));
        QCOMPARE(cell(QStringLiteral("claude-sonnet-bedrock"), ModelsTableModel::EndpointColumn),
                 QStringLiteral("--"));
        QVERIFY(cell(QStringLiteral("qwen-coder"), ModelsTableModel::FamilyColumn)
                    .contains(QLatin1String("Beta")));
        QVERIFY(
            !cell(QStringLiteral("mistral-small-prod"), ModelsTableModel::UsedByColumn).isEmpty());

        auto *filter = shown->window.findChild<QLineEdit *>(QStringLiteral("modelsFilter"));
        QTest::keyClicks(filter, QStringLiteral("claude nowhere"));
        QTRY_COMPARE(table->model()->rowCount(), 0); // every word must be found
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("CLAUDE"));
        QCOMPARE(table->model()->rowCount(), 2);
        filter->clear();

        table->sortByColumn(ModelsTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("qwen-coder"));
        table->sortByColumn(ModelsTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("claude-sonnet-bedrock"));
    }

    void testConnectionFromBothSides_data()
    {
        QTest::addColumn<int>("status"); // what the model server answers GET /v1/models
        QTest::addColumn<QString>("gitlab");
        QTest::addColumn<QString>("local");
        QTest::newRow("reachable") << 0 << "passed"
                                   << "mistral-small-24b-instruct";
        // The gateway asks the same server, so GitLab's side fails too.
        QTest::newRow("key refused") << 401 << "failed"
                                     << "refused the API key (HTTP 401)";
        QTest::newRow("wrong path") << 404 << "failed"
                                    << "(HTTP 404)";
        QTest::newRow("server error") << 503 << "failed"
                                      << "answered HTTP 503";
    }

    void testConnectionFromBothSides()
    {
        QFETCH(int, status);
        QFETCH(QString, gitlab);
        QFETCH(QString, local);
        sim.clearFaults();
        sim.clearRequests();
        if (status)
            sim.addFault({{QStringLiteral("server"), QStringLiteral("modelServer")},
                          {QStringLiteral("path"), QStringLiteral("/v1/models$")},
                          {QStringLiteral("status"), status},
                          {QStringLiteral("count"), -1}});
        select({QStringLiteral("mistral-small-prod")});
        QTest::mouseClick(shown->window.findChild<QPushButton *>(QStringLiteral("testModel")),
                          Qt::LeftButton);
        auto *fromGitLab = shown->window.findChild<QLabel *>(QStringLiteral("testFromGitLab"));
        auto *fromHere = shown->window.findChild<QLabel *>(QStringLiteral("testFromHere"));
        QTRY_VERIFY_WITH_TIMEOUT(!fromHere->text().contains(QLatin1String("testing")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!fromGitLab->text().contains(QLatin1String("testing")), 20000);
        QVERIFY2(fromGitLab->text().contains(gitlab), qPrintable(fromGitLab->text()));
        QVERIFY2(fromHere->text().contains(local), qPrintable(fromHere->text()));
        // The probe from here sent the model's key, read for the test, and never GitLab's token.
        bool probed = false;
        for (const auto &entry : sim.requests()) {
            const QJsonObject request = entry.toObject();
            if (request.value(QLatin1String("server")).toString() != QLatin1String("modelServer"))
                continue;
            const QString auth = request.value(QLatin1String("headers"))
                                     .toObject()
                                     .value(QLatin1String("authorization"))
                                     .toString();
            QVERIFY(!auth.contains(QLatin1String(SimTokens::admin)));
            probed = probed || auth == QLatin1String("Bearer sim-model-key");
        }
        QVERIFY(probed);
        if (!status)
            saveScreenshot(&shown->window, QStringLiteral("models-test-passed.png"));
        else if (status == 401)
            saveScreenshot(&shown->window, QStringLiteral("models-test-failed.png"));
        sim.clearFaults();
    }

    void formRefusesWhatGitLabWould()
    {
        ModelFormDialog *form = openForm("addModel");
        QVERIFY(form);
        auto *save = field<QPushButton>(form, "saveModel");
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(error(form, "identifier"), QStringLiteral("Please enter a model identifier."));

        field<QLineEdit>(form, "modelIdentifier")->setText(QStringLiteral("custom_openai/x"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(error(form, "name"), QStringLiteral("Please enter a deployment name."));

        field<QLineEdit>(form, "modelName")->setText(QStringLiteral("mistral-small-prod"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(error(form, "family"), QStringLiteral("Please select a model."));

        choose(field<QComboBox>(form, "modelFamily"), QStringLiteral("MISTRAL"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(error(form, "endpoint"), QStringLiteral("Please enter an endpoint."));

        field<QLineEdit>(form, "modelEndpoint")->setText(QStringLiteral("not a url"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(error(form, "endpoint").startsWith(QLatin1String("Endpoint must be a valid")));

        field<QLineEdit>(form, "modelEndpoint")->setText(QStringLiteral("https://m.example"));
        QVERIFY(field<QLabel>(form, "modelEndpointHint")->isVisible()); // no /v1: a warning
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(error(form, "name").contains(QLatin1String("already exists")));

        choose(field<QComboBox>(form, "modelPlatform"), QStringLiteral("BEDROCK"));
        QVERIFY(!field<QLineEdit>(form, "modelEndpoint")->isEnabled());
        QCOMPARE(field<QLineEdit>(form, "modelIdentifier")->placeholderText(),
                 QStringLiteral("bedrock/"));
        field<QLineEdit>(form, "modelName")->setText(QStringLiteral("new-bedrock"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY2(error(form, "identifier") ==
                         QStringLiteral("Model identifier must start with \"bedrock/\"."),
                     qPrintable(allErrors(form)));
        saveScreenshot(form, QStringLiteral("model-form-error.png"));
        form->reject();
        QCOMPARE(session->view().changeCount(), 0);
    }

    void addAndEditWaitAsPendingChanges()
    {
        ModelFormDialog *form = openForm("addModel");
        QVERIFY(form);
        field<QLineEdit>(form, "modelName")->setText(QStringLiteral("vllm-new"));
        choose(field<QComboBox>(form, "modelFamily"), QStringLiteral("MISTRAL"));
        field<QLineEdit>(form, "modelEndpoint")->setText(QStringLiteral("https://new.example/v1"));
        field<QLineEdit>(form, "modelIdentifier")->setText(QStringLiteral("custom_openai/new"));
        field<QLineEdit>(form, "modelApiKey")->setText(QStringLiteral("key-typed-in-the-form"));
        QTest::mouseClick(field<QPushButton>(form, "saveModel"), Qt::LeftButton);
        QPointer<ModelFormDialog> added(form);
        QTRY_VERIFY2(!added || !added->isVisible(),
                     qPrintable(added ? allErrors(added) : QString()));
        QTRY_VERIFY(rowOf(QStringLiteral("vllm-new")) >= 0);
        QCOMPARE(cell(QStringLiteral("vllm-new"), ModelsTableModel::PendingColumn),
                 QStringLiteral("new"));
        QCOMPARE(cell(QStringLiteral("vllm-new"), ModelsTableModel::ApiKeyColumn),
                 QStringLiteral("set"));
        QVERIFY(xdg.filesContaining("key-typed-in-the-form").isEmpty());

        select({QStringLiteral("codestral-completions")});
        form = openForm("editModel");
        QVERIFY(form);
        QCOMPARE(field<QLineEdit>(form, "modelName")->text(),
                 QStringLiteral("codestral-completions"));
        field<QLineEdit>(form, "modelEndpoint")->setText(QStringLiteral("https://cs2.example/v1"));
        QPointer<ModelFormDialog> edited(form);
        QTest::mouseClick(field<QPushButton>(form, "saveModel"), Qt::LeftButton);
        QTRY_VERIFY(!edited || !edited->isVisible());
        QTRY_COMPARE(cell(QStringLiteral("codestral-completions"), ModelsTableModel::PendingColumn),
                     QStringLiteral("edited"));
        QCOMPARE(cell(QStringLiteral("codestral-completions"), ModelsTableModel::EndpointColumn),
                 QStringLiteral("https://cs2.example/v1"));

        select({QStringLiteral("vllm-new")});
        form = openForm("duplicateModel");
        QVERIFY(form);
        QCOMPARE(field<QLineEdit>(form, "modelName")->text(), QStringLiteral("vllm-new (copy)"));
        QTest::mouseClick(field<QPushButton>(form, "saveModel"), Qt::LeftButton);
        QTRY_VERIFY(rowOf(QStringLiteral("vllm-new (copy)")) >= 0);
        QCOMPARE(session->view().changeCount(), 3);
        saveScreenshot(&shown->window, QStringLiteral("models-pending.png"));
    }

    void deleteOfAModelInUseOffersReassignOrDisable()
    {
        select({QStringLiteral("mistral-small-prod")});
        QTest::mouseClick(shown->window.findChild<QPushButton *>(QStringLiteral("deleteModels")),
                          Qt::LeftButton);
        QDialog *dialog = deleteDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("This self-hosted model cannot be deleted"));
        auto *successor = dialog->findChild<QComboBox *>(QStringLiteral("reassignTo"));
        QVERIFY(successor->count() > 0);
        saveScreenshot(dialog, QStringLiteral("model-delete-in-use.png"));
        choose(successor, session->view().modelNamed(QStringLiteral("vllm-new"))->model.id);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
        QTRY_COMPARE(cell(QStringLiteral("mistral-small-prod"), ModelsTableModel::PendingColumn),
                     QStringLiteral("to delete"));
        // Its features now show on their new model.
        QTRY_VERIFY(!cell(QStringLiteral("vllm-new"), ModelsTableModel::UsedByColumn).isEmpty());
        const QString id = session->view()
                               .model(table->model()
                                          ->index(rowOf(QStringLiteral("mistral-small-prod")), 0)
                                          .data(ModelsTableModel::ModelIdRole)
                                          .toString())
                               ->model.id;
        const Change *deletion = session->view().pendingFor(Change::Kind::DeleteModel, id);
        QVERIFY(deletion);
        QCOMPARE(deletion->values.value(QLatin1String("reassignTo")).toString(),
                 session->view().modelNamed(QStringLiteral("vllm-new"))->model.id);
    }

    void severalUnusedModelsAreDeletedTogether()
    {
        const int before = int(session->view().changeCount());
        select({QStringLiteral("qwen-coder"), QStringLiteral("vllm-new (copy)")});
        QTest::mouseClick(shown->window.findChild<QPushButton *>(QStringLiteral("deleteModels")),
                          Qt::LeftButton);
        QDialog *dialog = deleteDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Delete self-hosted model"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
        // The draft's delete drops the draft; the server model's delete is a change.
        QTRY_VERIFY(rowOf(QStringLiteral("vllm-new (copy)")) < 0);
        QTRY_COMPARE(cell(QStringLiteral("qwen-coder"), ModelsTableModel::PendingColumn),
                     QStringLiteral("to delete"));
        QCOMPARE(int(session->view().changeCount()), before);
    }

    // GitLab refuses what the console cannot know beforehand (here an instance that blocks
    // every host not on its allowlist); the form shows GitLab's words on the field after the
    // push, as GitLab's own form would.
    void gitlabsRefusalIsShownOnItsField()
    {
        QStringList ids;
        for (const Change &change : session->view().changes())
            ids << change.id;
        bool discarded = false;
        session->discard(ids, this, [&](const Outcome &) { discarded = true; });
        QTRY_VERIFY(discarded);
        sim.patchState({{QStringLiteral("settings"),
                         QJsonObject{{QStringLiteral("denyAllRequestsExceptAllowlist"), true},
                                     {QStringLiteral("outboundAllowlist"), QJsonArray()}}}});

        ModelFormDialog *form = openForm("addModel");
        QVERIFY(form);
        field<QLineEdit>(form, "modelName")->setText(QStringLiteral("blocked-host"));
        choose(field<QComboBox>(form, "modelFamily"), QStringLiteral("MISTRAL"));
        field<QLineEdit>(form, "modelEndpoint")
            ->setText(QStringLiteral("https://blocked.example/v1"));
        field<QLineEdit>(form, "modelIdentifier")->setText(QStringLiteral("custom_openai/x"));
        QPointer<ModelFormDialog> added(form);
        QTest::mouseClick(field<QPushButton>(form, "saveModel"), Qt::LeftButton);
        QTRY_VERIFY(!added || !added->isVisible());

        QSignalSpy finished(session, &InstanceSession::pushFinished);
        QVERIFY(session->push({}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(session->lastPush().failed, 1);
        sim.patchState({{QStringLiteral("settings"),
                         QJsonObject{{QStringLiteral("denyAllRequestsExceptAllowlist"), false}}}});

        select({QStringLiteral("blocked-host")});
        form = openForm("editModel");
        QVERIFY(form);
        QCOMPARE(error(form, "endpoint"),
                 QStringLiteral("Please add a valid endpoint. GitLab said: Endpoint is blocked: "
                                "Requests to hosts and IP addresses not on the Allow List are "
                                "denied"));
        QCOMPARE(error(form, "name"), QString());
        saveScreenshot(form, QStringLiteral("model-form-gitlab-error.png"));
        form->reject();
    }
};

QTEST_MAIN(TestModelsGui)
#include "tst_modelsgui.moc"
