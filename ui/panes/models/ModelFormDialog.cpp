#include "ModelFormDialog.h"

#include "ModelTestView.h"
#include "WidgetHelpers.h"
#include "model/EnumNames.h"
#include "model/FeatureRouting.h"
#include "model/FieldRules.h"
#include "model/GitLabMessages.h"
#include "session/InstanceSession.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using WidgetHelpers::named;

namespace {

// Families as GitLab's form lists them: GA by display name, then beta ones, then those this
// console has no name for yet.
QStringList orderedFamilies(QStringList families)
{
    auto rank = [](const QString &family) {
        if (!EnumNames::family(family).known)
            return 2;
        return EnumNames::familyReleaseState(family) == QLatin1String("GA") ? 0 : 1;
    };
    std::sort(families.begin(), families.end(), [&](const QString &a, const QString &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return EnumNames::family(a).text.localeAwareCompare(EnumNames::family(b).text) < 0;
    });
    return families;
}

} // namespace

ModelFormDialog::ModelFormDialog(InstanceSession *session, const QString &modelId, bool duplicate,
                                 QWidget *parent)
    : QDialog(parent), m_session(session), m_modelId(duplicate ? QString() : modelId)
{
    setObjectName(QStringLiteral("modelForm"));
    const bool adding = m_modelId.isEmpty();
    setWindowTitle(adding ? tr("Add self-hosted model") : tr("Edit self-hosted model"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    const ApiShape shape = session->apiShape();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(WidgetHelpers::textLabel(
        adding ? tr("Add a new AI model that can be used for GitLab Duo self-hosted features.")
               : tr("Edit the AI model that can be used for GitLab Duo self-hosted features."),
        QStringLiteral("modelFormSubtitle"), this));
    auto *form = new QFormLayout;
    m_form = form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);

    m_name = named(new QLineEdit(this), "modelName", tr("Deployment name"));
    addField(form, tr("Deployment name"), m_name, "name",
             tr("A unique and descriptive name for your deployment."));

    m_platform = named(new QComboBox(this), "modelPlatform", tr("Platform"));
    QStringList platforms{QStringLiteral("API"), QStringLiteral("BEDROCK")};
    for (const QString &p : shape.modelProviders) {
        if (!platforms.contains(p))
            platforms << p;
    }
    for (const QString &p : std::as_const(platforms))
        m_platform->addItem(EnumNames::shown(EnumNames::platform(p)), p);
    addField(form, tr("Platform"), m_platform, "provider");

    m_family = named(new QComboBox(this), "modelFamily", tr("Model family"));
    m_family->addItem(tr("Select model"), QString());
    const bool beta = FeatureRouting::betaShown(session->view());
    for (const QString &family : orderedFamilies(shape.modelFamilies)) {
        if (beta || !EnumNames::family(family).known ||
            EnumNames::familyReleaseState(family) == QLatin1String("GA"))
            m_family->addItem(EnumNames::familyText(family), family);
    }
    addField(form, tr("Model family"), m_family, "family",
             tr("Select an appropriate model family from the list of approved GitLab models."));

    m_endpoint = named(new QLineEdit(this), "modelEndpoint", tr("Endpoint"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://models.example.com:8000/v1"));
    addField(form, tr("Endpoint"), m_endpoint, "endpoint",
             tr("Specify the URL endpoint where your self-hosted model is accessible"));
    m_endpointHint = WidgetHelpers::textLabel({}, QStringLiteral("modelEndpointHint"), this);
    form->addRow(QString(), m_endpointHint);

    m_identifier = named(new QLineEdit(this), "modelIdentifier", tr("Model identifier"));
    addField(form, tr("Model identifier"), m_identifier, "identifier",
             tr("Provide the model identifier in the form of provider/model-name"));

    auto *keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_apiKey = named(new QLineEdit(keyRow), "modelApiKey", tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_showKey = named(new QToolButton(keyRow), "showModelApiKey", tr("Show the API key"));
    m_showKey->setText(tr("Show"));
    m_showKey->setCheckable(true);
    keyLayout->addWidget(m_apiKey, 1);
    keyLayout->addWidget(m_showKey);
    addField(form, tr("API key (optional)"), keyRow, "apiKey",
             tr("If required, provide the API token that grants access to your self-hosted "
                "model deployment."));

    m_bedrockNote = WidgetHelpers::textLabel(
        tr("To fully set up AWS credentials for this model please refer to the AWS Bedrock "
           "Configuration Guide."),
        QStringLiteral("modelBedrockNote"), this);
    form->addRow(QString(), m_bedrockNote);

    m_formError = WidgetHelpers::textLabel({}, QStringLiteral("modelFormError"), this);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_formError->hide();
    layout->addWidget(m_formError);
    m_test = new ModelTestView(this);
    layout->addWidget(m_test);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    named(save, "saveModel", adding ? tr("Add self-hosted model") : tr("Save changes"));
    save->setText(adding ? tr("Add self-hosted model") : tr("Save changes"));
    named(m_buttons->button(QDialogButtonBox::Cancel), "cancelModel", tr("Cancel"));
    QPushButton *test =
        named(m_buttons->addButton(tr("Test connection"), QDialogButtonBox::ActionRole),
              "testModelConnection", tr("Test connection"));
    connect(test, &QPushButton::clicked, this, &ModelFormDialog::testConnection);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModelFormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ModelFormDialog::platformChanged);
    connect(m_family, &QComboBox::currentIndexChanged, this, &ModelFormDialog::platformChanged);
    connect(m_endpoint, &QLineEdit::textChanged, this, &ModelFormDialog::platformChanged);

    if (!modelId.isEmpty() && session->view().model(modelId)) {
        m_original = session->view().model(modelId)->model.editableFields();
        if (duplicate)
            m_original.insert(
                QStringLiteral("name"),
                tr("%1 (copy)").arg(m_original.value(QLatin1String("name")).toString()));
        fill();
        if (!duplicate && session->view().model(modelId)->model.hasApiKey)
            m_apiKey->setPlaceholderText(tr("Set: type a new key to replace it"));
        if (!duplicate)
            showPushErrors();
    }
    if (duplicate)
        m_original = {};
    platformChanged();
}

QLabel *ModelFormDialog::addField(QFormLayout *form, const QString &label, QWidget *field,
                                  const char *key, const QString &help)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    if (!help.isEmpty()) {
        QLabel *helpLabel = WidgetHelpers::textLabel(help, QString(), box);
        helpLabel->setEnabled(false);
        column->addWidget(helpLabel);
    }
    QLabel *error = WidgetHelpers::textLabel({}, QLatin1String(key) + QLatin1String("Error"), box);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #c0392b"));
    error->hide();
    column->addWidget(error);
    form->addRow(label, box);
    m_errors.insert(QLatin1String(key), error);
    m_rows.insert(QLatin1String(key), box);
    return error;
}

void ModelFormDialog::fill()
{
    m_name->setText(m_original.value(QLatin1String("name")).toString());
    const QString family = m_original.value(QLatin1String("family")).toString();
    if (m_family->findData(family) < 0) // a family the instance no longer lists
        m_family->addItem(EnumNames::familyText(family), family);
    m_family->setCurrentIndex(m_family->findData(family));
    const QString platform = m_original.value(QLatin1String("provider")).toString();
    if (!platform.isEmpty() && m_platform->findData(platform) < 0)
        m_platform->addItem(EnumNames::shown(EnumNames::platform(platform)), platform);
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(platform)));
    if (FieldRules::platformEndpoint(platform).isNull())
        m_endpoint->setText(m_original.value(QLatin1String("endpoint")).toString());
    m_identifier->setText(m_original.value(QLatin1String("identifier")).toString());
}

