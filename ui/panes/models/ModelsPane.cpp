#include "ModelsPane.h"

#include "ModelDeletion.h"
#include "ModelFormDialog.h"
#include "ModelTestView.h"
#include "ModelsFilterModel.h"
#include "ModelsTableModel.h"
#include "WidgetHelpers.h"
#include "base/Logging.h"
#include "panes/EmptyStatePane.h"
#include "session/InstanceSession.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using WidgetHelpers::named;

ModelsPane::ModelsPane(const PaneInfo &info, QWidget *parent) : Pane(parent), m_info(info)
{
    const Frame parts = frame(info);
    m_empty = parts.empty;
    QWidget *page = parts.page;
    QVBoxLayout *layout = parts.layout;

    m_add = named(new QPushButton(tr("Add self-hosted model"), page), "addModel",
                  tr("Add self-hosted model"));
    m_edit = named(new QPushButton(tr("Edit"), page), "editModel", tr("Edit the selected model"));
    m_duplicate = named(new QPushButton(tr("Duplicate"), page), "duplicateModel",
                        tr("Copy the selected model as a new draft"));
    m_delete = named(new QPushButton(tr("Delete"), page), "deleteModels",
                     tr("Delete the selected models"));
    m_test = named(new QPushButton(tr("Test connection"), page), "testModel",
                   tr("Test the selected model's connection"));
    m_refresh = named(new QPushButton(tr("Refresh"), page), "refreshModels",
                      tr("Read the models from GitLab again"));
    m_filter = named(new QLineEdit(page), "modelsFilter", tr("Filter models"));
    m_filter->setPlaceholderText(tr("Filter by name, family, endpoint or identifier"));
    m_filter->setClearButtonEnabled(true);
    for (QToolButton *clear : m_filter->findChildren<QToolButton *>())
        named(clear, "modelsFilterClear", tr("Clear the filter"));
    auto *buttons = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_add, m_edit, m_duplicate, m_delete, m_test, m_refresh})
        buttons->addWidget(w);
    buttons->addSpacing(12);
    buttons->addWidget(m_filter, 1);
    layout->addLayout(buttons);

    m_state = WidgetHelpers::textLabel({}, QStringLiteral("modelsState"), page);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    m_model = new ModelsTableModel(this);
    m_proxy = new ModelsFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = named(new QTableView(page), "modelsTable", tr("Self-hosted models"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelsTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    named(m_table->horizontalHeader(), "modelsTableHeader", tr("Model columns"));
    named(m_table->verticalHeader(), "modelsTableRows", tr("Model rows"));
    m_table->setCornerButtonEnabled(false);
    for (QAbstractButton *corner : m_table->findChildren<QAbstractButton *>())
        named(corner, "modelsTableCorner", tr("Select all models"));
    // Fixed starting widths: measuring the contents would read every one of thousands of rows.
    const int widths[] = {190, 140, 130, 230, 230, 60, 190, 80};
    for (int column = 0; column < ModelsTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    layout->addWidget(m_table, 1);
    m_table->viewport()->installEventFilter(this);
    m_testView = new ModelTestView(page);
    layout->addWidget(m_testView);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ModelsFilterModel::setFilterWords);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ModelsPane::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ModelsPane::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ModelsPane::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ModelsPane::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelsPane::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openForm(index.data(ModelsTableModel::ModelIdRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this, [this] { openForm({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedModelIds(); ids.size() == 1)
            openForm(ids.first());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedModelIds(); ids.size() == 1)
            openForm(ids.first(), true);
    });
    connect(m_delete, &QPushButton::clicked, this, &ModelsPane::deleteSelected);
    connect(m_test, &QPushButton::clicked, this, &ModelsPane::testSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refreshFromGitLab(m_session, m_state, tr("Reading the models from GitLab…"),
                          [this] { updateState(); });
    });

    m_stack = WidgetHelpers::emptyOrPage(this, m_empty, page);
    updateButtons();
}

void ModelsPane::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_empty->setSession(session);
    m_testView->hide();
    m_paintLogged = false;
    if (m_session) {
        // The session goes before the window hears of it: the table lets go of its view first.
        connect(m_session, &QObject::destroyed, this, [this] { m_model->reset(nullptr); });
        connect(m_session, &InstanceSession::stateChanged, this, &ModelsPane::updateState);
        connect(m_session, &InstanceSession::workspaceReady, this, &ModelsPane::reload);
        connect(m_session, &InstanceSession::workspaceChanged, this,
                [this](const ViewChanges &changes) {
                    m_model->apply(changes);
                    updateState();
                });
        connect(m_session, &InstanceSession::refreshed, this, &ModelsPane::updateState);
    }
    reload();
}

