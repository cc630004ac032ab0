#include "PendingChangesPane.h"

#include "ChangesTreeModel.h"
#include "EmptyStatePane.h"
#include "WidgetHelpers.h"
#include "gitlab/InstanceSession.h"
#include "store/Workspace.h"
#include "sync/Pusher.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using WidgetHelpers::named;

PendingChangesPane::PendingChangesPane(const PaneInfo &info, QWidget *parent)
    : Pane(parent), m_info(info)
{
    setObjectName(info.id + QLatin1String("Pane"));
    setAccessibleName(info.title);

    m_empty = new EmptyStatePane(info, this);
    connect(m_empty, &Pane::addInstanceRequested, this, &Pane::addInstanceRequested);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    WidgetHelpers::addPaneHeader(layout, info, page);

    m_pushAll = named(new QPushButton(tr("Push all"), page), "pushAll", tr("Push all changes"));
    m_pushSelected = named(new QPushButton(tr("Push selected"), page), "pushSelected",
                           tr("Push the selected changes"));
    m_discard = named(new QPushButton(tr("Discard"), page), "discardChanges",
                      tr("Discard the selected changes"));
    m_keepMine = named(new QPushButton(tr("Keep mine"), page), "keepMine",
                       tr("Keep my value for the selected conflicting field"));
    m_takeServers = named(new QPushButton(tr("Take the server's"), page), "takeServers",
                          tr("Take the server's value for the selected conflicting field"));
    m_stopOnError = named(new QCheckBox(tr("Stop at the first error"), page), "stopOnError",
                          tr("Stop at the first error"));
    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_pushAll, m_pushSelected, m_discard,
                                                       m_keepMine, m_takeServers})
        buttons->addWidget(w);
    buttons->addStretch();
    buttons->addWidget(m_stopOnError);
    layout->addLayout(buttons);

    m_model = new ChangesTreeModel(this);
    m_view = named(new QTreeView(page), "changesView", tr("Pending changes"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(ChangesTreeModel::ChangeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChangesTreeModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    named(m_view->header(), "changesViewHeader", tr("Pending changes columns"));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingChangesPane::updateButtons);

    m_history = named(new QTreeWidget(page), "pushHistory", tr("Push history"));
    m_history->setHeaderLabels({tr("Push"), tr("Outcome")});
    m_history->setRootIsDecorated(true);
    named(m_history->header(), "pushHistoryHeader", tr("Push history columns"));

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_view);
    auto *historyBox = new QWidget(split);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 6, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Push history"), historyBox));
    historyLayout->addWidget(m_history);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_progress = named(new QProgressBar(page), "pushProgress", tr("Push progress"));
    m_cancel = named(new QPushButton(tr("Cancel"), page), "cancelPush", tr("Cancel the push"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("pushStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    m_progress->hide();
    m_cancel->hide();

    connect(m_pushAll, &QPushButton::clicked, this, [this] { push({}); });
    connect(m_pushSelected, &QPushButton::clicked, this, [this] { push(selectedChangeIds()); });
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesPane::discardSelected);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_takeServers, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_pusher) {
            m_pusher->cancel();
            m_status->setText(tr("Cancelling after the batch in flight…"));
        }
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    updateButtons();
}

void PendingChangesPane::setSession(InstanceSession *session)
{
    if (m_session) {
        m_session->disconnect(this);
        if (Workspace *workspace = m_session->workspace())
            workspace->disconnect(this);
    }
    m_session = session;
    m_empty->setSession(session);
    if (m_progress->isVisible() && !m_pusher) {
        // The instance the push belonged to was closed: it stopped with it, and what was in
        // flight is checked against the server on the next push.
        m_progress->hide();
        m_cancel->hide();
        m_status->setText(tr("The push stopped when its instance was closed; push again to "
                             "finish it."));
    }
    if (m_session) {
        connect(m_session, &InstanceSession::stateChanged, this,
                &PendingChangesPane::updateButtons);
        connect(m_session->workspace(), &Workspace::changed, this, &PendingChangesPane::refresh);
    }
    m_stack->setCurrentIndex(m_session && m_session->workspaceError().isEmpty() ? 1 : 0);
    refresh();
}

void PendingChangesPane::refresh()
{
    if (!m_session || !m_session->workspaceError().isEmpty())
        return;
    Workspace *workspace = m_session->workspace();
    m_model->rebuild(*workspace);
    m_view->expandAll();
    m_history->clear();
    for (const PushRecord &record : workspace->pushHistory(20)) {
        const QJsonObject s = record.summary;
        QString outcome = tr("%1 pushed, %2 failed, %3 in conflict, %4 request(s)")
                              .arg(s.value(QLatin1String("pushed")).toInt())
                              .arg(s.value(QLatin1String("failed")).toInt())
                              .arg(s.value(QLatin1String("conflicts")).toInt())
                              .arg(s.value(QLatin1String("requests")).toInt());
        if (s.contains(QLatin1String("error")))
            outcome += QLatin1String(" — ") + s.value(QLatin1String("error")).toString();
        auto *item = new QTreeWidgetItem(
            m_history,
            {QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat), outcome});
        for (const auto &step : s.value(QLatin1String("steps")).toArray()) {
            const QJsonObject o = step.toObject();
            new QTreeWidgetItem(
                item, {o.value(QLatin1String("ok")).toBool() ? tr("done") : tr("failed"),
                       o.value(QLatin1String("description")).toString() +
                           (o.contains(QLatin1String("error"))
                                ? QLatin1String(": ") + o.value(QLatin1String("error")).toString()
                                : QString())});
        }
    }
    updateButtons();
}

