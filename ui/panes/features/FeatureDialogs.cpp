#include "FeatureDialogs.h"

#include "WidgetHelpers.h"
#include "model/EffectiveView.h"
#include "model/FeatureRouting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

QString choiceText(const EffectiveView &view, const FeatureSetting &like,
                   const QJsonObject &assignment)
{
    FeatureSetting setting = like;
    setting.provider = assignment.value(QLatin1String("provider")).toString();
    setting.modelId = assignment.value(QLatin1String("modelId")).toString();
    setting.modelRef = assignment.value(QLatin1String("modelRef")).toString();
    return FeatureRouting::assignmentText(view, setting);
}

// A dialog with `text`, room for more, and OK / Cancel renamed.
QDialog *questionDialog(QWidget *parent, const char *objectName, const QString &title,
                        const QString &text, const QString &ok, QVBoxLayout **layout,
                        QDialogButtonBox **buttons)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QLatin1String(objectName));
    dialog->setWindowTitle(title);
    dialog->setAccessibleName(title);
    dialog->setMinimumWidth(560);
    *layout = new QVBoxLayout(dialog);
    QLabel *label =
        WidgetHelpers::textLabel(text, QLatin1String(objectName) + QLatin1String("Text"), dialog);
    label->setTextFormat(Qt::PlainText);
    (*layout)->addWidget(label);
    *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *okButton = (*buttons)->button(QDialogButtonBox::Ok);
    okButton->setText(ok);
    named(okButton, "confirmFeatures", ok);
    named((*buttons)->button(QDialogButtonBox::Cancel), "cancelFeatures",
          FeatureDialogs::tr("Cancel"));
    QObject::connect(*buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(*buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return dialog;
}

QStringList bulleted(QStringList lines)
{
    for (QString &line : lines)
        line.prepend(QStringLiteral("• "));
    return lines;
}

bool run(QDialog *dialog, QVBoxLayout *layout, QDialogButtonBox *buttons)
{
    layout->addWidget(buttons);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    dialog->deleteLater();
    return accepted;
}

} // namespace

FeatureDialogs::Plan FeatureDialogs::plan(const EffectiveView &view, const QStringList &features,
                                          const QJsonObject &assignment)
{
    Plan plan;
    const QString provider = assignment.value(QLatin1String("provider")).toString();
    const EffectiveModel *model =
        provider == FeatureSetting::selfHosted
            ? view.liveModel(assignment.value(QLatin1String("modelId")).toString())
            : nullptr;
    for (const QString &feature : features) {
        const std::optional<FeatureSetting> setting = view.feature(feature);
        if (!setting)
            continue;
        if (plan.choiceText.isEmpty())
            plan.choiceText = choiceText(view, *setting, assignment);
        if (setting->assignment() == assignment)
            continue;
        if (model) {
            if (const QString why = FeatureRouting::incompatibility(*setting, *model);
                !why.isEmpty()) {
                plan.skipped << tr("%1: %2").arg(FeatureRouting::title(*setting), why);
                continue;
            }
        }
        const QString to = choiceText(view, *setting, assignment);
        plan.features << feature;
        plan.changes << tr("%1: %2 → %3")
                            .arg(FeatureRouting::title(*setting),
                                 FeatureRouting::assignmentText(view, *setting), to);
    }
    plan.summary = tr("%n feature(s) set to %1; the change waits in Pending changes.", nullptr,
                      int(plan.features.size()))
                       .arg(plan.choiceText);
    if (!plan.skipped.isEmpty())
        plan.summary += QLatin1Char('\n') + tr("Skipped:") + QLatin1Char('\n') +
                        plan.skipped.join(QLatin1Char('\n'));
    return plan;
}

bool FeatureDialogs::confirm(QWidget *parent, const Plan &plan)
{
    QStringList text;
    if (plan.changes.isEmpty())
        text << tr("Nothing changes: every feature already uses %1, or cannot.")
                    .arg(plan.choiceText);
    else
        text << tr("These features will use %1:").arg(plan.choiceText) << bulleted(plan.changes);
    if (!plan.skipped.isEmpty())
        text << QString() << tr("Left as they are, because the model is incompatible:")
             << bulleted(plan.skipped);
    QVBoxLayout *layout = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QDialog *dialog = questionDialog(parent, "confirmFeatureAssignment", tr("Set features"),
                                     text.join(QLatin1Char('\n')), tr("Apply"), &layout, &buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!plan.changes.isEmpty());
    return run(dialog, layout, buttons) && !plan.changes.isEmpty();
}

