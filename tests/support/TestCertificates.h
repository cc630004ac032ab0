#pragma once

#include <QString>
#include <QTemporaryDir>

// Certificates made at test time with the openssl command: a CA, and server certificates it
// signed for 127.0.0.1 (valid, expired) and for another host name.
class TestCertificates
{
public:
    TestCertificates();

    bool isValid() const { return m_ok; }
    QString errorString() const { return m_error; }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString serverCert() const { return path(QStringLiteral("server.pem")); }
    QString expiredCert() const { return path(QStringLiteral("expired.pem")); }
    QString wrongHostCert() const { return path(QStringLiteral("wronghost.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString wrongHostKey() const { return path(QStringLiteral("wronghost.key")); }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);
    bool request(const QString &key, const QString &csr, const QString &subject);
    bool sign(const QString &csr, const QString &out, const QString &extension, int days);

    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
};
