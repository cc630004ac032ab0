#pragma once

#include "model/ApiShape.h"
#include "model/DuoSettings.h"
#include "model/FeatureSetting.h"
#include "model/SelfHostedModel.h"

// GitLab's GraphQL nodes as the console's values, and back: enum values kept as GitLab spells
// them (an unknown one included), lower-case keys upper-cased, the platform of a model read from
// the instance where it stores one and inferred from the identifier where it does not.
namespace GraphQLMapping {

SelfHostedModel model(const QJsonObject &node, const ApiShape &shape);
FeatureSetting feature(const QJsonObject &node);
DuoSettings duoSettings(const QJsonObject &node);

// What 18.x's own form infers: a model whose identifier starts with bedrock/ is on Amazon
// Bedrock.
QString inferredProvider(const QString &identifier);

} // namespace GraphQLMapping
