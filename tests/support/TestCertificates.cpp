#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

TestCertificates::TestCertificates()
{
    const QString ext = path(QStringLiteral("ip.ext"));
    const QString wrongExt = path(QStringLiteral("dns.ext"));
    {
        QFile f(ext);
        f.open(QIODevice::WriteOnly);
        f.write("subjectAltName=IP:127.0.0.1\n");
    }
    {
        QFile f(wrongExt);
        f.open(QIODevice::WriteOnly);
        f.write("subjectAltName=DNS:wrong.example\n");
    }
    m_ok =
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 path(QStringLiteral("ca.key")), QStringLiteral("-out"), caFile(),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Duo Console Test CA")}) &&
        request(serverKey(), path(QStringLiteral("server.csr")), QStringLiteral("/CN=127.0.0.1")) &&
        request(wrongHostKey(), path(QStringLiteral("wronghost.csr")),
                QStringLiteral("/CN=wrong.example")) &&
        sign(path(QStringLiteral("server.csr")), serverCert(), ext, 2) &&
        sign(path(QStringLiteral("server.csr")), expiredCert(), ext, -1) &&
        sign(path(QStringLiteral("wronghost.csr")), wrongHostCert(), wrongExt, 2);
}

bool TestCertificates::request(const QString &key, const QString &csr, const QString &subject)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), csr, QStringLiteral("-subj"), subject});
}

bool TestCertificates::sign(const QString &csr, const QString &out, const QString &extension,
                            int days)
{
    // A negative -days gives a certificate whose validity already ended.
    return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"),
                    path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), out, QStringLiteral("-days"), QString::number(days),
                    QStringLiteral("-extfile"), extension});
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2%3")
                      .arg(arguments.first(), process.errorString(),
                           QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}
