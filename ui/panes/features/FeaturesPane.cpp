#include "FeaturesPane.h"

#include "FeatureDialogs.h"
#include "WidgetHelpers.h"
#include "base/AppSettings.h"
#include "model/EffectiveView.h"
#include "model/FeatureRouting.h"
#include "panes/EmptyStatePane.h"
#include "session/InstanceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

enum Column { FeatureColumn, ModelColumn, NoteColumn };
constexpr int FeatureRole = Qt::UserRole + 1;

// A group heading inside a selector: shown, never chosen.
void addHeading(QComboBox *box, const QString &text)
{
    box->addItem(text);
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model())) {
        QStandardItem *item = model->item(box->count() - 1);
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

} // namespace

FeaturesPane::FeaturesPane(const PaneInfo &info, QWidget *parent) : Pane(parent), m_info(info)
{
    const Frame parts = frame(info);
    m_empty = parts.empty;
    QWidget *page = parts.page;
    QVBoxLayout *layout = parts.layout;

    m_applySection = named(new QPushButton(tr("Apply to section…"), page), "applyToSection",
                           tr("Apply the selected feature's model to all its section's features"));
    m_assignSelected = named(new QPushButton(tr("Set selected…"), page), "assignSelected",
                             tr("Set one model for the selected features"));
    m_allowlist = named(new QPushButton(tr("Model allowlist…"), page), "editAllowlist",
                        tr("Edit the selected feature's model allowlist"));
    m_refresh = named(new QPushButton(tr("Refresh"), page), "refreshFeatures",
                      tr("Read the feature settings from GitLab again"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_applySection, m_assignSelected, m_allowlist, m_refresh})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_state = WidgetHelpers::textLabel({}, QStringLiteral("featuresState"), page);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    m_tree = named(new QTreeWidget(page), "featuresTree", tr("AI-native features"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Features"), tr("Model"), tr("Notes")});
    m_tree->headerItem()->setToolTip(ModelColumn, tr("Select the model for the feature"));
    named(m_tree->header(), "featuresTreeHeader", tr("Feature columns"));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnWidth(FeatureColumn, 300);
    m_tree->setColumnWidth(ModelColumn, 320);
    layout->addWidget(m_tree, 1);

    m_message = WidgetHelpers::textLabel({}, QStringLiteral("featuresMessage"), page);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &FeaturesPane::updateButtons);
    connect(m_applySection, &QPushButton::clicked, this, &FeaturesPane::applyToSection);
    connect(m_assignSelected, &QPushButton::clicked, this, &FeaturesPane::assignSelected);
    connect(m_allowlist, &QPushButton::clicked, this, &FeaturesPane::editAllowlist);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refreshFromGitLab(m_session, m_state, tr("Reading the feature settings from GitLab…"),
                          [this] { updateState(); });
    });

    m_stack = WidgetHelpers::emptyOrPage(this, m_empty, page);
    updateButtons();
}

void FeaturesPane::setSession(InstanceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_empty->setSession(session);
    m_message->clear();
    if (m_session) {
        connect(m_session, &InstanceSession::stateChanged, this, &FeaturesPane::updateState);
        connect(m_session, &InstanceSession::workspaceReady, this, &FeaturesPane::reload);
        connect(m_session, &InstanceSession::workspaceChanged, this, &FeaturesPane::rebuild);
        connect(m_session, &InstanceSession::refreshed, this, &FeaturesPane::updateState);
        connect(m_session, &InstanceSession::pushFinished, m_message, &QLabel::clear);
    }
    reload();
}

void FeaturesPane::reload()
{
    const bool usable = m_session && m_session->isWorkspaceOpen();
    m_stack->setCurrentIndex(usable ? 1 : 0);
    rebuild();
}

// A few dozen rows: rebuilt whole on a change, keeping the selection and the scroll position.
void FeaturesPane::rebuild()
{
    const QStringList selected = selectedFeatures();
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    if (m_session && m_session->isWorkspaceOpen()) {
        const EffectiveView &view = m_session->view();
        // Read and sorted once for every row's selector.
        const QList<EffectiveModel> models = FeatureRouting::inSelectorOrder(view.models());
        for (const FeatureRouting::Section &section : FeatureRouting::sections(view.features())) {
            auto *heading = new QTreeWidgetItem(m_tree, {section.title});
            heading->setFirstColumnSpanned(true);
            heading->setFlags(Qt::ItemIsEnabled);
            QFont font = heading->font(FeatureColumn);
            font.setBold(true);
            heading->setFont(FeatureColumn, font);
            for (const FeatureSetting &setting : section.features) {
                QTreeWidgetItem *row = addRow(heading, setting, models);
                row->setSelected(selected.contains(setting.feature));
            }
        }
        m_tree->expandAll();
    }
    m_tree->verticalScrollBar()->setValue(scroll);
    updateState();
}

