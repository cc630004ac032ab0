#include "ModelDeletion.h"

#include "WidgetHelpers.h"
#include "base/SafeText.h"
#include "model/EnumNames.h"
#include "session/InstanceSession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

struct Target
{
    QString id;
    QString name;
    QStringList features;
};

// Models that could serve every feature the doomed models serve, and are not doomed.
QList<const EffectiveModel *> successors(const EffectiveView &view, const QList<Target> &doomed)
{
    QStringList doomedIds;
    QStringList features;
    for (const Target &t : doomed) {
        doomedIds << t.id;
        features << t.features;
    }
    QList<const EffectiveModel *> result;
    for (const EffectiveModel &row : view.models()) {
        if (doomedIds.contains(row.model.id))
            continue;
        const bool fits = std::all_of(features.cbegin(), features.cend(), [&](const QString &f) {
            const std::optional<FeatureSetting> setting = view.feature(f);
            return !setting || setting->accepts(row.model.family);
        });
        if (fits)
            result << view.model(row.model.id);
    }
    return result;
}

// Records the deletes one after the other; says what was refused, if anything.
void record(QPointer<InstanceSession> session, QList<Target> targets, QJsonObject values,
            QPointer<QWidget> parent, QStringList problems = {})
{
    if (!session)
        return;
    if (targets.isEmpty()) {
        if (!problems.isEmpty() && parent)
            QMessageBox::warning(parent, ModelDeletion::tr("Delete self-hosted model"),
                                 problems.join(QLatin1Char('\n')));
        return;
    }
    const Target target = targets.takeFirst();
    QJsonObject own = values;
    if (target.features.isEmpty())
        own = {};
    session->record({Change::Kind::DeleteModel, target.id, own}, {}, session,
                    [session, targets, values, parent, problems,
                     target](const Outcome &outcome, const std::optional<Change> &) mutable {
                        if (!outcome.ok())
                            problems << QStringLiteral("%1: %2").arg(target.name, outcome.message);
                        record(session, targets, values, parent, problems);
                    });
}

} // namespace

void ModelDeletion::run(InstanceSession *session, const QStringList &modelIds, QWidget *parent,
                        std::function<void()> showFeatures)
{
    const EffectiveView &view = session->view();
    QList<Target> targets;
    QStringList inUse;
    for (const QString &id : modelIds) {
        const EffectiveModel *row = view.liveModel(id);
        if (!row)
            continue; // already to be deleted
        Target t{id, SafeText::forDisplay(row->model.name), view.featuresServedBy(id)};
        if (!t.features.isEmpty()) {
            QStringList titles;
            for (const QString &f : std::as_const(t.features))
                titles << QStringLiteral("  • %1").arg(EnumNames::shown(EnumNames::feature(f)));
            inUse << tr("%1 serves:").arg(t.name) << titles;
        }
        targets << t;
    }
    if (targets.isEmpty())
        return;

    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deleteModelsDialog"));
    auto *layout = new QVBoxLayout(dialog);
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *remove = named(buttons->addButton(tr("Delete"), QDialogButtonBox::AcceptRole),
                                "confirmDelete", tr("Delete"));
    named(buttons->addButton(QDialogButtonBox::Cancel), "cancelDelete", tr("Cancel"));
    QRadioButton *reassign = nullptr;
    QRadioButton *disable = nullptr;
    QComboBox *successor = nullptr;

    QStringList names;
    for (const Target &t : std::as_const(targets))
        names << t.name;
    if (inUse.isEmpty()) {
        dialog->setWindowTitle(tr("Delete self-hosted model"));
        layout->addWidget(WidgetHelpers::textLabel(
            targets.size() == 1
                ? tr("You are about to delete the %1 self-hosted model. This action cannot be "
                     "undone.")
                      .arg(names.first())
                : tr("You are about to delete %n self-hosted models: %1. This action cannot be "
                     "undone.",
                     nullptr, int(targets.size()))
                      .arg(names.join(QLatin1String(", "))),
            QStringLiteral("deleteModelsText"), dialog));
        layout->addWidget(
            WidgetHelpers::textLabel(tr("Are you sure you want to proceed?"), QString(), dialog));
    } else {
        dialog->setWindowTitle(tr("This self-hosted model cannot be deleted"));
        layout->addWidget(WidgetHelpers::textLabel(
            tr("GitLab would leave these features without a model. Choose what serves them, "
               "then delete:"),
            QStringLiteral("deleteModelsText"), dialog));
        QLabel *list = WidgetHelpers::textLabel(inUse.join(QLatin1Char('\n')),
                                                QStringLiteral("deleteModelsFeatures"), dialog);
        list->setTextFormat(Qt::PlainText);
        layout->addWidget(list);
        const auto candidates = successors(view, targets);
        reassign = named(new QRadioButton(tr("Reassign these features to"), dialog),
                         "reassignAndDelete", tr("Reassign these features and delete"));
        successor = named(new QComboBox(dialog), "reassignTo", tr("Model that takes over"));
        for (const EffectiveModel *m : candidates)
            successor->addItem(
                QStringLiteral("%1 (%2)").arg(SafeText::forDisplay(m->model.name),
                                              EnumNames::shown(EnumNames::family(m->model.family))),
                m->model.id);
        disable = named(new QRadioButton(tr("Disable these features and delete"), dialog),
                        "disableAndDelete", tr("Disable these features and delete"));
        auto *row = new QHBoxLayout;
        row->addWidget(reassign);
        row->addWidget(successor, 1);
        layout->addLayout(row);
        layout->addWidget(disable);
        if (candidates.isEmpty()) {
            reassign->setEnabled(false);
            successor->setEnabled(false);
            successor->addItem(tr("No compatible model"));
            disable->setChecked(true);
        } else {
            reassign->setChecked(true);
        }
        QPushButton *features =
            named(buttons->addButton(tr("View AI-native features"), QDialogButtonBox::ActionRole),
                  "viewFeatures", tr("View AI-native features"));
        QObject::connect(features, &QPushButton::clicked, dialog, [dialog, showFeatures] {
            dialog->reject();
            if (showFeatures)
                showFeatures();
        });
    }
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QPointer<InstanceSession> guard(session);
    QObject::connect(remove, &QPushButton::clicked, dialog, [=] {
        QJsonObject values;
        if (reassign && reassign->isChecked())
            values.insert(QStringLiteral("reassignTo"), successor->currentData().toString());
        else if (disable && disable->isChecked())
            values.insert(QStringLiteral("disableFeatures"), true);
        record(guard, targets, values, QPointer<QWidget>(dialog->parentWidget()));
        dialog->accept();
    });
    dialog->open();
}