QString ModelFormDialog::provider() const
{
    return m_platform->currentData().toString();
}

// Endpoint and key only where the platform has them; the identifier's placeholder as GitLab's.
void ModelFormDialog::platformChanged()
{
    const QString platform = provider();
    const bool api = FieldRules::platformEndpoint(platform).isNull();
    // Hidden rows stay in the form's layout, so an edit keeps what was typed in them.
    m_rows.value(QStringLiteral("endpoint"))->setEnabled(api);
    m_form->setRowVisible(m_rows.value(QStringLiteral("endpoint")), api);
    m_rows.value(QStringLiteral("apiKey"))->setEnabled(platform == QLatin1String("API"));
    m_form->setRowVisible(m_rows.value(QStringLiteral("apiKey")), platform == QLatin1String("API"));
    m_form->setRowVisible(m_bedrockNote, platform == QLatin1String("BEDROCK"));
    const QString family = m_family->currentData().toString();
    if (platform == QLatin1String("BEDROCK"))
        m_identifier->setPlaceholderText(QStringLiteral("bedrock/"));
    else if (platform == QLatin1String("API") && !family.isEmpty() &&
             family != QLatin1String("GPT") && family != QLatin1String("CLAUDE_3"))
        m_identifier->setPlaceholderText(QStringLiteral("custom_openai/"));
    else
        m_identifier->setPlaceholderText(QString());

    // vLLM and other OpenAI-compatible servers answer under /v1: a warning, not an error.
    QString endpoint = m_endpoint->text().trimmed();
    while (endpoint.endsWith(QLatin1Char('/')))
        endpoint.chop(1);
    const bool warn = api && !endpoint.isEmpty() && !endpoint.endsWith(QLatin1String("/v1"));
    m_endpointHint->setText(warn ? tr("OpenAI-compatible servers such as vLLM expect the "
                                      "endpoint to end in /v1, for example "
                                      "https://host:8000/v1.")
                                 : QString());
    m_form->setRowVisible(m_endpointHint, warn);
}