QTreeWidgetItem *FeaturesPane::addRow(QTreeWidgetItem *section, const FeatureSetting &setting,
                                      const QList<EffectiveModel> &models)
{
    const EffectiveView &view = m_session->view();
    const QString badge = FeatureRouting::badge(setting.releaseState);
    const QString title = FeatureRouting::title(setting);
    auto *row =
        new QTreeWidgetItem(section, {badge.isEmpty() ? title : tr("%1 [%2]").arg(title, badge)});
    row->setData(FeatureColumn, FeatureRole, setting.feature);
    row->setToolTip(FeatureColumn, setting.feature);

    QStringList notes;
    const Change *pending = view.featureChange(setting.feature);
    if (pending)
        notes << (pending->status == Change::Status::Pending
                      ? tr("Pending")
                      : tr("Pending (%1)").arg(pending->error));
    const QString problem = FeatureRouting::problem(view, setting);
    if (!problem.isEmpty())
        notes << problem;
    if (setting.hasAllowlist() && setting.allowList.value(QLatin1String("enabled")).toBool())
        notes << tr("Allowlist on");
    row->setText(NoteColumn, notes.join(QStringLiteral(" · ")));
    row->setToolTip(NoteColumn, notes.join(QLatin1Char('\n')));
    if (!problem.isEmpty())
        row->setIcon(NoteColumn, QIcon(QStringLiteral(":/icons/warning.svg")));

    auto *box = new QComboBox(m_tree);
    box->setObjectName(QLatin1String("featureModel_") + setting.feature.toLower());
    box->setAccessibleName(tr("Model for %1").arg(title));
    box->setToolTip(tr("Compatible models"));
    const QJsonObject current = setting.assignment();
    const bool vendored = vendoredOffered();
    const QList<FeatureRouting::Choice> choices =
        FeatureRouting::choices(models, setting, vendored);
    QString group;
    int currentIndex = -1;
    for (const FeatureRouting::Choice &choice : choices) {
        if (choice.group != group) {
            addHeading(box, choice.group);
            group = choice.group;
        }
        box->addItem(choice.text, choice.assignment);
        if (choice.assignment == current)
            currentIndex = box->count() - 1;
    }
    if (currentIndex < 0) {
        // Unassigned, or a model the selector does not offer (deleted, incompatible).
        box->insertItem(0, FeatureRouting::assignmentText(view, setting), current);
        currentIndex = 0;
    }
    box->setCurrentIndex(currentIndex);
    connect(box, &QComboBox::activated, this,
            [this, feature = setting.feature, box] { chosen(feature, box); });
    m_tree->setItemWidget(row, ModelColumn, box);
    row->setSizeHint(ModelColumn, box->sizeHint());
    return row;
}

void FeaturesPane::chosen(const QString &feature, QComboBox *box)
{
    const QJsonObject assignment = box->currentData().toJsonObject();
    const std::optional<FeatureSetting> setting = m_session->view().feature(feature);
    if (setting && assignment == setting->assignment())
        return;
    assign({feature}, assignment, false);
    rebuild(); // back to what is recorded when the choice was refused or cancelled
}

// GitLab-managed models per feature came with 18.3 (offeredModelRef); before the shape is known,
// the providers recorded say.
bool FeaturesPane::vendoredOffered() const
{
    const ApiShape shape = m_session->apiShape();
    return shape.known
               ? shape.offeredModelRef
               : shape.providers.isEmpty() || shape.providers.contains(FeatureSetting::vendored);
}

bool FeaturesPane::consentToGitLabModel(const QString &name)
{
    if (AppSettings::get(AppSettings::gitlabModelConsent))
        return true;
    bool doNotAskAgain = false;
    if (!FeatureDialogs::gitlabModelConsent(this, name, &doNotAskAgain))
        return false;
    if (doNotAskAgain)
        AppSettings::set(AppSettings::gitlabModelConsent, true);
    return true;
}

void FeaturesPane::assign(const QStringList &features, const QJsonObject &assignment, bool confirm)
{
    if (!m_session || features.isEmpty())
        return;
    const EffectiveView &view = m_session->view();
    const QString provider = assignment.value(QLatin1String("provider")).toString();
    FeatureDialogs::Plan plan = FeatureDialogs::plan(view, features, assignment);
    if (provider == FeatureSetting::vendored && !plan.changes.isEmpty() &&
        !consentToGitLabModel(plan.choiceText))
        return;
    if (confirm && !FeatureDialogs::confirm(this, plan))
        return;
    if (plan.features.isEmpty()) {
        m_message->setText(plan.skipped.isEmpty() ? tr("Nothing to change.")
                                                  : plan.skipped.join(QLatin1Char('\n')));
        return;
    }
    QJsonObject values = assignment;
    values.insert(QStringLiteral("features"), QJsonArray::fromStringList(plan.features));
    m_session->record({Change::Kind::SetFeatures, {}, values}, {}, this,
                      [this, plan](const Outcome &outcome, const std::optional<Change> &) {
                          m_message->setText(outcome.ok() ? plan.summary : outcome.message);
                          rebuild();
                      });
}

