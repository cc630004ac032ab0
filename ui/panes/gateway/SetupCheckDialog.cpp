#include "SetupCheckDialog.h"

#include "WidgetHelpers.h"
#include "session/InstanceSession.h"
#include "session/SetupCheck.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

// A sign beside the word, so the outcome reads at a glance.
QString statusText(SetupItem::Status status)
{
    switch (status) {
    case SetupItem::Status::Pass:
        return QStringLiteral("✔ ") + SetupItem::statusText(status);
    case SetupItem::Status::Warning:
        return QStringLiteral("⚠ ") + SetupItem::statusText(status);
    case SetupItem::Status::Fail:
        return QStringLiteral("✘ ") + SetupItem::statusText(status);
    default:
        return SetupItem::statusText(status);
    }
}

} // namespace

SetupCheckDialog::SetupCheckDialog(InstanceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("setupCheckDialog"));
    setWindowTitle(tr("Setup check"));
    setAccessibleName(windowTitle());
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(WidgetHelpers::textLabel(
        tr("Every link from GitLab to a working self-hosted model, checked at once: unlike "
           "GitLab's own check, one failure does not stop the others."),
        QStringLiteral("setupCheckIntro"), this));
    m_items = named(new QTreeWidget(this), "setupCheckItems", tr("Setup check results"));
    m_items->setHeaderLabels({tr("Check"), tr("Result"), tr("Time"), tr("Details")});
    named(m_items->header(), "setupCheckHeader", tr("Setup check columns"));
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->setColumnWidth(0, 280);
    m_items->setColumnWidth(1, 90);
    m_items->setColumnWidth(2, 70);
    layout->addWidget(m_items, 1);
    m_progress = WidgetHelpers::textLabel({}, QStringLiteral("setupCheckProgress"), this);
    layout->addWidget(m_progress);

    auto *row = new QHBoxLayout;
    m_allModels = named(new QCheckBox(tr("Test every model, not only those features use"), this),
                        "setupCheckAllModels", tr("Test every model"));
    m_run = named(new QPushButton(tr("Run again"), this), "runSetupCheck", tr("Run the check"));
    m_cancel =
        named(new QPushButton(tr("Cancel"), this), "cancelSetupCheck", tr("Cancel the check"));
    m_copyMarkdown = named(new QPushButton(tr("Copy report"), this), "copySetupReport",
                           tr("Copy the report as Markdown"));
    m_copyJson = named(new QPushButton(tr("Copy JSON"), this), "copySetupJson",
                       tr("Copy the report as JSON"));
    auto *close = named(new QPushButton(tr("Close"), this), "closeSetupCheck", tr("Close"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_allModels, m_run, m_cancel})
        row->addWidget(w);
    row->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_copyMarkdown, m_copyJson, close})
        row->addWidget(w);
    layout->addLayout(row);

    connect(m_run, &QPushButton::clicked, this, &SetupCheckDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_check)
            m_check->cancel();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_copyMarkdown, &QPushButton::clicked, this, [this] {
        if (m_check)
            QGuiApplication::clipboard()->setText(m_check->report().markdown());
    });
    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        if (m_check)
            QGuiApplication::clipboard()->setText(
                QString::fromUtf8(QJsonDocument(m_check->report().toJson()).toJson()));
    });
}

void SetupCheckDialog::run()
{
    if (!m_session)
        return;
    if (m_check)
        m_check->deleteLater();
    m_check = new SetupCheck(m_session, {m_allModels->isChecked(), 3}, this);
    m_items->clear();
    connect(m_check, &SetupCheck::itemChanged, this, &SetupCheckDialog::showItem);
    connect(m_check, &SetupCheck::finished, this, &SetupCheckDialog::finished);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setText(tr("Checking…"));
    m_check->start();
    for (int i = 0; i < m_check->report().items.size(); ++i)
        showItem(i);
}

void SetupCheckDialog::showItem(int index)
{
    const SetupItem &item = m_check->report().items.at(index);
    while (m_items->topLevelItemCount() <= index)
        new QTreeWidgetItem(m_items);
    QTreeWidgetItem *row = m_items->topLevelItem(index);
    row->setText(0, item.title);
    row->setText(1, statusText(item.status));
    row->setText(2, item.ms < 0 ? QString() : tr("%1 ms").arg(item.ms));
    QString details = item.message;
    if (!item.fix.isEmpty() && item.status != SetupItem::Status::Pass)
        details += QLatin1Char('\n') + tr("Fix: %1").arg(item.fix);
    row->setText(3, details);
    row->setToolTip(3, details);
    const SetupReport &report = m_check->report();
    const int done = int(report.items.size()) - report.count(SetupItem::Status::Waiting) -
                     report.count(SetupItem::Status::Running);
    m_progress->setText(tr("%1 of %2 checked").arg(done).arg(report.items.size()));
}

void SetupCheckDialog::finished()
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setText(m_check->report().countsText());
}
