#pragma once

#include "ApiShape.h"

#include <optional>

// The API shape read from an instance build's introspection, kept on disk per build
// (version + revision): production GitLab's full schema is megabytes, fetched once per build.
namespace SchemaCache {

std::optional<ApiShape> load(const QString &version, const QString &revision);
void store(const QString &version, const QString &revision, const ApiShape &shape);

} // namespace SchemaCache