void FeaturesPane::applyToSection()
{
    const QStringList selected = selectedFeatures();
    if (!m_session || selected.size() != 1)
        return;
    const EffectiveView &view = m_session->view();
    const std::optional<FeatureSetting> setting = view.feature(selected.first());
    if (!setting)
        return;
    QStringList section;
    for (const FeatureSetting &other : view.features()) {
        if (FeatureRouting::sectionOf(other) == FeatureRouting::sectionOf(*setting))
            section << other.feature;
    }
    assign(section, setting->assignment(), true);
}

void FeaturesPane::assignSelected()
{
    const QStringList selected = selectedFeatures();
    if (!m_session || selected.isEmpty())
        return;
    const std::optional<QJsonObject> assignment =
        FeatureDialogs::chooseForSeveral(this, m_session->view(), selected, vendoredOffered());
    if (assignment)
        assign(selected, *assignment, true);
}

void FeaturesPane::editAllowlist()
{
    const QStringList selected = selectedFeatures();
    if (!m_session || selected.size() != 1)
        return;
    const std::optional<FeatureSetting> setting = m_session->view().feature(selected.first());
    if (!setting || !setting->hasAllowlist())
        return;
    const std::optional<QJsonObject> fields = FeatureDialogs::editAllowlist(this, *setting);
    if (!fields)
        return;
    m_session->record({Change::Kind::SetAllowlist, setting->feature, *fields}, {}, this,
                      [this](const Outcome &outcome, const std::optional<Change> &) {
                          m_message->setText(outcome.ok()
                                                 ? tr("The allowlist change waits in Pending "
                                                      "changes.")
                                                 : outcome.message);
                          rebuild();
                      });
}

QStringList FeaturesPane::selectedFeatures() const
{
    QStringList features;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const QString feature = item->data(FeatureColumn, FeatureRole).toString();
        if (!feature.isEmpty())
            features << feature;
    }
    return features;
}

void FeaturesPane::updateState()
{
    updateButtons();
    if (!m_session || !m_session->isWorkspaceOpen())
        return;
    const EffectiveView &view = m_session->view();
    const InstanceSession::State state = m_session->state();
    QStringList lines;
    if (!view.snapshotExists()) {
        if (state == InstanceSession::State::Connecting || m_session->isRefreshing())
            lines << tr("Loading the feature settings…");
        else
            lines << tr("Never read from GitLab: connect to the instance to see its features.");
    } else if (state != InstanceSession::State::Connected) {
        lines << tr("Offline: as read from GitLab on %1. Choices wait in Pending changes.")
                     .arg(QLocale().toString(view.snapshotTakenAt().toLocalTime(),
                                             QLocale::ShortFormat));
    }
    if (state == InstanceSession::State::Failed)
        lines << m_session->error().userMessage();
    const bool noFeatures = view.features().isEmpty();
    if (view.snapshotExists() && view.featuresHidden())
        lines << InstanceSession::featuresHiddenMessage();
    else if (view.snapshotExists() && noFeatures)
        lines << tr("This GitLab lists no AI-native features (GitLab 17.4 and later do).");
    if (view.snapshotExists() && !noFeatures && view.models().isEmpty())
        lines << tr("No self-hosted model is configured. Add one under Self-hosted models to "
                    "route features to it.");
    if (view.snapshotExists() && !FeatureRouting::betaShown(view))
        lines << tr("More features are available in beta. Turn on AI-native beta features in "
                    "GitLab (Admin > GitLab Duo > Change configuration) to see them.");
    m_state->setText(lines.join(QLatin1Char('\n')));
}

void FeaturesPane::updateButtons()
{
    const bool usable = m_session && m_session->isWorkspaceOpen();
    const QStringList selected = usable ? selectedFeatures() : QStringList();
    std::optional<FeatureSetting> one;
    if (selected.size() == 1)
        one = m_session->view().feature(selected.first());
    const bool assigned = one && (one->provider == FeatureSetting::selfHosted ||
                                  one->provider == FeatureSetting::vendored);
    m_applySection->setEnabled(assigned);
    m_applySection->setToolTip(
        !one ? tr("Select one feature: its model is applied to its whole section.")
        : assigned
            ? tr("Apply to all %1 sub-features")
                  .arg(FeatureRouting::sectionTitle(FeatureRouting::sectionOf(*one)))
            : tr("Assign a model to %1 before applying to all").arg(FeatureRouting::title(*one)));
    m_assignSelected->setEnabled(!selected.isEmpty());
    m_allowlist->setEnabled(one && one->hasAllowlist());
    m_refresh->setEnabled(usable && m_session->state() == InstanceSession::State::Connected &&
                          !m_session->isRefreshing());
}
