#include "SubscriptionPane.h"

#include "EmptyStatePane.h"
#include "WidgetHelpers.h"
#include "base/SafeText.h"
#include "session/InstanceSession.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString addOnName(const QString &name)
{
    if (name == QLatin1String("DUO_ENTERPRISE"))
        return SubscriptionPane::tr("GitLab Duo Enterprise");
    if (name == QLatin1String("CODE_SUGGESTIONS"))
        return SubscriptionPane::tr("GitLab Duo Pro");
    if (name == QLatin1String("DUO_CORE"))
        return SubscriptionPane::tr("GitLab Duo Core");
    if (name == QLatin1String("DUO_AMAZON_Q"))
        return SubscriptionPane::tr("GitLab Duo with Amazon Q");
    if (name == QLatin1String("SELF_HOSTED_DAP"))
        return SubscriptionPane::tr("Self-hosted Duo Agent Platform");
    return name;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

SubscriptionPane::SubscriptionPane(const PaneInfo &info, QWidget *parent)
    : Pane(parent), m_info(info)
{
    setObjectName(info.id + QLatin1String("Pane"));
    setAccessibleName(info.title);

    m_empty = new EmptyStatePane(info, this);
    connect(m_empty, &Pane::addInstanceRequested, this, &Pane::addInstanceRequested);

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("subscriptionDetails"));
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(24, 20, 24, 20);

    WidgetHelpers::addPaneHeader(layout, info, details);

    auto *licenseBox = new QGroupBox(tr("License"), details);
    auto *licenseForm = new QFormLayout(licenseBox);
    m_plan = addRow(licenseForm, tr("Plan:"), "subscriptionPlan");
    m_licensee = addRow(licenseForm, tr("Licensee:"), "subscriptionLicensee");
    m_period = addRow(licenseForm, tr("Valid:"), "subscriptionPeriod");
    m_lastSync = addRow(licenseForm, tr("Last sync:"), "subscriptionLastSync");
    m_seats = addRow(licenseForm, tr("Seats:"), "subscriptionSeats");
    layout->addWidget(licenseBox);

    auto *duoBox = new QGroupBox(tr("GitLab Duo"), details);
    auto *duoForm = new QFormLayout(duoBox);
    m_addOns = addRow(duoForm, tr("Add-ons:"), "subscriptionAddOns");
    m_selfHosted = addRow(duoForm, tr("Self-hosted models:"), "subscriptionSelfHosted");
    layout->addWidget(duoBox);

    auto *connectionBox = new QGroupBox(tr("This connection"), details);
    auto *connectionForm = new QFormLayout(connectionBox);
    m_gitlab = addRow(connectionForm, tr("GitLab:"), "subscriptionGitLab");
    m_token = addRow(connectionForm, tr("Token:"), "subscriptionToken");
    m_warnings = addRow(connectionForm, tr("To fix:"), "subscriptionWarnings");
    layout->addWidget(connectionBox);

    auto *openPage = new QPushButton(tr("Open the subscription page in GitLab"), details);
    openPage->setObjectName(QStringLiteral("openSubscriptionPage"));
    openPage->setAccessibleName(openPage->text());
    openPage->setToolTip(tr("Synchronizing the subscription has no API: it is done in GitLab's "
                            "Admin area."));
    connect(openPage, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        QUrl url = m_session->profile().connection.url;
        url.setPath(url.path() + QLatin1String("/admin/subscription"));
        QDesktopServices::openUrl(url);
    });
    layout->addWidget(openPage, 0, Qt::AlignLeft);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);

    m_stack = WidgetHelpers::emptyOrPage(this, m_empty, scroll);
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

void SubscriptionPane::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
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
    if (connected)
        display(m_session->capabilities());
}

void SubscriptionPane::display(const InstanceCapabilities &c)
{
    // Everything the server says is shown as plain text, its control characters escaped.
    const auto shown = [](const QString &server) {
        return SafeText::forDisplay(server);
    };
    const LicenseSummary &license = c.license;
    if (license.readable) {
        m_plan->setText(tr("%1 (%2)%3")
                            .arg(shown(license.plan.left(1).toUpper() + license.plan.mid(1)),
                                 shown(license.type), license.trial ? tr(", trial") : QString()));
        m_licensee->setText(license.company.isEmpty() ? shown(license.licensee)
                                                      : tr("%1, %2").arg(shown(license.licensee),
                                                                         shown(license.company)));
        m_period->setText(
            tr("%1 to %2").arg(dateText(license.startsAt), dateText(license.expiresAt)));
        m_lastSync->setText(
            license.lastSync.isValid()
                ? QLocale().toString(license.lastSync.toLocalTime(), QLocale::ShortFormat)
                : tr("never"));
        m_seats->setText(tr("%1 in the subscription, %2 billable users")
                             .arg(license.seats)
                             .arg(license.billableUsers));
    } else {
        m_plan->setText(tr("This token cannot read the license (an administrator's token can)."));
        for (QLabel *label : {m_licensee, m_period, m_lastSync, m_seats})
            label->setText(QStringLiteral("—"));
    }

    QStringList addOns;
    for (const AddOnPurchase &addOn : c.addOns)
        addOns << tr("%1: %2 of %3 seats assigned")
                      .arg(shown(addOnName(addOn.name)))
                      .arg(addOn.assigned)
                      .arg(addOn.purchased);
    m_addOns->setText(addOns.isEmpty() ? tr("none") : addOns.join(QLatin1Char('\n')));
    m_selfHosted->setText(c.selfHostedModelsAllowed
                              ? tr("Available on this instance.")
                              : tr("Not available: %1").arg(shown(c.selfHostedModelsReason)));

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
