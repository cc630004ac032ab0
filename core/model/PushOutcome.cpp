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

QString PushOutcome::countsText() const
{
    return tr("%1, %2, %3; %4.", "pushed, failed, in conflict; requests")
        .arg(tr("%n change(s) pushed", nullptr, pushed), tr("%n failed", nullptr, failed),
             tr("%n in conflict", nullptr, conflicts), tr("%n request(s)", nullptr, requests));
}

QString PushOutcome::countsText(const QJsonObject &summary)
{
    PushOutcome outcome;
    outcome.pushed = summary.value(QLatin1String("pushed")).toInt();
    outcome.failed = summary.value(QLatin1String("failed")).toInt();
    outcome.conflicts = summary.value(QLatin1String("conflicts")).toInt();
    outcome.requests = summary.value(QLatin1String("requests")).toInt();
    return outcome.countsText();
}
