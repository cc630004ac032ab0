#pragma once

#include <QSet>
#include <QString>

// GraphQL documents live in .graphql resource files, never in C++ string literals. A line that
// ends in "# if <capability>" (an ApiShape flag) is kept only for instances that have it, so one
// file serves every API shape.
namespace GraphQLDocuments {

// The document named `name` (":/graphql/<name>.graphql"); empty if there is none.
QString load(const QString &name);
QString load(const QString &name, const QSet<QString> &capabilities);

} // namespace GraphQLDocuments
