#include "SubscriptionPane.h"

#include "EmptyStatePane.h"
#include "SubscriptionSyncWatch.h"
#include "WidgetHelpers.h"
#include "base/SafeText.h"
#include "session/InstanceSession.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

std::function<bool(const QUrl &)> urlOpener = [](const QUrl &url) {
    return QDesktopServices::openUrl(url);
};

// Everything the server says is shown as plain text, its control characters escaped.
QString shown(const QString &server)
{
    return SafeText::forDisplay(server);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : SubscriptionPane::tr("never");
}

QString planText(const QString &plan)
{
    return shown(plan.left(1).toUpper() + plan.mid(1));
}

} // namespace

SubscriptionPane::SubscriptionPane(const PaneInfo &info, QWidget *parent)
    : Pane(parent), m_info(info), m_watch(new SubscriptionSyncWatch(this))
{
    const Frame parts = frame(info);
    m_empty = parts.empty;
    QWidget *details = parts.page;
    details->setObjectName(QStringLiteral("subscriptionDetails"));
    QVBoxLayout *layout = parts.layout;
    m_readState = WidgetHelpers::textLabel({}, QStringLiteral("subscriptionReadState"), details);
    layout->addWidget(m_readState);

    auto *licenseBox = new QGroupBox(tr("License"), details);
    auto *licenseForm = new QFormLayout(licenseBox);
    m_type = addRow(licenseForm, tr("Type:"), "subscriptionType");
    m_plan = addRow(licenseForm, tr("Plan:"), "subscriptionPlan");
    m_licensee = addRow(licenseForm, tr("Licensed to:"), "subscriptionLicensee");
    m_start = addRow(licenseForm, tr("Start date:"), "subscriptionStart");
    m_end = addRow(licenseForm, tr("End date:"), "subscriptionEnd");
    m_activated = addRow(licenseForm, tr("Activated:"), "subscriptionActivated");
    m_lastSync = addRow(licenseForm, tr("Last sync:"), "subscriptionLastSync");
    m_seats = addRow(licenseForm, tr("Seats in subscription:"), "subscriptionSeats");
    m_billable = addRow(licenseForm, tr("Billable users:"), "subscriptionBillable");
    m_maximum = addRow(licenseForm, tr("Maximum users:"), "subscriptionMaximum");
    m_over = addRow(licenseForm, tr("Users over subscription:"), "subscriptionOver");
    layout->addWidget(licenseBox);

    // Synchronizing: no API, so the browser does it and the pane watches for it.
    auto *syncBox = new QGroupBox(tr("Synchronization"), details);
    auto *syncLayout = new QVBoxLayout(syncBox);
    m_syncAdvice = WidgetHelpers::textLabel({}, QStringLiteral("subscriptionSyncAdvice"), syncBox);
    syncLayout->addWidget(m_syncAdvice);
    auto *syncButtons = new QHBoxLayout;
    m_sync = named(new QPushButton(tr("Synchronize subscription…"), syncBox), "syncSubscription",
                   tr("Synchronize subscription"));
    m_sync->setToolTip(tr("GitLab has no API for synchronizing: this opens the subscription "
                          "page in your browser and watches Last sync until it changes."));
    m_stopWatching = named(new QPushButton(tr("Stop watching"), syncBox), "stopSyncWatch",
                           tr("Stop watching the last sync"));
    m_stopWatching->setVisible(false);
    m_readAgain = named(new QPushButton(tr("Read again"), syncBox), "readSubscriptionAgain",
                        tr("Read the subscription again"));
    syncButtons->addWidget(m_sync);
    syncButtons->addWidget(m_stopWatching);
    syncButtons->addWidget(m_readAgain);
    syncButtons->addStretch();
    syncLayout->addLayout(syncButtons);
    m_syncStatus = WidgetHelpers::textLabel({}, QStringLiteral("subscriptionSyncStatus"), syncBox);
    syncLayout->addWidget(m_syncStatus);
    layout->addWidget(syncBox);

    auto *duoBox = new QGroupBox(tr("GitLab Duo"), details);
    auto *duoForm = new QFormLayout(duoBox);
    m_duoForm = duoForm;
    m_addOns = addRow(duoForm, tr("Add-ons:"), "subscriptionAddOns");
    m_selfHosted = addRow(duoForm, tr("Self-hosted models:"), "subscriptionSelfHosted");
    m_whatToDo = addRow(duoForm, tr("What to do:"), "subscriptionWhatToDo");
    layout->addWidget(duoBox);

    auto *historyBox = new QGroupBox(tr("Subscription history"), details);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QStandardItemModel(this);
    m_historyView =
        addTable(m_history, "subscriptionHistory", tr("Subscription history"), historyBox);
    historyLayout->addWidget(m_historyView);
    layout->addWidget(historyBox);

    auto *futureBox = new QGroupBox(tr("Subscriptions to come"), details);
    auto *futureLayout = new QVBoxLayout(futureBox);
    m_future = new QStandardItemModel(this);
    m_futureView = addTable(m_future, "subscriptionFuture", tr("Subscriptions to come"), futureBox);
    futureLayout->addWidget(m_futureView);
    layout->addWidget(futureBox);

    auto *connectionBox = new QGroupBox(tr("This connection"), details);
    auto *connectionForm = new QFormLayout(connectionBox);
    m_gitlab = addRow(connectionForm, tr("GitLab:"), "subscriptionGitLab");
    m_token = addRow(connectionForm, tr("Token:"), "subscriptionToken");
    m_warnings = addRow(connectionForm, tr("To fix:"), "subscriptionWarnings");
    layout->addWidget(connectionBox);
    layout->addStretch();

    connect(m_sync, &QPushButton::clicked, this, &SubscriptionPane::synchronize);
    connect(m_readAgain, &QPushButton::clicked, this, &SubscriptionPane::readAgain);
    connect(m_stopWatching, &QPushButton::clicked, this, [this] {
        stopWatching();
        m_syncStatus->setText(
            tr("Stopped watching. Last sync: %1.").arg(timeText(m_license.lastSync)));
    });
    connect(m_watch, &SubscriptionSyncWatch::waiting, this,
            [this](std::chrono::seconds left, const QString &problem) {
                QString text =
                    m_instruction + QLatin1Char('\n') +
                    tr("Watching Last sync for %n more second(s)…", nullptr, int(left.count()));
                if (!problem.isEmpty())
                    text += QLatin1Char('\n') + tr("The last read failed: %1").arg(problem);
                m_syncStatus->setText(text);
            });
    connect(m_watch, &SubscriptionSyncWatch::synchronized, this, [this](const QDateTime &lastSync) {
        const QDateTime before = m_license.lastSync;
        stopWatching();
        m_syncStatus->setText(tr("The subscription synchronized: Last sync is now %1 "
                                 "(it was %2).")
                                  .arg(timeText(lastSync), timeText(before)));
        m_license.lastSync = lastSync;
        m_lastSync->setText(timeText(lastSync));
        readAgain();
    });
    connect(m_watch, &SubscriptionSyncWatch::gaveUp, this, [this] {
        stopWatching();
        m_syncStatus->setText(
            tr("Last sync did not change within %n minute(s). The synchronization may still be "
               "running, or GitLab could not reach its servers (the page in the browser says "
               "so); press Read again later.",
               nullptr,
               int(std::chrono::duration_cast<std::chrono::minutes>(SubscriptionSyncWatch::limit())
                       .count())));
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);

    m_stack = WidgetHelpers::emptyOrPage(this, m_empty, scroll);
}

void SubscriptionPane::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener = std::move(opener);
}