void ModelsPane::reload()
{
    const bool usable = m_session && m_session->isWorkspaceOpen();
    m_stack->setCurrentIndex(usable ? 1 : 0);
    m_model->reset(usable ? &m_session->view() : nullptr);
    updateState();
}

// Loading, empty, offline (with the snapshot's age) and error, in GitLab's words where it has
// them.
void ModelsPane::updateState()
{
    updateButtons();
    if (!m_session || !m_session->isWorkspaceOpen())
        return;
    const EffectiveView &view = m_session->view();
    const InstanceSession::State state = m_session->state();
    QStringList lines;
    if (!view.snapshotExists()) {
        if (state == InstanceSession::State::Connecting || m_session->isRefreshing())
            lines << tr("Loading the self-hosted models…");
        else if (state == InstanceSession::State::Connected)
            lines << tr("Not read from GitLab yet: Refresh reads every model.");
        else
            lines << tr("Never read from GitLab: connect to the instance to see its models. "
                        "Models added now wait in Pending changes.");
    } else if (state != InstanceSession::State::Connected) {
        lines << tr("Offline: as read from GitLab on %1. Edits wait in Pending changes.")
                     .arg(QLocale().toString(view.snapshotTakenAt().toLocalTime(),
                                             QLocale::ShortFormat));
    }
    if (state == InstanceSession::State::Failed)
        lines << m_session->error().userMessage();
    if (m_model->rowCount() == 0 && view.snapshotExists())
        lines << tr("No self-hosted models yet. Add a self-hosted model and select it for a "
                    "feature to start using it.");
    else if (m_proxy->rowCount() == 0 && m_model->rowCount() > 0)
        lines << tr("No model matches the filter.");
    else if (m_model->rowCount() > 0)
        lines << tr("%n model(s)", nullptr, m_model->rowCount());
    m_state->setText(lines.join(QLatin1Char('\n')));
}

void ModelsPane::updateButtons()
{
    const bool usable = m_session && m_session->isWorkspaceOpen();
    const QStringList ids = usable ? selectedModelIds() : QStringList();
    m_add->setEnabled(usable);
    m_edit->setEnabled(ids.size() == 1);
    m_duplicate->setEnabled(ids.size() == 1);
    m_delete->setEnabled(!ids.isEmpty());
    m_test->setEnabled(ids.size() == 1);
    m_refresh->setEnabled(usable && m_session->state() == InstanceSession::State::Connected &&
                          !m_session->isRefreshing());
}

QStringList ModelsPane::selectedModelIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ModelsTableModel::ModelIdRole).toString();
    return ids;
}

void ModelsPane::openForm(const QString &id, bool duplicate)
{
    if (!m_session || !m_session->isWorkspaceOpen())
        return;
    auto *dialog = new ModelFormDialog(m_session, id, duplicate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ModelsPane::deleteSelected()
{
    const QStringList ids = selectedModelIds();
    if (!m_session || ids.isEmpty())
        return;
    ModelDeletion::run(m_session, ids, this, [this] { Q_EMIT featuresPaneRequested(); });
}

void ModelsPane::testSelected()
{
    const QStringList ids = selectedModelIds();
    if (!m_session || ids.size() != 1)
        return;
    m_testView->showRunning();
    m_session->testModel(ids.first(), {}, {}, this,
                         [this](const ModelTestResult &result) { m_testView->showResult(result); });
}

// Says when the list was first painted with rows: how long a cold start takes to show them.
bool ModelsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_paintLogged && event->type() == QEvent::Paint && watched == m_table->viewport() &&
        m_model->rowCount() > 0) {
        m_paintLogged = true;
        qCInfo(lcUi, "models list painted: %d rows", m_model->rowCount());
    }
    return Pane::eventFilter(watched, event);
}
