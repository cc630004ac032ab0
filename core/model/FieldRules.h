#pragma once

#include "model/FieldProblem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct ApiShape;

// What GitLab would refuse in one field (or answer with an HTTP 500), refused before anything
// is recorded, in GitLab's words where it has them. Each function returns the problem, or an
// empty string.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static constexpr int maxNameLength = 255;
    static constexpr int maxIdentifierLength = 255;
    static constexpr int maxUrlLength = 2048;
    static constexpr int maxApiKeyLength = 8192;
    static constexpr int maxTokenLength = 1024;
    static inline const QString bedrockPlaceholderEndpoint =
        QStringLiteral("http://bedrockselfhostedmodel.com");

    // Control characters in any text field the console sends.
    static QString controlCharacters(const QString &label, const QString &text);
    // The editable fields of a self-hosted model, as far as `fields` sets them. `provider` is
    // the model's platform after the edit (API when the instance knows none).
    static FieldProblem modelFields(const QJsonObject &fields, const QString &provider,
                                    const ApiShape &shape);
    // The endpoint GitLab's form sends for a platform that has none (Bedrock: a placeholder;
    // Vertex AI on 19.x: empty), or a null string where the platform needs a real one.
    static QString platformEndpoint(const QString &provider);
    static QString apiKey(const QString &key);
    static QString accessToken(const QString &token);
    // A manual proxy's Basic login: Qt sends it in Latin-1, and the user may hold no colon.
    static QString proxyLogin(const QString &user, const QString &password);
    static QString duoSettings(const QJsonObject &fields);
    static bool isHttpUrl(const QString &text);
};
