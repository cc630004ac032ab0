#pragma once

#include "model/FieldProblem.h"

#include <QCoreApplication>
#include <QList>

// GitLab's messages as the console shows them: the fixed ones in the user's language, and a
// model's validation messages placed on the form's fields as GitLab's own form places them.
class GitLabMessages
{
    Q_DECLARE_TR_FUNCTIONS(GitLabMessages)

public:
    // GitLab answers a refused create or update with its messages joined by ", " in one string,
    // and the messages hold commas themselves ("Only allowed schemes are http, https"): the
    // string is split only where a message about one of the model's attributes begins.
    static QList<FieldProblem> modelErrors(const QString &joined);
    // One of GitLab's fixed messages (a connection check's, the functional check's) in the
    // user's language where the console knows it; any other message as GitLab sent it.
    static QString shown(const QString &message);
};
