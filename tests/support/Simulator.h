#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>
#include <chrono>

// The GitLab simulator (tests/fakegitlab) as a child process on ephemeral loopback ports,
// with blocking helpers for its control API. For tests only: they may wait.
class Simulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString shape;         // "19.6", "18.9" or "17.6"; empty = the simulator's default
        QString gitlabVersion; // reported version, independent of the shape
        QString fixture;       // a file in tests/fakegitlab/fixtures, or an absolute path
        QString tlsCert;
        QString tlsKey;
        QStringList extraArguments;
    };

    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    // Starts and waits for the listening line. On failure, errorString() says why.
    bool start(const Options &options = {},
               std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl gitlabUrl() const { return m_gitlab; }
    QUrl gatewayUrl() const { return m_gateway; }
    QUrl modelServerUrl() const { return m_modelServer; }

    // Control API (loopback, /__sim/...). Each call waits for the answer.
    QJsonArray requests();
    void clearRequests();
    int addFault(const QJsonObject &fault);
    void clearFaults();
    // The requests held right now by an applyThenHold / holdBeforeApply fault.
    QJsonArray held();
    QJsonObject state();
    // "gateway", "modelServer" or "agentPlatform": refuses connections while down.
    void setListenerUp(const QString &listener, bool up);
    void patchState(const QJsonObject &patch);

    static QString fixturePath(const QString &name);
    // Whether Node.js was found when the tests were configured.
    static bool available();
    // CPU time (user + system) the simulator process has used so far, from /proc.
    std::chrono::milliseconds cpuTime() const;

private:
    QByteArray control(const QByteArray &verb, const QString &path, const QJsonValue &body = {});

    QProcess m_process;
    QByteArray m_stdout;
    QString m_error;
    QUrl m_gitlab;
    QUrl m_gateway;
    QUrl m_modelServer;
};