bool FeatureDialogs::gitlabModelConsent(QWidget *parent, const QString &name, bool *doNotShowAgain)
{
    QVBoxLayout *layout = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QDialog *dialog = questionDialog(
        parent, "gitlabModelConsent", tr("GitLab managed model"),
        tr("By selecting %1, you consent to using a GitLab managed model and sending data to the "
           "GitLab AI gateway.")
            .arg(name),
        tr("I understand"), &layout, &buttons);
    auto *again = named(new QCheckBox(tr("Do not show again"), dialog), "consentDoNotShowAgain",
                        tr("Do not show again"));
    layout->addWidget(again);
    const bool accepted = run(dialog, layout, buttons);
    *doNotShowAgain = accepted && again->isChecked();
    return accepted;
}

std::optional<QJsonObject> FeatureDialogs::chooseForSeveral(QWidget *parent,
                                                            const EffectiveView &view,
                                                            const QStringList &features,
                                                            bool vendored)
{
    // Every model is offered: compatibility differs per feature, and the confirmation that
    // follows names the features a model cannot serve.
    FeatureSetting any;
    for (const QString &feature : features) {
        if (const std::optional<FeatureSetting> setting = view.feature(feature);
            setting && !setting->gitlabModels.isEmpty()) {
            any.gitlabModels = setting->gitlabModels;
            any.defaultGitlabModel = setting->defaultGitlabModel;
            break;
        }
    }
    QVBoxLayout *layout = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QDialog *dialog = questionDialog(
        parent, "assignSeveralDialog", tr("Set selected features"),
        tr("One model for the %n selected feature(s):", nullptr, int(features.size())),
        tr("Continue"), &layout, &buttons);
    auto *box = named(new QComboBox(dialog), "assignSeveralModel", tr("Model"));
    for (const FeatureRouting::Choice &choice :
         FeatureRouting::choices(FeatureRouting::inSelectorOrder(view.models()), any, vendored))
        box->addItem(choice.gitlabManaged() ? tr("GitLab managed: %1").arg(choice.text)
                                            : choice.text,
                     choice.assignment);
    layout->addWidget(box);
    if (!run(dialog, layout, buttons))
        return std::nullopt;
    return box->currentData().toJsonObject();
}

std::optional<QJsonObject> FeatureDialogs::editAllowlist(QWidget *parent,
                                                         const FeatureSetting &setting)
{
    QVBoxLayout *layout = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QDialog *dialog = questionDialog(
        parent, "allowlistDialog", tr("Model allowlist"),
        tr("Which GitLab managed models may be chosen for %1. The model chosen now is always "
           "allowed.")
            .arg(FeatureRouting::title(setting)),
        tr("Save"), &layout, &buttons);
    auto *enabled = named(new QCheckBox(tr("Limit the choice to these models"), dialog),
                          "allowlistEnabled", tr("Limit the choice to these models"));
    enabled->setChecked(setting.allowList.value(QLatin1String("enabled")).toBool());
    layout->addWidget(enabled);
    auto *list = named(new QListWidget(dialog), "allowlistModels", tr("Allowed models"));
    for (const auto &entry : setting.allowList.value(QLatin1String("models")).toArray()) {
        const QJsonObject model = entry.toObject();
        auto *item = new QListWidgetItem(model.value(QLatin1String("name")).toString(), list);
        item->setData(Qt::UserRole, model.value(QLatin1String("ref")).toString());
        const bool current = model.value(QLatin1String("current")).toBool();
        item->setFlags(current ? Qt::ItemIsUserCheckable
                               : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(current || model.value(QLatin1String("allowed")).toBool()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    QObject::connect(enabled, &QCheckBox::toggled, list, &QWidget::setEnabled);
    list->setEnabled(enabled->isChecked());
    layout->addWidget(list);
    if (!run(dialog, layout, buttons))
        return std::nullopt;
    QStringList refs;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            refs << item->data(Qt::UserRole).toString();
    }
    refs.sort();
    QJsonObject fields{{QStringLiteral("allowlistEnabled"), enabled->isChecked()}};
    if (enabled->isChecked())
        fields.insert(QStringLiteral("allowlistModelRefs"), QJsonArray::fromStringList(refs));
    return fields;
}
