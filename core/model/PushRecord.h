#pragma once

#include <QDateTime>
#include <QJsonObject>

// One push of the history: when it ran, and what PushOutcome::toJson() said of it.
struct PushRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QJsonObject summary;
};
