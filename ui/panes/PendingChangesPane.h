#pragma once

#include "Pane.h"
#include "PaneCatalog.h"
#include "model/PushOutcome.h"
#include "model/PushRecord.h"

#include <QPointer>

class ChangesTreeModel;
class EmptyStatePane;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;

// Every change recorded and not yet pushed, grouped by object, each field server → draft;
// push all or some, discard, settle conflicts field by field, follow a push and cancel it,
// and read the push history.
class PendingChangesPane : public Pane
{
    Q_OBJECT

public:
    explicit PendingChangesPane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override { return m_info.title; }
    void setSession(InstanceSession *session) override;

    void push(const QStringList &changeIds);

private:
    void refresh();
    void updateButtons();
    QStringList selectedChangeIds() const;
    void discardSelected();
    void resolveSelected(bool keepMine);
    void onPushFinished(const PushOutcome &outcome);
    void addHistoryItem(const PushRecord &record);

    PaneInfo m_info;
    QPointer<InstanceSession> m_session;
    QString m_lastOutcome; // what the last push, discard or resolution said
    QStackedWidget *m_stack;
    EmptyStatePane *m_empty;
    ChangesTreeModel *m_model;
    QTreeView *m_view;
    QPushButton *m_pushAll;
    QPushButton *m_pushSelected;
    QPushButton *m_discard;
    QPushButton *m_keepMine;
    QPushButton *m_takeServers;
    QCheckBox *m_stopOnError;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTreeWidget *m_history;
};
