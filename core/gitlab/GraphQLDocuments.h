#pragma once

#include <QString>

// GraphQL documents live in .graphql resource files, never in C++ string literals.
namespace GraphQLDocuments {

// The document named `name` (":/graphql/<name>.graphql"); empty if there is none.
QString load(const QString &name);

} // namespace GraphQLDocuments
