#include "PushOutcome.h"

#include <QJsonArray>

QJsonObject PushOutcome::toJson() const
{
    QJsonArray steps;
    for (const StepResult &result : results) {
        QJsonObject step{{QStringLiteral("description"), result.description},
                         {QStringLiteral("change"), result.changeId},
                         {QStringLiteral("ok"), result.ok}};
        if (!result.error.isEmpty())
            step.insert(QStringLiteral("error"), result.error);
        steps.append(step);
    }
    QJsonObject json{
        {QStringLiteral("pushed"), pushed},       {QStringLiteral("failed"), failed},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("requests"), requests},
        {QStringLiteral("cancelled"), cancelled}, {QStringLiteral("steps"), steps}};
    if (stopped())
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("category"), errorCategory},
                                {QStringLiteral("message"), errorMessage}});
    return json;
}
