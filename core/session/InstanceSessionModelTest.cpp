// InstanceSession's "Test connection" use case, beside the others in InstanceSession.cpp.
#include "InstanceSession.h"
#include "gitlab/ModelCheck.h"
#include "model/FieldRules.h"
#include "net/EndpointProbe.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"

#include <memory>

namespace {

// Both sides run at once; the result goes out when both have answered, if its receiver is
// still there.
struct ModelTestRun
{
    ModelTestResult result;
    int waiting = 2;
    QPointer<QObject> receiver;
    std::function<void(const ModelTestResult &)> done;

    void sideDone()
    {
        if (--waiting == 0 && receiver)
            done(result);
    }
};

} // namespace

void InstanceSession::testModel(const QString &modelId, const QJsonObject &fields,
                                const QString &typedKey, QObject *context,
                                std::function<void(const ModelTestResult &)> done)
{
    QJsonObject values = fields;
    const EffectiveModel *row = modelId.isEmpty() ? nullptr : view().model(modelId);
    if (values.isEmpty() && row)
        values = row->model.editableFields();
    // A stored key goes only where it was stored for: not to an endpoint typed since.
    const bool sameEndpoint =
        !row || values.value(QLatin1String("endpoint")).toString() == row->model.endpoint;
    auto run = std::make_shared<ModelTestRun>();
    run->receiver = context;
    run->done = std::move(done);
    withModelKey(sameEndpoint ? modelId : QString(), typedKey,
                 [this, values, run](const QString &key, const QString &keyProblem) {
                     if (m_state == State::Connected && m_client) {
                         ModelCheck::run(m_client, m_capabilities.shape, values, key, this,
                                         [run, keyProblem](GitLabModelCheck check) {
                                             if (!keyProblem.isEmpty())
                                                 check.message += QLatin1Char('\n') + keyProblem;
                                             run->result.gitlab = check;
                                             run->sideDone();
                                         });
                     } else {
                         run->result.gitlab.message =
                             tr("Not connected to the instance: GitLab's own check runs there.");
                         run->sideDone();
                     }

                     const QString provider = values.value(QLatin1String("provider")).toString();
                     if (!FieldRules::platformEndpoint(provider).isNull()) {
                         run->result.local.message =
                             tr("Models on Amazon Bedrock or Google Vertex AI have no HTTP "
                                "endpoint to probe from this computer.");
                         run->sideDone();
                         return;
                     }
                     auto *probe = new EndpointProbe(this);
                     connect(probe, &EndpointProbe::finished, this, [probe, run, keyProblem] {
                         probe->deleteLater();
                         run->result.local = probe->result();
                         if (!keyProblem.isEmpty())
                             run->result.local.message += QLatin1Char('\n') + keyProblem;
                         run->sideDone();
                     });
                     probe->start(values.value(QLatin1String("endpoint")).toString(), key);
                 });
}

// The key for a test: the one typed, else one typed into a pending change (in the keychain),
// else the one GitLab holds, read for this test only where admins may read it. When the model
// has a key that cannot be had, `then` says why, and the test runs without one.
void InstanceSession::withModelKey(const QString &modelId, const QString &typedKey,
                                   std::function<void(const QString &, const QString &)> then)
{
    if (!typedKey.isEmpty() || modelId.isEmpty()) {
        then(typedKey, {});
        return;
    }
    for (Change::Kind kind : {Change::Kind::CreateModel, Change::Kind::UpdateModel}) {
        const Change *c = view().pendingFor(kind, modelId);
        if (c && c->hasApiKey()) {
            m_secrets->read(c->apiKeyName(m_profile.idString()), this,
                            [then](const SecretResult &r) {
                                then(r.ok() ? r.secret : QString(),
                                     r.ok() ? QString()
                                            : tr("The draft's API key could not be read (%1): "
                                                 "tested without it.")
                                                  .arg(r.message()));
                            });
            return;
        }
    }
    const EffectiveModel *row = view().model(modelId);
    if (!row || !row->model.hasApiKey || SelfHostedModel::isLocalId(modelId)) {
        then({}, {});
        return;
    }
    if (!m_capabilities.shape.modelApiToken || m_state != State::Connected || !m_client) {
        then({}, tr("This GitLab does not give the model's API key back: tested without it. "
                    "Type the key to test with it."));
        return;
    }
    ModelCheck::readApiKey(
        m_client, modelId, this, [then](const QString &key, const QString &error) {
            then(key, error.isEmpty() ? QString()
                                      : tr("The model's API key could not be read from "
                                           "GitLab (%1): tested without it.")
                                            .arg(error));
        });
}
