#pragma once

#include "Pane.h"
#include "PaneCatalog.h"
#include "model/License.h"

#include <QPointer>
#include <QUrl>
#include <functional>

class EmptyStatePane;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class SubscriptionSyncWatch;
struct InstanceCapabilities;

// The license as GitLab's Subscription page shows it (type, plan, licensee, dates, last sync,
// seats and users), its history and the subscriptions to come, the Duo add-ons and their
// seats, and whether this instance can use self-hosted models, with what to do when not.
// Synchronizing has no API: the pane opens the subscription page in the browser and watches
// the last sync until it moves. The empty state until connected.
class SubscriptionPane : public Pane
{
    Q_OBJECT

public:
    explicit SubscriptionPane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override { return m_info.title; }
    void setSession(InstanceSession *session) override;

    // Opens a URL in the browser (QDesktopServices); tests replace it.
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);

    void synchronize();
    void readAgain();

private:
    void refresh();
    void display(const InstanceCapabilities &capabilities);
    void showLicense(const LicenseSummary &license);
    void showAddOns(const QList<AddOnPurchase> &addOns);
    void showEntries(QStandardItemModel *model, const QList<LicenseEntry> &entries,
                     bool activation);
    void showSubscription(const SubscriptionInfo &info);
    void stopWatching();
    QLabel *addRow(QFormLayout *form, const QString &label, const char *objectName);
    QTableView *addTable(QStandardItemModel *model, const char *objectName, const QString &name,
                         QWidget *parent);

    PaneInfo m_info;
    QPointer<InstanceSession> m_session;
    LicenseSummary m_license; // the latest read
    QString m_instruction;    // what to do in the browser, while watching
    QStackedWidget *m_stack;
    EmptyStatePane *m_empty;
    QLabel *m_type;
    QLabel *m_plan;
    QLabel *m_licensee;
    QLabel *m_start;
    QLabel *m_end;
    QLabel *m_activated;
    QLabel *m_lastSync;
    QLabel *m_seats;
    QLabel *m_billable;
    QLabel *m_maximum;
    QLabel *m_over;
    QLabel *m_readState;
    QStandardItemModel *m_history;
    QStandardItemModel *m_future;
    QTableView *m_historyView;
    QTableView *m_futureView;
    QLabel *m_addOns;
    QLabel *m_selfHosted;
    QLabel *m_whatToDo;
    QFormLayout *m_duoForm;
    QLabel *m_syncAdvice;
    QLabel *m_syncStatus;
    QPushButton *m_sync;
    QPushButton *m_stopWatching;
    QPushButton *m_readAgain;
    SubscriptionSyncWatch *m_watch;
    QLabel *m_gitlab;
    QLabel *m_token;
    QLabel *m_warnings;
};
