#pragma once

#include "model/DraftRules.h"
#include "model/FieldProblem.h"

#include <QJsonArray>

// Small pieces the draft rules' two files share.
namespace DraftSteps {

inline WriteSet refused(const QString &why, const QString &field = {})
{
    WriteSet set;
    set.refused = why;
    set.refusedField = field;
    return set;
}

inline WriteSet refused(const FieldProblem &problem)
{
    return refused(problem.message, problem.field);
}

inline Change withFeatures(Change change, const QStringList &features)
{
    change.values.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    change.target = features.join(QLatin1Char(','));
    return change;
}

} // namespace DraftSteps
