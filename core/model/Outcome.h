#pragma once

#include <QString>

// How a use case ended, for either face to report: nothing when it succeeded; otherwise a
// category a script can branch on ("validation", "workspace-read-only", "auth", …) and a
// message the administrator can act on.
struct Outcome
{
    QString category;
    QString message;
    QString notice; // a success the administrator should still hear about
    QString field;  // a refused edit: the form field the message is about, if any

    bool ok() const { return message.isEmpty(); }
    static Outcome failure(QString category, QString message)
    {
        return {std::move(category), std::move(message), {}, {}};
    }
};
