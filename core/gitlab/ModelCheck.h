#pragma once

#include "model/ApiShape.h"
#include "model/ModelTest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

class GitLabClient;

// GitLab's own "Test connection": aiSelfHostedModelConnectionCheck with the form's values,
// unsaved (GitLab → AI gateway → model), and the stored key of a model, read for one test.
class ModelCheck
{
    Q_DECLARE_TR_FUNCTIONS(ModelCheck)

public:
    // `fields` as a model's editableFields(); `apiKey` may be empty.
    static void run(GitLabClient *client, const ApiShape &shape, const QJsonObject &fields,
                    const QString &apiKey, QObject *context,
                    std::function<void(const GitLabModelCheck &)> done);
    // The model's key as GitLab holds it (admins may read it: 18.x and later); empty when none.
    static void readApiKey(GitLabClient *client, const QString &modelId, QObject *context,
                           std::function<void(const QString &key, const QString &error)> done);
};