QLabel *SubscriptionPane::addRow(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    form->addRow(label, value);
    return value;
}

QTableView *SubscriptionPane::addTable(QStandardItemModel *model, const char *objectName,
                                       const QString &name, QWidget *parent)
{
    auto *view = named(new QTableView(parent), objectName, name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setObjectName(view->objectName() + QLatin1String("Header"));
    view->horizontalHeader()->setAccessibleName(tr("%1: columns").arg(name));
    view->verticalHeader()->setObjectName(view->objectName() + QLatin1String("Rows"));
    view->verticalHeader()->setAccessibleName(tr("%1: rows").arg(name));
    view->setCornerButtonEnabled(false);
    for (QAbstractButton *corner : view->findChildren<QAbstractButton *>()) {
        corner->setObjectName(view->objectName() + QLatin1String("Corner"));
        corner->setAccessibleName(tr("%1: select all").arg(name));
    }
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

void SubscriptionPane::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    stopWatching();
    m_syncStatus->clear();
    m_session = session;
    m_empty->setSession(session);
    if (m_session)
        connect(m_session, &InstanceSession::stateChanged, this, &SubscriptionPane::refresh);
    refresh();
}

void SubscriptionPane::refresh()
{
    const bool connected = m_session && m_session->state() == InstanceSession::State::Connected;
    m_stack->setCurrentIndex(connected ? 1 : 0);
    if (!connected) {
        stopWatching();
        return;
    }
    display(m_session->capabilities());
    readAgain();
}

void SubscriptionPane::readAgain()
{
    if (!m_session)
        return;
    m_readAgain->setEnabled(false);
    m_readState->setText(tr("Reading the subscription…"));
    m_session->readSubscription(this, [this](const SubscriptionInfo &info) {
        m_readAgain->setEnabled(true);
        showSubscription(info);
    });
}

void SubscriptionPane::display(const InstanceCapabilities &c)
{
    showLicense(c.license);
    showAddOns(c.addOns);
    m_selfHosted->setText(c.selfHostedModelsAllowed
                              ? tr("Available on this instance.")
                              : tr("Not available: %1").arg(shown(c.selfHostedModelsReason)));
    m_whatToDo->setText(c.selfHostedModelsAdvice());
    m_duoForm->setRowVisible(m_whatToDo, !c.selfHostedModelsAllowed);

    m_gitlab->setText(tr("%1 (revision %2), API shape %3")
                          .arg(shown(c.version), shown(c.revision), c.shape.name()));
    QString token =
        tr("%1 (%2); scopes: %3")
            .arg(shown(c.username), c.isAdmin ? tr("administrator") : tr("not an administrator"),
                 c.scopes.isEmpty() ? tr("unknown") : shown(c.scopes.join(QLatin1String(", "))));
    if (c.tokenExpiresAt.isValid())
        token += tr("; expires %1").arg(dateText(c.tokenExpiresAt));
    m_token->setText(token);
    const QStringList warnings = c.warnings();
    m_warnings->setText(warnings.isEmpty() ? tr("nothing") : warnings.join(QLatin1Char('\n')));
}

void SubscriptionPane::showLicense(const LicenseSummary &license)
{
    m_license = license;
    const QList<QLabel *> fields{m_type,     m_licensee, m_start,    m_end,     m_activated,
                                 m_lastSync, m_seats,    m_billable, m_maximum, m_over};
    if (!license.readable) {
        m_plan->setText(tr("This token cannot read the license (an administrator's token can)."));
        for (QLabel *label : fields)
            label->setText(QStringLiteral("—"));
        m_syncAdvice->setText(license.syncAdvice());
        return;
    }
    m_type->setText(shown(LicenseSummary::typeName(license.type)));
    m_plan->setText(license.trial ? tr("%1, trial").arg(planText(license.plan))
                                  : planText(license.plan));
    QStringList licensee;
    for (const QString &part : {license.licensee, license.email, license.company}) {
        if (!part.isEmpty())
            licensee << shown(part);
    }
    m_licensee->setText(licensee.isEmpty() ? QStringLiteral("—")
                                           : licensee.join(QLatin1Char('\n')));
    m_start->setText(dateText(license.startsAt));
    m_end->setText(dateText(license.expiresAt));
    m_activated->setText(dateText(license.activatedAt));
    m_lastSync->setText(
        license.synchronizes()
            ? timeText(license.lastSync)
            : tr("%1 (this license does not synchronize)").arg(timeText(license.lastSync)));
    m_seats->setText(QLocale().toString(license.seats));
    m_billable->setText(QLocale().toString(license.billableUsers));
    m_maximum->setText(QLocale().toString(license.maximumUsers));
    m_over->setText(QLocale().toString(license.usersOver));
    m_syncAdvice->setText(license.syncAdvice());
}

void SubscriptionPane::showAddOns(const QList<AddOnPurchase> &addOns)
{
    QStringList lines;
    for (const AddOnPurchase &addOn : addOns)
        lines << tr("%1: %2 of %3 seats assigned")
                     .arg(shown(AddOnPurchase::displayName(addOn.name)))
                     .arg(addOn.assigned)
                     .arg(addOn.purchased);
    m_addOns->setText(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
}

void SubscriptionPane::showEntries(QStandardItemModel *model, const QList<LicenseEntry> &entries,
                                   bool activation)
{
    model->clear();
    QStringList headers{tr("Type"), tr("Plan"), tr("Start date"), tr("End date")};
    if (activation)
        headers << tr("Activation date");
    headers << tr("Seats");
    model->setHorizontalHeaderLabels(headers);
    for (const LicenseEntry &entry : entries) {
        QList<QStandardItem *> row{new QStandardItem(shown(LicenseSummary::typeName(entry.type))),
                                   new QStandardItem(planText(entry.plan)),
                                   new QStandardItem(dateText(entry.startsAt)),
                                   new QStandardItem(dateText(entry.expiresAt))};
        if (activation)
            row << new QStandardItem(dateText(entry.activatedAt));
        row << new QStandardItem(QLocale().toString(entry.seats));
        model->appendRow(row);
    }
}

void SubscriptionPane::showSubscription(const SubscriptionInfo &info)
{
    if (!info.error.isEmpty()) {
        m_readState->setText(tr("The subscription could not be read: %1").arg(info.error));
        return;
    }
    m_readState->setText(tr("Read from GitLab at %1.")
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    showLicense(info.license);
    showAddOns(info.addOns);
    showEntries(m_history, info.history, true);
    showEntries(m_future, info.future, false);
    for (QTableView *view : {m_historyView, m_futureView})
        view->resizeColumnsToContents();
    m_futureView->setVisible(!info.future.isEmpty());
    m_futureView->parentWidget()->setVisible(!info.future.isEmpty());
}

void SubscriptionPane::synchronize()
{
    if (!m_session)
        return;
    if (!m_license.readable) {
        m_syncStatus->setText(m_license.syncAdvice());
        return;
    }
    if (!m_license.synchronizes()) {
        m_syncStatus->setText(
            tr("Synchronization does not apply to this license (%1): GitLab synchronizes only "
               "online licenses, activated with an activation code. See above for how a "
               "purchase reaches it.")
                .arg(shown(LicenseSummary::typeName(m_license.type))));
        return;
    }
    QUrl url = m_session->profile().connection.url;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QLatin1String("/admin/subscription"));
    if (!urlOpener(url)) {
        m_syncStatus->setText(tr("The browser could not be opened. Open %1, press the sync "
                                 "button next to Last sync, then press Read again here.")
                                  .arg(url.toDisplayString()));
        return;
    }
    m_instruction =
        tr("GitLab has no API for synchronizing a subscription, so its Subscription page is now "
           "open in your browser: press the sync button next to Last sync there. Duo Console "
           "watches Last sync (now %1) and says when it changes.")
            .arg(timeText(m_license.lastSync));
    m_syncStatus->setText(m_instruction);
    m_sync->setEnabled(false);
    m_stopWatching->setVisible(true);
    m_watch->start(m_session, m_license.lastSync);
}

void SubscriptionPane::stopWatching()
{
    m_watch->cancel();
    m_sync->setEnabled(true);
    m_stopWatching->setVisible(false);
}
