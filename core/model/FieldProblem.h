#pragma once

#include <QString>

// One thing wrong with an edit, and the form field it belongs to ("name", "family", "provider",
// "endpoint", "identifier", "apiKey"; empty when it belongs to none).
struct FieldProblem
{
    QString field;
    QString message;

    explicit operator bool() const { return !message.isEmpty(); }
};
