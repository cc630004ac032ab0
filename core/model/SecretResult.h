#pragma once

#include <QCoreApplication>
#include <QString>

// The outcome of one keychain job, with a message the user can act on.
struct SecretResult
{
    Q_DECLARE_TR_FUNCTIONS(SecretResult)

public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable,  // no Secret Service, no D-Bus session, libsecret missing, …
        AccessDenied, // the user refused, or the backend would not say why
        Locked,       // the keychain's collection is locked: nothing can be read or stored
        TimedOut,     // the job overran its deadline and was abandoned
        Failed,
    };

    Status status = Status::Ok;
    QString secret;
    QString detail; // the backend's own words, for the log and the message

    bool ok() const { return status == Status::Ok; }
    // The keychain answered properly, whether or not the entry exists.
    bool keychainUsable() const { return status == Status::Ok || status == Status::NotFound; }
    QString message() const;
};
