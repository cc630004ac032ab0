#include "InstanceDialog.h"

#include "WidgetHelpers.h"
#include "model/FieldRules.h"
#include "session/InstanceDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using WidgetHelpers::named;

InstanceDialog::InstanceDialog(const InstanceDirectory &instances,
                               const std::optional<InstanceProfile> &existing, QWidget *parent)
    : QDialog(parent), m_instances(instances), m_isNew(!existing)
{
    setObjectName(QStringLiteral("instanceDialog"));
    setWindowTitle(m_isNew ? tr("Add GitLab instance") : tr("Edit GitLab instance"));
    if (existing) {
        m_profile = *existing;
    } else {
        m_profile.id = QUuid::createUuid();
        m_profile.connection.proxy.mode = ProxySettings::Mode::System;
    }

    m_name = named(new QLineEdit(m_profile.name, this), "instanceName", tr("Name"));
    m_name->setPlaceholderText(tr("Production"));
    m_url =
        named(new QLineEdit(m_profile.connection.url.toString(), this), "instanceUrl", tr("URL"));
    m_url->setPlaceholderText(QStringLiteral("https://gitlab.example.com"));
    m_token = named(new QLineEdit(this), "instanceToken", tr("Personal access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_isNew ? tr("glpat-…, with the api and admin_mode scopes")
                                        : tr("Leave empty to keep the stored token"));
    m_allowHttp = named(new QCheckBox(tr("Send the token over unencrypted http:// (test "
                                         "instances only)"),
                                      this),
                        "instanceAllowHttp", tr("Allow unencrypted http"));
    m_allowHttp->setChecked(m_profile.connection.allowHttp);

    m_caFile = named(new QLineEdit(m_profile.connection.caBundlePath, this), "instanceCaFile",
                     tr("CA bundle file"));
    m_caFile->setPlaceholderText(tr("Optional: PEM file of your organisation's CA"));
    auto *browse = named(new QPushButton(tr("Browse…"), this), "instanceCaBrowse",
                         tr("Choose a CA bundle file"));
    connect(browse, &QPushButton::clicked, this, &InstanceDialog::browseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_proxyMode = named(new QComboBox(this), "instanceProxyMode", tr("Proxy"));
    m_proxyMode->addItem(tr("System settings"), int(ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_proxyMode->addItem(tr("Manual"), int(ProxySettings::Mode::Manual));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(m_profile.connection.proxy.mode)));
    m_proxyAddress = named(new QLineEdit(this), "instanceProxyAddress", tr("Proxy host and port"));
    m_proxyAddress->setPlaceholderText(QStringLiteral("proxy.example.com:3128"));
    if (m_profile.connection.proxy.mode == ProxySettings::Mode::Manual)
        m_proxyAddress->setText(m_profile.connection.proxy.toString());
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyAddress, 1);
    m_proxyUser = named(new QLineEdit(m_profile.connection.proxy.user, this), "instanceProxyUser",
                        tr("Proxy user"));
    m_proxyUser->setPlaceholderText(tr("Proxy user, if it asks for one"));
    m_proxyPassword = named(new QLineEdit(this), "instanceProxyPassword", tr("Proxy password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(m_profile.connection.proxy.user.isEmpty()
                                            ? tr("Proxy password")
                                            : tr("Leave empty to keep the stored password"));
    auto *proxyLoginRow = new QHBoxLayout;
    proxyLoginRow->addWidget(m_proxyUser, 1);
    proxyLoginRow->addWidget(m_proxyPassword, 1);

    m_timeout = named(new QSpinBox(this), "instanceTimeout", tr("Request timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(int(m_profile.connection.timeout.count()));

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("instanceDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("&Token:"), m_token);
    // Rows holding a layout get their label's buddy by hand, so the mnemonic works.
    auto *caLabel = new QLabel(tr("&CA bundle:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *proxyLabel = new QLabel(tr("&Proxy:"), this);
    proxyLabel->setBuddy(m_proxyMode);
    form->addRow(proxyLabel, proxyRow);
    auto *proxyLoginLabel = new QLabel(tr("Proxy &login:"), this);
    proxyLoginLabel->setBuddy(m_proxyUser);
    form->addRow(proxyLoginLabel, proxyLoginRow);
    form->addRow(tr("T&imeout:"), m_timeout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("instanceDialogButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_isNew ? tr("Add instance") : tr("Save"));
    ok->setObjectName(QStringLiteral("instanceDialogOk"));
    ok->setAccessibleName(ok->text());
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("instanceDialogCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("The token is kept in the system keychain, never in a file."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textChanged, this, &InstanceDialog::updateHttpConsent);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &InstanceDialog::updateProxyFields);
    updateHttpConsent();
    updateProxyFields();
    resize(560, sizeHint().height());
}

void InstanceDialog::updateHttpConsent()
{
    m_allowHttp->setVisible(m_url->text().trimmed().startsWith(QLatin1String("http://")));
}

void InstanceDialog::updateProxyFields()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(ProxySettings::Mode::Manual);
    m_proxyAddress->setEnabled(manual);
    m_proxyUser->setEnabled(manual);
    m_proxyPassword->setEnabled(manual);
}

void InstanceDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CA bundle"), QString(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

InstanceProfile InstanceDialog::profile() const
{
    InstanceProfile profile = m_profile;
    profile.name = m_name->text().trimmed();
    profile.connection.url =
        QUrl(m_url->text().trimmed(), QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
    profile.connection.allowHttp =
        profile.connection.url.scheme() == QLatin1String("http") && m_allowHttp->isChecked();
    profile.connection.caBundlePath = m_caFile->text().trimmed();
    const auto mode = static_cast<ProxySettings::Mode>(m_proxyMode->currentData().toInt());
    if (mode == ProxySettings::Mode::Manual) {
        profile.connection.proxy.user = m_proxyUser->text().trimmed();
        ProxySettings::parse(m_proxyAddress->text(), &profile.connection.proxy);
    } else {
        profile.connection.proxy = {mode, {}, 0, {}};
    }
    profile.connection.timeout = std::chrono::seconds(m_timeout->value());
    return profile;
}

QString InstanceDialog::token() const
{
    return m_token->text().trimmed();
}

QString InstanceDialog::proxyPassword() const
{
    return m_proxyMode->currentData().toInt() == int(ProxySettings::Mode::Manual)
               ? m_proxyPassword->text()
               : QString();
}

QString InstanceDialog::problem() const
{
    if (const QString name = m_instances.nameProblem(m_name->text(), m_profile.id); !name.isEmpty())
        return name;
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("Enter the address you open GitLab with, such as https://gitlab.example.com.");
    if (url.scheme() == QLatin1String("http") && !m_allowHttp->isChecked())
        return tr("This URL uses plain http://, which sends the token unencrypted. Use https://, "
                  "or tick the box to confirm.");
    if (m_isNew && token().isEmpty())
        return tr("Enter an administrator's personal access token.");
    if (const QString connection = m_instances.connectionProblem(profile().connection);
        !connection.isEmpty())
        return connection;
    if (m_proxyMode->currentData().toInt() == int(ProxySettings::Mode::Manual)) {
        ProxySettings proxy;
        if (!ProxySettings::parse(m_proxyAddress->text(), &proxy) ||
            proxy.mode != ProxySettings::Mode::Manual)
            return tr("Enter the proxy as host:port, such as proxy.example.com:3128. Put its "
                      "user name and password in their own fields.");
        if (const QString login =
                FieldRules::proxyLogin(m_proxyUser->text().trimmed(), m_proxyPassword->text());
            !login.isEmpty())
            return login;
    }
    return {};
}

void InstanceDialog::accept()
{
    const QString error = problem();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setAccessibleName(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
