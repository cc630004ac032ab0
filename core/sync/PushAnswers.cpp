#include "PushAnswers.h"

#include "model/EffectiveView.h"

#include <QJsonArray>

bool PushAnswers::refusedBeforeExecution(const ApiError &error)
{
    using C = ApiError::Category;
    return error.category() == C::Auth || error.category() == C::Forbidden ||
           error.category() == C::Validation || error.category() == C::Tls ||
           error.category() == C::Dns || error.category() == C::NotFound ||
           (error.category() == C::Network && error.httpStatus() == 0 &&
            error.detail().contains(QLatin1String("refused")));
}

QJsonObject PushAnswers::mergedSends(QJsonObject into, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it) {
        if (it.key() != QLatin1String("features")) {
            into.insert(it.key(), it.value());
            continue;
        }
        QJsonArray features = into.value(it.key()).toArray();
        for (const auto &f : it.value().toArray()) {
            if (!features.contains(f))
                features.append(f);
        }
        into.insert(it.key(), features);
    }
    return into;
}

QString PushAnswers::explain(const PushStep &step, const QString &message,
                             const EffectiveView &view, const QSet<QString> &wasInFlight)
{
    // A name GitLab calls taken that the console cannot see belongs to a hidden beta model.
    const bool hiddenName =
        step.mutation == PushStep::Mutation::CreateModel &&
        message.contains(QLatin1String("Name has already been taken")) &&
        !view.serverModelNamed(step.input.value(QLatin1String("name")).toString());
    if (hiddenName && wasInFlight.contains(step.changeId))
        return tr("%1 — this draft was most likely created by a push that was interrupted, "
                  "but GitLab hides it: its family is in beta and beta models are not accepted "
                  "in the web UI (Admin > GitLab Duo). Accept beta models there to see it; do "
                  "not create it again under another name.")
            .arg(message);
    if (hiddenName)
        return tr("%1 — a model with this name exists but GitLab hides it: its family is in "
                  "beta and beta models are not accepted in the web UI (Admin > GitLab Duo). "
                  "Choose another name, or accept beta models there.")
            .arg(message);
    return message;
}
