#include "TlsTrust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QStringList>

bool TlsTrust::configuration(const QString &caBundlePath, QSslConfiguration *out, QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caBundlePath.isEmpty()) {
        QFile file(caBundlePath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                tr("The CA bundle %1 cannot be read: %2").arg(caBundlePath, file.errorString());
            return false;
        }
        const auto extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extra.isEmpty()) {
            *error = tr("The CA bundle %1 holds no PEM certificate.").arg(caBundlePath);
            return false;
        }
        tls.addCaCertificates(extra);
    }
    *out = tls;
    return true;
}

namespace {
QString fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString name(const QStringList &parts)
{
    return parts.isEmpty() ? QStringLiteral("?") : parts.join(QLatin1String(", "));
}
} // namespace

QString TlsTrust::describe(const QList<QSslError> &errors, const QString &host,
                           const QString &caBundlePath)
{
    QStringList reasons;
    QSslCertificate certificate;
    bool untrusted = false;
    bool outOfDate = false;
    bool wrongName = false;
    for (const QSslError &error : errors) {
        reasons << error.errorString();
        if (certificate.isNull())
            certificate = error.certificate();
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            untrusted = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            outOfDate = true;
            break;
        case QSslError::HostNameMismatch:
            wrongName = true;
            break;
        default:
            break;
        }
    }
    reasons.removeDuplicates();

    QString text =
        tr("The certificate of %1 was refused: %2").arg(host, reasons.join(QLatin1String("; ")));
    if (!certificate.isNull()) {
        text += QLatin1Char('\n') +
                tr("Subject: %1\nIssuer: %2\nValid from %3 to %4\nSHA-256 fingerprint: %5")
                    .arg(name(certificate.subjectInfo(QSslCertificate::CommonName)),
                         name(certificate.issuerInfo(QSslCertificate::CommonName)),
                         certificate.effectiveDate().toString(Qt::ISODate),
                         certificate.expiryDate().toString(Qt::ISODate), fingerprint(certificate));
    }
    text += QLatin1Char('\n');
    if (outOfDate)
        text += tr("The certificate is outside its validity period (valid from %1 to %2): ask the "
                   "instance's administrator to renew it. A CA file cannot help here.")
                    .arg(certificate.effectiveDate().toString(Qt::ISODate),
                         certificate.expiryDate().toString(Qt::ISODate));
    else if (wrongName)
        text += tr("The certificate was not issued for %1: check that the URL uses the name the "
                   "certificate was issued for, or ask the administrator to correct it.")
                    .arg(host);
    else if (untrusted && !caBundlePath.isEmpty())
        text += tr("The CA file %1 is configured for this instance, but it does not hold the "
                   "authority that signed this certificate: check that it is the right file "
                   "(duo-console instance edit NAME --ca-file PATH).")
                    .arg(caBundlePath);
    else if (untrusted)
        text += tr("If your organisation uses its own certificate authority, add its CA file "
                   "(PEM) in the instance's settings (duo-console instance edit NAME --ca-file "
                   "PATH).");
    else
        text += tr("Ask the instance's administrator to renew or correct the certificate, or "
                   "check that the URL uses the name the certificate was issued for.");
    return text;
}
