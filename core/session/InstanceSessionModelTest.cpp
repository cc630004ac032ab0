// InstanceSession's "Test connection" use case, beside the others in InstanceSession.cpp.
#include "InstanceSession.h"
#include "gitlab/ModelCheck.h"
#include "model/FieldRules.h"
#include "net/EndpointProbe.h"
#include "net/GitLabClient.h"
#include "store/SecretStore.h"

#include <memory>

namespace {

// Both sides run at once; the result goes out when both have answered.
struct ModelTestRun
{
    ModelTestResult result;
    int waiting = 2;
    std::function<void(const ModelTestResult &)> done;

    void sideDone()
    {
        if (--waiting == 0)
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
    withModelKey(modelId, typedKey, context, [this, values, context, done](const QString &key) {
        auto run = std::make_shared<ModelTestRun>();
        run->done = done;

        if (m_state == State::Connected && m_client) {
            ModelCheck::run(m_client, m_capabilities.shape, values, key, context,
                            [run](const GitLabModelCheck &check) {
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
                tr("Models on Amazon Bedrock or Google Vertex AI have no HTTP endpoint to "
                   "probe from this computer.");
            run->sideDone();
            return;
        }
        auto *probe = new EndpointProbe(context);
        connect(probe, &EndpointProbe::finished, context, [probe, run] {
            probe->deleteLater();
            run->result.local = probe->result();
            run->sideDone();
        });
        probe->start(values.value(QLatin1String("endpoint")).toString(), key);
    });
}

// The key for a test: the one typed, else one typed into a pending change (in the keychain),
// else the one GitLab holds, read for this test only where admins may read it.
void InstanceSession::withModelKey(const QString &modelId, const QString &typedKey,
                                   QObject *context, std::function<void(const QString &)> then)
{
    if (!typedKey.isEmpty() || modelId.isEmpty()) {
        then(typedKey);
        return;
    }
    for (Change::Kind kind : {Change::Kind::CreateModel, Change::Kind::UpdateModel}) {
        const Change *c = view().pendingFor(kind, modelId);
        if (c && c->hasApiKey()) {
            m_secrets->read(c->apiKeyName(m_profile.idString()), context,
                            [then](const SecretResult &r) { then(r.ok() ? r.secret : QString()); });
            return;
        }
    }
    const EffectiveModel *row = view().model(modelId);
    if (!row || !row->model.hasApiKey || SelfHostedModel::isLocalId(modelId) ||
        !m_capabilities.shape.modelApiToken || m_state != State::Connected || !m_client) {
        then({});
        return;
    }
    ModelCheck::readApiKey(m_client, modelId, context,
                           [then](const QString &key, const QString &) { then(key); });
}
