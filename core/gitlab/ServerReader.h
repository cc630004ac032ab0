#pragma once

#include "model/ApiShape.h"
#include "model/Snapshot.h"
#include "net/ApiError.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class GitLabClient;

// Reads the server state the workspace mirrors: every model page (no 100 cap, several pages
// in flight at once), the feature settings, the Duo settings, or just a few models by id.
class ServerReader : public QObject
{
    Q_OBJECT

public:
    ServerReader(GitLabClient *client, ApiShape shape, QObject *parent = nullptr);

    template <typename T> using Done = std::function<void(T, ApiError)>;
    using ModelsById = QHash<QString, std::optional<SelfHostedModel>>; // nullopt: gone

    void allModels(Done<QList<SelfHostedModel>> done);
    // Each id maps to the model, or to nothing when it no longer exists.
    void models(const QStringList &ids, Done<ModelsById> done);
    // No list and no error: GitLab answered null, hiding them from this token (19.x).
    void features(Done<std::optional<QList<FeatureSetting>>> done);
    static QString featuresHiddenMessage();
    void duoSettings(Done<std::optional<DuoSettings>> done);
    // Models, features and Duo settings, the three in parallel.
    void snapshot(Done<Snapshot> done);

    int requestsSent() const { return m_requests; }

private:
    struct Page
    {
        QList<SelfHostedModel> models;
        bool hasNext = false;
        QString endCursor;
        ApiError error;
    };
    void page(const QString &after, std::function<void(Page)> done);
    void window(const Page &previous, std::shared_ptr<QHash<QString, SelfHostedModel>> collected,
                std::function<void()> finish, Done<QList<SelfHostedModel>> done);
    void sequential(const QString &after,
                    std::shared_ptr<QHash<QString, SelfHostedModel>> collected,
                    std::function<void()> finish, Done<QList<SelfHostedModel>> done);

    GitLabClient *m_client;
    ApiShape m_shape;
    QSet<QString> m_capabilities;
    int m_requests = 0;
};
