#pragma once

#include "Pane.h"
#include "PaneCatalog.h"

#include <QPointer>

class EmptyStatePane;
class QFormLayout;
class QLabel;
class QStackedWidget;
struct InstanceCapabilities;

// License, Duo add-ons and seats, and whether self-hosted models are available, as learnt when
// connecting; the empty state until then.
class SubscriptionPane : public Pane
{
    Q_OBJECT

public:
    explicit SubscriptionPane(const PaneInfo &info, QWidget *parent = nullptr);

    QString title() const override { return m_info.title; }
    void setSession(InstanceSession *session) override;

private:
    void refresh();
    void display(const InstanceCapabilities &capabilities);
    QLabel *addRow(QFormLayout *form, const QString &label, const char *objectName);

    PaneInfo m_info;
    QPointer<InstanceSession> m_session;
    QStackedWidget *m_stack;
    EmptyStatePane *m_empty;
    QLabel *m_plan;
    QLabel *m_licensee;
    QLabel *m_period;
    QLabel *m_lastSync;
    QLabel *m_seats;
    QLabel *m_addOns;
    QLabel *m_selfHosted;
    QLabel *m_gitlab;
    QLabel *m_token;
    QLabel *m_warnings;
};