QJsonObject ModelFormDialog::values() const
{
    const QJsonObject all = allValues();
    if (m_modelId.isEmpty())
        return all;
    QJsonObject changed;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (m_original.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QJsonObject ModelFormDialog::allValues() const
{
    QJsonObject all{{QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("family"), m_family->currentData().toString()},
                    {QStringLiteral("identifier"), m_identifier->text().trimmed()}};
    const QString platform = provider();
    if (m_session && (m_session->apiShape().modelProvider || platform != QLatin1String("API") ||
                      m_original.contains(QLatin1String("provider"))))
        all.insert(QStringLiteral("provider"), platform);
    all.insert(QStringLiteral("endpoint"), FieldRules::platformEndpoint(platform).isNull()
                                               ? m_endpoint->text().trimmed()
                                               : FieldRules::platformEndpoint(platform));
    return all;
}

// GitLab's check with the form's unsaved values, and the probe from here, as GitLab's button
// does: only once the form passes its own checks.
void ModelFormDialog::testConnection()
{
    clearErrors();
    if (!m_session)
        return;
    QJsonObject fields = allValues();
    fields.insert(QStringLiteral("provider"), provider());
    if (const FieldProblem problem =
            FieldRules::modelFields(fields, provider(), m_session->apiShape())) {
        showError(problem);
        return;
    }
    const QString key = m_apiKey->isEnabled() ? m_apiKey->text() : QString();
    const EffectiveModel *row = m_modelId.isEmpty() ? nullptr : m_session->view().model(m_modelId);
    if (row && row->model.hasApiKey && key.isEmpty() && !m_session->apiShape().modelApiToken &&
        !SelfHostedModel::isLocalId(m_modelId)) {
        showError({QStringLiteral("apiKey"),
                   tr("The API key: this GitLab does not let administrators read it back. Type "
                      "it to test the connection with it.")});
        return;
    }
    m_test->showRunning();
    m_session->testModel(m_modelId, fields, key, this, [this](const ModelTestResult &result) {
        m_test->showResult(result);
        // What the server serves, offered as identifiers.
        QStringList suggestions;
        for (const QString &id : result.local.modelIds)
            suggestions << QLatin1String("custom_openai/") + id;
        if (!suggestions.isEmpty()) {
            auto *completer = new QCompleter(suggestions, m_identifier);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            m_identifier->setCompleter(completer);
        }
    });
}

// What GitLab said when this model's change was last pushed, on the fields it is about.
void ModelFormDialog::showPushErrors()
{
    for (const auto kind : {Change::Kind::CreateModel, Change::Kind::UpdateModel}) {
        const Change *change = m_session->view().pendingFor(kind, m_modelId);
        if (change && change->status == Change::Status::Failed) {
            for (const FieldProblem &problem : GitLabMessages::modelErrors(change->error))
                showError(problem);
        }
    }
}

void ModelFormDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_formError->hide();
}

void ModelFormDialog::showError(const FieldProblem &problem)
{
    QLabel *label = m_errors.value(problem.field, m_formError);
    label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + problem.message
                                      : problem.message);
    label->show();
}

void ModelFormDialog::save()
{
    clearErrors();
    if (!m_session)
        return;
    const QJsonObject fields = values();
    if (m_identifier->text().trimmed().isEmpty()) {
        showError({QStringLiteral("identifier"), tr("Please enter a model identifier.")});
        return;
    }
    const QString key = m_apiKey->isEnabled() ? m_apiKey->text() : QString();
    if (fields.isEmpty() && key.isEmpty()) {
        accept(); // nothing changed
        return;
    }
    const Edit edit{m_modelId.isEmpty() ? Change::Kind::CreateModel : Change::Kind::UpdateModel,
                    m_modelId, fields};
    m_buttons->setEnabled(false);
    m_session->record(edit, key, this,
                      [this](const Outcome &outcome, const std::optional<Change> &) {
                          m_buttons->setEnabled(true);
                          if (outcome.ok())
                              accept();
                          else
                              showError({outcome.field, outcome.message});
                      });
}
