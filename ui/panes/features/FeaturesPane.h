#pragma once

#include "panes/Pane.h"
#include "panes/PaneCatalog.h"

#include <QJsonObject>
#include <QPointer>

class EmptyStatePane;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
struct EffectiveModel;
struct FeatureSetting;

// GitLab's AI-native features tab, from the workspace: the instance's features by section in
// GitLab's order, each with a selector of the models it can take (drafts included, so it works
// offline), what an unassigned one actually uses, apply to a section and bulk assignment with
// a confirmation that lists every change. Each choice records a change for Pending changes.
class FeaturesPane : public Pane
{
    Q_OBJECT

public:
    explicit FeaturesPane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override { return m_info.title; }
    void setSession(InstanceSession *session) override;

    // Records `assignment` for `features` after the confirmations it needs (GitLab's consent
    // to a GitLab-managed model; the list of changes and skipped rows when `confirm`).
    void assign(const QStringList &features, const QJsonObject &assignment, bool confirm);
    void applyToSection();
    void assignSelected();
    void editAllowlist();
    QStringList selectedFeatures() const;

private:
    void reload();
    void rebuild();
    void updateState();
    void updateButtons();
    // `models`: the live models, FeatureRouting::inSelectorOrder.
    QTreeWidgetItem *addRow(QTreeWidgetItem *section, const FeatureSetting &setting,
                            const QList<EffectiveModel> &models);
    void chosen(const QString &feature, QComboBox *box);
    bool consentToGitLabModel(const QString &name);
    bool vendoredOffered() const;

    PaneInfo m_info;
    QPointer<InstanceSession> m_session;
    QStackedWidget *m_stack;
    EmptyStatePane *m_empty;
    QTreeWidget *m_tree;
    QLabel *m_state;
    QLabel *m_message; // the last refusal or what was recorded
    QPushButton *m_applySection;
    QPushButton *m_assignSelected;
    QPushButton *m_allowlist;
    QPushButton *m_refresh;
};
