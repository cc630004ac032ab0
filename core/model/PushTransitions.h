#pragma once

#include "model/Change.h"

#include <optional>

// What a push does to one change row, as pure functions of the row as it is now: a row the
// administrator edited while its push was in flight keeps that edit.
struct PushTransition
{
    enum class Op {
        Sent,      // journaled before it goes out: `sent` holds the values sent
        Finished,  // GitLab applied what was sent (or already held it)
        Created,   // a create answered with `globalId`
        Failed,    // GitLab refused it: `message`
        Conflict,  // changed on the server too: `fields`, `message`
        AdoptBase, // own writes found on the server become the base: `base`
        Unsent,    // its batch never left: no longer in flight
    };

    PushTransition(Op what, QString change, qint64 version = -1)
        : op(what), changeId(std::move(change)), expectedVersion(version)
    {}

    Op op = Op::Sent;
    QString changeId;
    // Conflict and AdoptBase apply only to the row the check read: an edit made since wins.
    qint64 expectedVersion = -1;
    QJsonObject sent;
    QString globalId;
    QString message;
    QStringList fields;
    QJsonObject base;
};

namespace PushTransitions {

// The row after the transition, or nothing when the change is done and leaves the workspace.
std::optional<Change> apply(const Change &row, const PushTransition &transition,
                            const QDateTime &now);

// A change that used a draft's local id now uses the created model's global id.
Change rewriteReference(Change change, const QString &from, const QString &to);

} // namespace PushTransitions
