#include "FieldRules.h"

#include "base/SafeText.h"
#include "model/ApiShape.h"
#include "model/DuoSettings.h"
#include "model/EnumNames.h"

#include <QUrl>

QString FieldRules::controlCharacters(const QString &label, const QString &text)
{
    const qsizetype at = SafeText::firstControlCharacter(text);
    if (at < 0)
        return {};
    return tr("%1 contains a control character (U+%2) at position %3: remove it.")
        .arg(label)
        .arg(uint(text.at(at).unicode()), 4, 16, QLatin1Char('0'))
        .arg(at + 1);
}

bool FieldRules::isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString FieldRules::platformEndpoint(const QString &provider)
{
    if (provider == QLatin1String("BEDROCK"))
        return bedrockPlaceholderEndpoint;
    if (provider == QLatin1String("VERTEX_AI"))
        return QLatin1String("");
    return {};
}

FieldProblem FieldRules::modelFields(const QJsonObject &fields, const QString &provider,
                                     const ApiShape &shape)
{
    const std::pair<const char *, QString> labels[] = {
        {"name", tr("The deployment name")},        {"endpoint", tr("The endpoint")},
        {"identifier", tr("The model identifier")}, {"family", tr("The model family")},
        {"provider", tr("The platform")},
    };
    for (const auto &[key, label] : labels) {
        if (const QString problem =
                controlCharacters(label, fields.value(QLatin1String(key)).toString());
            !problem.isEmpty())
            return {QLatin1String(key), problem};
    }
    if (fields.contains(QLatin1String("name"))) {
        const QString name = fields.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return {QStringLiteral("name"), tr("Please enter a deployment name.")};
        if (name.size() > maxNameLength)
            return {QStringLiteral("name"),
                    tr("The deployment name is longer than %1 characters.").arg(maxNameLength)};
    }
    if (fields.contains(QLatin1String("family"))) {
        const QString family = fields.value(QLatin1String("family")).toString();
        if (family.isEmpty())
            return {QStringLiteral("family"), tr("Please select a model.")};
        if (!shape.modelFamilies.isEmpty() && !shape.modelFamilies.contains(family))
            return {QStringLiteral("family"),
                    tr("This instance does not accept the model family %1. It accepts: %2.")
                        .arg(family, shape.modelFamilies.join(QLatin1String(", ")))};
    }
    // Before 19.0 GitLab keeps no platform: Bedrock is told by its identifier, nothing else.
    const QStringList platforms =
        shape.known && !shape.modelProvider
            ? QStringList{QStringLiteral("API"), QStringLiteral("BEDROCK")}
            : shape.modelProviders;
    if (fields.contains(QLatin1String("provider")) && !platforms.isEmpty() &&
        !platforms.contains(provider)) {
        QStringList accepted;
        for (const QString &platform : platforms)
            accepted << EnumNames::platform(platform).text;
        return {QStringLiteral("provider"),
                tr("This instance does not accept the platform %1. It accepts: %2.")
                    .arg(EnumNames::platform(provider).text, accepted.join(QLatin1String(", ")))};
    }
    const bool api = provider.isEmpty() || provider == QLatin1String("API");
    if (fields.contains(QLatin1String("endpoint"))) {
        const QString endpoint = fields.value(QLatin1String("endpoint")).toString().trimmed();
        if (endpoint.size() > maxUrlLength)
            return {QStringLiteral("endpoint"),
                    tr("The endpoint is longer than %1 characters.").arg(maxUrlLength)};
        if (api && endpoint.isEmpty())
            return {QStringLiteral("endpoint"), tr("Please enter an endpoint.")};
        if (api && !isHttpUrl(endpoint))
            return {QStringLiteral("endpoint"),
                    tr("Endpoint must be a valid URL: an http:// or https:// address, such as "
                       "https://models.example.com:8000/v1.")};
    }
    if (fields.contains(QLatin1String("identifier"))) {
        const QString identifier = fields.value(QLatin1String("identifier")).toString();
        if (identifier.size() > maxIdentifierLength)
            return {
                QStringLiteral("identifier"),
                tr("Model identifier must be less than %1 characters.").arg(maxIdentifierLength)};
        if (provider == QLatin1String("BEDROCK") &&
            !identifier.startsWith(QLatin1String("bedrock/")))
            return {QStringLiteral("identifier"),
                    tr("Model identifier must start with \"bedrock/\".")};
    }
    return {};
}

QString FieldRules::apiKey(const QString &key)
{
    if (key.isEmpty())
        return tr("The API key is empty.");
    if (key.size() > maxApiKeyLength)
        return tr("The API key is %1 characters long; Duo Console accepts at most %2. Check "
                  "that the right text was given.")
            .arg(key.size())
            .arg(maxApiKeyLength);
    return controlCharacters(tr("The API key"), key);
}

QString FieldRules::accessToken(const QString &token)
{
    if (token.isEmpty())
        return tr("The access token is empty.");
    if (token.size() > maxTokenLength)
        return tr("The access token is %1 characters long; GitLab's tokens are far shorter "
                  "(at most %2 are accepted). Check that the right text was given.")
            .arg(token.size())
            .arg(maxTokenLength);
    return controlCharacters(tr("The access token"), token);
}

QString FieldRules::proxyLogin(const QString &user, const QString &password)
{
    if (user.contains(QLatin1Char(':')))
        return tr("The proxy user may not contain a colon.");
    for (const QString &text : {user, password}) {
        for (const QChar c : text) {
            if (c.unicode() > 0xff)
                return tr("The proxy user and password may only hold Latin-1 characters "
                          "(\"%1\" is not): proxies receive them in that encoding.")
                    .arg(c);
        }
    }
    if (user.size() > maxTokenLength || password.size() > maxTokenLength)
        return tr("The proxy user and password may be at most %1 characters long.")
            .arg(maxTokenLength);
    if (const QString problem = controlCharacters(tr("The proxy user"), user); !problem.isEmpty())
        return problem;
    return controlCharacters(tr("The proxy password"), password);
}

QString FieldRules::duoSettings(const QJsonObject &fields)
{
    const QJsonValue timeout = fields.value(DuoSettings::gatewayTimeoutField);
    if (fields.contains(DuoSettings::gatewayTimeoutField) && !timeout.isNull()) {
        const int seconds = timeout.toInt();
        if (!timeout.isDouble() || seconds < 60 || seconds > 600)
            return tr("The AI gateway timeout must be between 60 and 600 seconds.");
    }
    const QString gateway = fields.value(DuoSettings::gatewayUrlField).toString();
    if (const QString problem = controlCharacters(tr("The AI gateway URL"), gateway);
        !problem.isEmpty())
        return problem;
    if (gateway.size() > maxUrlLength)
        return tr("The AI gateway URL is longer than %1 characters.").arg(maxUrlLength);
    if (!gateway.isEmpty() && !isHttpUrl(gateway))
        return tr("The AI gateway URL must be an http:// or https:// URL.");
    const QString agentPlatform = fields.value(DuoSettings::agentPlatformUrlField).toString();
    if (const QString problem =
            controlCharacters(tr("The Agent Platform service URL"), agentPlatform);
        !problem.isEmpty())
        return problem;
    if (agentPlatform.size() > maxUrlLength)
        return tr("The Agent Platform service URL is longer than %1 characters.").arg(maxUrlLength);
    if (agentPlatform.contains(QLatin1String("://")))
        return tr("The Agent Platform service URL is a host and port, such as "
                  "agent-platform.example.com:50052, without http:// or https://.");
    return {};
}
