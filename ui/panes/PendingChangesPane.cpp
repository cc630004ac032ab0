#include "PendingChangesPane.h"

#include "ChangesTreeModel.h"
#include "EmptyStatePane.h"
#include "WidgetHelpers.h"
#include "base/SafeText.h"
#include "session/InstanceSession.h"

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
    const Frame parts = frame(info);
    m_empty = parts.empty;
    QWidget *page = parts.page;
    QVBoxLayout *layout = parts.layout;

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
    m_status->setTextFormat(Qt::PlainText);
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
        if (m_session && m_session->isPushing()) {
            m_session->cancelPush();
            m_status->setText(tr("Cancelling after the batches in flight…"));
        }
    });

    m_stack = WidgetHelpers::emptyOrPage(this, m_empty, page);
    updateButtons();
}

void PendingChangesPane::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    if (m_progress->isVisible()) {
        // The instance the push belonged to was closed: it stopped with it, and what was in
        // flight is checked against the server on the next push.
        m_progress->hide();
        m_cancel->hide();
        m_status->setText(tr("The push stopped when its instance was closed; push again to "
                             "finish it."));
    }
    m_session = session;
    m_empty->setSession(session);
    if (m_session) {
        connect(m_session, &InstanceSession::stateChanged, this,
                &PendingChangesPane::updateButtons);
        connect(m_session, &InstanceSession::workspaceReady, this, &PendingChangesPane::refresh);
        connect(m_session, &InstanceSession::workspaceChanged, this, &PendingChangesPane::refresh);
        connect(m_session, &InstanceSession::refreshed, this, &PendingChangesPane::updateButtons);
        connect(m_session, &InstanceSession::pushProgress, this,
                [this](int done, int total, const QString &current) {
                    m_progress->setMaximum(std::max(total, 1));
                    m_progress->setValue(done);
                    m_status->setText(current.isEmpty() ? tr("Pushing %n step(s)…", nullptr, total)
                                                        : tr("Done: %1").arg(current));
                });
        connect(m_session, &InstanceSession::pushFinished, this,
                &PendingChangesPane::onPushFinished);
    }
    refresh();
}

void PendingChangesPane::refresh()
{
    const bool usable = m_session && m_session->isWorkspaceOpen();
    m_stack->setCurrentIndex(usable ? 1 : 0);
    if (!usable) {
        m_empty->setSession(m_session);
        return;
    }
    m_model->rebuild(m_session->view());
    m_view->expandAll();
    m_session->history(20, this, [this](const QList<PushRecord> &records) {
        m_history->clear();
        for (const PushRecord &record : records)
            addHistoryItem(record);
    });
    updateButtons();
}

void PendingChangesPane::addHistoryItem(const PushRecord &record)
{
    const QJsonObject s = record.summary;
    QString outcome = PushOutcome::countsText(s);
    const QJsonValue error = s.value(QLatin1String("error"));
    if (error.isObject())
        outcome +=
            QStringLiteral(" — ") + error.toObject().value(QLatin1String("message")).toString();
    else if (error.isString())
        outcome += QStringLiteral(" — ") + error.toString();
    auto *item = new QTreeWidgetItem(
        m_history,
        {QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat), outcome});
    for (const auto &step : s.value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = step.toObject();
        new QTreeWidgetItem(
            item, {o.value(QLatin1String("ok")).toBool() ? tr("done") : tr("failed"),
                   SafeText::forDisplay(
                       o.value(QLatin1String("description")).toString() +
                       (o.contains(QLatin1String("error"))
                            ? QLatin1String(": ") + o.value(QLatin1String("error")).toString()
                            : QString()))});
    }
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
    const bool pushing = m_session && m_session->isPushing();
    // The session says whether a push can start, and why not: one answer for every pane.
    const QString blocked = m_session ? m_session->pushBlockedReason() : QString();
    const bool any = m_model->rowCount() > 0;
    const bool selected = !selectedChangeIds().isEmpty();
    const bool writable = m_session && !m_session->isWorkspaceReadOnly();
    bool conflictSelected = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        conflictSelected = conflictSelected || index.data(ChangesTreeModel::ConflictRole).toBool();
    m_pushAll->setEnabled(blocked.isEmpty() && any);
    m_pushSelected->setEnabled(blocked.isEmpty() && selected);
    m_discard->setEnabled(selected && !pushing && writable);
    m_keepMine->setEnabled(conflictSelected && !pushing && writable);
    m_takeServers->setEnabled(conflictSelected && !pushing && writable);
    if (!pushing && any && !blocked.isEmpty() && m_lastOutcome.isEmpty())
        m_status->setText(blocked);
    else if (!pushing && (!any || blocked.isEmpty()) && m_lastOutcome.isEmpty())
        m_status->clear();
}

void PendingChangesPane::push(const QStringList &changeIds)
{
    if (!m_session || m_session->isPushing())
        return;
    PushOptions options;
    options.changeIds = changeIds;
    options.stopOnFirstError = m_stopOnError->isChecked();
    if (!m_session->push(options)) {
        m_status->setText(m_session->pushBlockedReason());
        return;
    }
    m_lastOutcome.clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Checking the changes against the server…"));
    updateButtons();
}

void PendingChangesPane::onPushFinished(const PushOutcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    QString text = outcome.countsText();
    if (outcome.cancelled)
        text = tr("Cancelled. ") + text;
    if (outcome.stopped())
        text += QLatin1Char('\n') + outcome.errorMessage;
    if (outcome.conflicts)
        text +=
            QLatin1Char('\n') +
            tr("Select a conflicting field and keep yours or take the server's, then push again.");
    m_lastOutcome = text;
    m_status->setText(text);
    refresh();
}

void PendingChangesPane::discardSelected()
{
    if (!m_session)
        return;
    m_lastOutcome.clear();
    m_session->discard(selectedChangeIds(), this, [this](const Outcome &outcome) {
        m_lastOutcome = outcome.ok() ? tr("Discarded.") : outcome.message;
        m_status->setText(m_lastOutcome);
    });
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
        m_session->resolve(changeId, field, keepMine, this, [this](const Outcome &outcome) {
            if (!outcome.ok())
                m_status->setText(outcome.message);
        });
}
