#pragma once

#include "model/ApiShape.h"

#include <QSet>

// Reads an instance's API shape from its introspection result: which operations, fields and
// enum values it has, as capability flags. Never from the version number.
namespace ShapeDetection {

// From {"data": {"__schema": …}} or {"__schema": …}; `known` is false when there is no schema.
ApiShape fromIntrospection(const QJsonObject &result);

// The flags that are set, by name, for documents' "# if <capability>" lines.
QSet<QString> capabilities(const ApiShape &shape);

} // namespace ShapeDetection
