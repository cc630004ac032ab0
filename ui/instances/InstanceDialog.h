#pragma once

#include "model/InstanceProfile.h"

#include <QDialog>

class InstanceDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Add or edit an instance: name, URL, token, CA bundle, proxy and timeout. Checks everything
// it can before accepting; the token it returns goes to the keychain, never to the profile.
class InstanceDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: add a new instance.
    InstanceDialog(const InstanceDirectory &instances,
                   const std::optional<InstanceProfile> &existing, QWidget *parent = nullptr);

    InstanceProfile profile() const;
    // Empty when editing and the stored token is to be kept.
    QString token() const;
    // Empty: keep the stored proxy password.
    QString proxyPassword() const;
    bool isNew() const { return m_isNew; }

    void accept() override;

private:
    QString problem() const;
    void updateHttpConsent();
    void updateProxyFields();
    void browseCaFile();

    const InstanceDirectory &m_instances;
    InstanceProfile m_profile;
    bool m_isNew;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_allowHttp;
    QLineEdit *m_caFile;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyAddress;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QSpinBox *m_timeout;
    QLabel *m_error;
};
