#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// "Test connection", from both sides: GitLab's own check (GitLab → AI gateway → model), and a
// probe from this computer to the model server's /v1/models.
struct GitLabModelCheck
{
    bool ran = false; // false: the instance has no check, or it could not be asked
    bool ok = false;
    QString message; // GitLab's words, or why it did not run
};

struct EndpointProbeResult
{
    bool ran = false; // false: the platform has no HTTP endpoint to probe
    bool ok = false;
    QString message;
    QString url; // what was asked
    int httpStatus = 0;
    // Milliseconds from the start, as far as Qt tells them; -1 when unknown.
    qint64 lookupMs = -1;
    qint64 connectMs = -1;
    qint64 tlsMs = -1;
    qint64 firstByteMs = -1;
    qint64 totalMs = -1;
    QStringList modelIds; // what the server lists: suggestions for the identifier
};

struct ModelTestResult
{
    Q_DECLARE_TR_FUNCTIONS(ModelTestResult)

public:
    GitLabModelCheck gitlab;
    EndpointProbeResult local;

    bool ok() const { return (!gitlab.ran || gitlab.ok) && (!local.ran || local.ok); }
    QJsonObject toJson() const;
    // "passed", "failed" or "not run", for either side.
    static QString verdict(bool ran, bool ok);
    // The local probe's timings in words: "name lookup 3 ms, connect started 9 ms, …".
    QString timings() const;
};
