#pragma once

#include "model/SecretResult.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

// The one owner of secrets: the OS keychain through QtKeychain, never a file. Every job has a
// deadline; a job that overruns it is abandoned and reported as TimedOut, because QtKeychain
// cannot cancel a job and some backends never finish one.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QString service,
                         std::chrono::milliseconds deadline = std::chrono::seconds(10),
                         QObject *parent = nullptr);

    QString service() const { return m_service; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // `done` runs once, on this thread, unless `context` was destroyed first.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // Whether a keychain answers at all: reads an entry that normally does not exist.
    void probe(QObject *context, Callback done);

private:
    void run(QKeychain::Job *job, QObject *context, Callback done);
    // Whether the Secret Service's default collection is locked: QtKeychain 0.13 reports a
    // read from a locked collection as "entry not found".
    void whenUnlocked(const SecretResult &result, Callback done);

    QString m_service;
    std::chrono::milliseconds m_deadline;
};
