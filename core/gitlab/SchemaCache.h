#pragma once

#include "model/ApiShape.h"

#include <QUrl>
#include <optional>

// The API shape read from an instance build's introspection, kept on disk per instance and
// build (URL, version, revision): production GitLab's full schema is megabytes, fetched once.
namespace SchemaCache {

std::optional<ApiShape> load(const QUrl &instance, const QString &version, const QString &revision);
void store(const QUrl &instance, const QString &version, const QString &revision,
           const ApiShape &shape);

} // namespace SchemaCache
