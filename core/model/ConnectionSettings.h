#pragma once

#include <QString>
#include <QUrl>
#include <chrono>

struct ProxySettings
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user; // a manual proxy's user name; its password lives in the keychain

    // "system", "none" or "HOST:PORT"; false when the text is none of them.
    static bool parse(const QString &text, ProxySettings *out);
    QString toString() const;
    bool operator==(const ProxySettings &) const = default;
};

// How to reach one GitLab instance: everything about the connection except the token.
struct ConnectionSettings
{
    QUrl url;
    QString caBundlePath; // PEM file trusted in addition to the system's CAs
    ProxySettings proxy;
    std::chrono::seconds timeout{30};
    bool allowHttp = false; // plain http:// only when the admin confirmed it
    // The manual proxy's password, read from the keychain for this run; never written.
    QString proxyPassword;
};
