#include "PushTransitions.h"

#include <QJsonArray>

namespace {

Change settled(Change c)
{
    c.status = Change::Status::Pending;
    c.error.clear();
    c.conflictFields.clear();
    c.sentAt = {};
    c.sentValues = {};
    return c;
}

QStringList featureList(const QJsonObject &values)
{
    QStringList list;
    for (const auto &feature : values.value(QLatin1String("features")).toArray())
        list << feature.toString();
    return list;
}

// The fields of `c` that `sent` did not already carry: what is left to push.
std::optional<Change> rest(Change c, const QJsonObject &sent)
{
    QJsonObject remaining;
    for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it) {
        if (!sent.contains(it.key()) || sent.value(it.key()) != it.value())
            remaining.insert(it.key(), it.value());
    }
    if (remaining.isEmpty())
        return std::nullopt;
    QJsonObject base;
    for (auto it = remaining.constBegin(); it != remaining.constEnd(); ++it) {
        if (it.key() == Change::apiKeyField)
            continue;
        base.insert(it.key(),
                    sent.contains(it.key()) ? sent.value(it.key()) : c.base.value(it.key()));
    }
    c.values = remaining;
    c.base = base;
    return settled(c);
}

std::optional<Change> featuresFinished(Change c, const QJsonObject &sent)
{
    const QStringList sentFeatures = featureList(sent);
    const QJsonObject sentAssignment{
        {QStringLiteral("provider"), sent.value(QLatin1String("provider"))},
        {QStringLiteral("modelId"), sent.value(QLatin1String("modelId"))}};
    const QJsonObject assignment{
        {QStringLiteral("provider"), c.values.value(QLatin1String("provider"))},
        {QStringLiteral("modelId"), c.values.value(QLatin1String("modelId"))}};
    QStringList remaining = c.features();
    if (assignment == sentAssignment)
        remaining.removeIf([&](const QString &f) { return sentFeatures.contains(f); });
    if (remaining.isEmpty())
        return std::nullopt;
    QJsonObject base;
    for (const QString &f : std::as_const(remaining))
        base.insert(f, sentFeatures.contains(f) ? QJsonValue(sentAssignment) : c.base.value(f));
    c.base = base;
    c.values.insert(QStringLiteral("features"), QJsonArray::fromStringList(remaining));
    c.target = remaining.join(QLatin1Char(','));
    return settled(c);
}

} // namespace

namespace PushTransitions {

std::optional<Change> apply(const Change &row, const PushTransition &t, const QDateTime &now)
{
    using Op = PushTransition::Op;
    Change c = row;
    switch (t.op) {
    case Op::Sent:
        // Several steps of one change may go out in turn: the journal keeps all they sent.
        c.sentAt = now;
        for (auto it = t.sent.constBegin(); it != t.sent.constEnd(); ++it) {
            if (it.key() == QLatin1String("features")) {
                QStringList features = featureList(c.sentValues);
                for (const QString &f : featureList(t.sent)) {
                    if (!features.contains(f))
                        features << f;
                }
                c.sentValues.insert(it.key(), QJsonArray::fromStringList(features));
            } else {
                c.sentValues.insert(it.key(), it.value());
            }
        }
        return c;
    case Op::Unsent:
        c.sentAt = {};
        c.sentValues = {};
        return c;
    case Op::Finished:
        switch (c.kind) {
        case Change::Kind::DeleteModel:
            return std::nullopt;
        case Change::Kind::SetFeatures:
            return featuresFinished(c, t.sent);
        default:
            return rest(c, t.sent);
        }
    case Op::Created: {
        // What the draft holds beyond what was sent is an update of the model now.
        std::optional<Change> left = rest(c, t.sent);
        if (!left)
            return std::nullopt;
        left->kind = Change::Kind::UpdateModel;
        left->target = t.globalId;
        left->createdId = t.globalId;
        return left;
    }
    case Op::Failed:
        c = settled(c);
        c.status = Change::Status::Failed;
        c.error = t.message;
        return c;
    case Op::Conflict:
        if (t.expectedVersion >= 0 && t.expectedVersion != row.version)
            return settled(c); // edited since the check: the next push checks it again
        c = settled(c);
        c.status = Change::Status::Conflict;
        c.conflictFields = t.fields;
        c.error = t.message;
        return c;
    case Op::AdoptBase:
        for (auto it = t.base.constBegin(); it != t.base.constEnd(); ++it)
            c.base.insert(it.key(), it.value());
        return c;
    }
    return c;
}

Change rewriteReference(Change change, const QString &from, const QString &to)
{
    for (const char *key : {"modelId", "reassignTo"}) {
        for (QJsonObject *values : {&change.values, &change.sentValues}) {
            if (values->value(QLatin1String(key)).toString() == from)
                values->insert(QLatin1String(key), to);
        }
    }
    if (change.target == from)
        change.target = to;
    return change;
}

} // namespace PushTransitions
