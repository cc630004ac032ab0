#pragma once

#include "model/DraftRules.h"

#include <QJsonArray>

// Small pieces the draft rules' two files share.
namespace DraftSteps {

inline WriteSet refused(const QString &why)
{
    WriteSet set;
    set.refused = why;
    return set;
}

inline Change withFeatures(Change change, const QStringList &features)
{
    change.values.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    change.target = features.join(QLatin1Char(','));
    return change;
}

} // namespace DraftSteps
