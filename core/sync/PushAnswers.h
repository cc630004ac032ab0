#pragma once

#include "model/PushStep.h"
#include "net/ApiError.h"

#include <QCoreApplication>
#include <QSet>

class EffectiveView;

// How a push reads GitLab's answers: which failures mean nothing ran, what a refusal means
// here, and what the steps of one change sent between them.
class PushAnswers
{
    Q_DECLARE_TR_FUNCTIONS(PushAnswers)

public:
    // Requests refused before GitLab ran anything: nothing of them can have been applied.
    static bool refusedBeforeExecution(const ApiError &error);
    // GitLab's message for a step, with what it means where the console can tell (a name
    // taken by a model GitLab hides).
    static QString explain(const PushStep &step, const QString &message, const EffectiveView &view,
                           const QSet<QString> &wasInFlight);
    // The fields several steps of one change sent, features taken together.
    static QJsonObject mergedSends(QJsonObject into, const QJsonObject &more);
};
