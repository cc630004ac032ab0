#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

// Which certificates an instance's connection trusts, and how a refused certificate is told
// to the user. There is deliberately no way to ignore certificate errors.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    // The system's CAs plus those in `caBundlePath` (PEM), if given. Fails with a message when
    // the file cannot be read or holds no certificate.
    static bool configuration(const QString &caBundlePath, QSslConfiguration *out, QString *error);

    // Subject, issuer, validity and SHA-256 fingerprint of the refused certificate, the reasons,
    // and what to do about them: renew an expired one, add the CA file of an unknown authority,
    // or check the CA file that is configured (`caBundlePath`) when it does not vouch for it.
    static QString describe(const QList<QSslError> &errors, const QString &host,
                            const QString &caBundlePath = {});
};