QStringList PendingChangesPane::selectedChangeIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(ChangesTreeModel::ChangeIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
        // An object row stands for all its changes.
        for (int r = 0; id.isEmpty() && r < m_model->rowCount(index); ++r) {
            const QString child =
                m_model->index(r, 0, index).data(ChangesTreeModel::ChangeIdRole).toString();
            if (!ids.contains(child))
                ids << child;
        }
    }
    return ids;
}

void PendingChangesPane::updateButtons()
{
    const bool pushing = m_pusher && m_pusher->isRunning();
    // While the snapshot refreshes, a push would race the refresh's older answers.
    const bool connected = m_session && m_session->state() == InstanceSession::State::Connected &&
                           !m_session->isRefreshing();
    const bool any = m_model->rowCount() > 0;
    const bool selected = !selectedChangeIds().isEmpty();
    bool conflictSelected = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        conflictSelected = conflictSelected || index.data(ChangesTreeModel::ConflictRole).toBool();
    m_pushAll->setEnabled(connected && any && !pushing);
    m_pushSelected->setEnabled(connected && selected && !pushing);
    m_discard->setEnabled(selected && !pushing);
    m_keepMine->setEnabled(conflictSelected && !pushing);
    m_takeServers->setEnabled(conflictSelected && !pushing);
    if (!connected && any && !pushing && m_status->text().isEmpty())
        m_status->setText(tr("Offline: changes are kept here and can be pushed once the instance "
                             "is connected."));
}

void PendingChangesPane::push(const QStringList &changeIds)
{
    if (!m_session || (m_pusher && m_pusher->isRunning()))
        return;
    m_pusher = m_session->createPusher();
    if (!m_pusher) {
        m_status->setText(tr("Connect to the instance first: Instance > Reconnect."));
        return;
    }
    connect(m_pusher, &Pusher::progress, this, [this](int done, int total, const QString &current) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(current.isEmpty() ? tr("Pushing %n step(s)…", nullptr, total)
                                            : tr("Done: %1").arg(current));
    });
    connect(m_pusher, &Pusher::finished, this, &PendingChangesPane::onPushFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Checking the changes against the server…"));
    PushOptions options;
    options.changeIds = changeIds;
    options.stopOnFirstError = m_stopOnError->isChecked();
    m_pusher->push(options);
    updateButtons();
}

void PendingChangesPane::onPushFinished()
{
    const PushOutcome outcome = m_pusher->outcome();
    m_progress->hide();
    m_cancel->hide();
    QString text = tr("%1 pushed, %2 failed, %3 in conflict, %4 request(s).")
                       .arg(outcome.pushed)
                       .arg(outcome.failed)
                       .arg(outcome.conflicts)
                       .arg(outcome.requests);
    if (outcome.cancelled)
        text = tr("Cancelled. ") + text;
    if (outcome.error.isError())
        text += QLatin1Char('\n') + outcome.error.userMessage();
    if (outcome.conflicts)
        text +=
            QLatin1Char('\n') +
            tr("Select a conflicting field and keep yours or take the server's, then push again.");
    m_status->setText(text);
    refresh();
}

void PendingChangesPane::discardSelected()
{
    if (!m_session)
        return;
    m_status->setText(m_session->discardChanges(selectedChangeIds())
                          ? tr("Discarded.")
                          : tr("The changes could not be discarded: the local workspace is busy. "
                               "Try again."));
}

void PendingChangesPane::resolveSelected(bool keepMine)
{
    if (!m_session)
        return;
    // Read the selection first: each resolution rebuilds the tree.
    QList<std::pair<QString, QString>> fields;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.data(ChangesTreeModel::ConflictRole).toBool())
            fields.append({index.data(ChangesTreeModel::ChangeIdRole).toString(),
                           index.data(ChangesTreeModel::FieldRole).toString()});
    }
    for (const auto &[changeId, field] : std::as_const(fields))
        m_session->workspace()->resolveConflict(changeId, field, keepMine);
}
