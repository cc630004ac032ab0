#pragma once

#include "panes/Pane.h"
#include "panes/PaneCatalog.h"

#include <QPointer>

class EmptyStatePane;
class ModelsTableModel;
class ModelTestView;
class QLabel;
class QLineEdit;
class QPushButton;
class ModelsFilterModel;
class QStackedWidget;
class QTableView;

// GitLab's Self-hosted models tab, from the workspace: every model (no 100-row cap) with the
// drafts applied and marked, sorted and filtered here; add, edit, duplicate and delete record
// changes that wait in Pending changes until pushed.
class ModelsPane : public Pane
{
    Q_OBJECT

public:
    explicit ModelsPane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override { return m_info.title; }
    void setSession(InstanceSession *session) override;

    QStringList selectedModelIds() const;
    // The form, for a new model (empty id), an edit, or a copy of `id` as a new draft.
    void openForm(const QString &id, bool duplicate = false);
    void deleteSelected();
    void testSelected();

Q_SIGNALS:
    void featuresPaneRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void updateState();
    void updateButtons();

    PaneInfo m_info;
    QPointer<InstanceSession> m_session;
    QStackedWidget *m_stack;
    EmptyStatePane *m_empty;
    ModelsTableModel *m_model;
    ModelsFilterModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_state;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QPushButton *m_test;
    ModelTestView *m_testView;
    bool m_paintLogged = false; // the first painted list, once per session (bench_models)
};
