#include "EnumNames.h"

#include "model/FieldRules.h"
#include "model/SelfHostedModel.h"

#include <utility>

namespace {

struct Entry
{
    const char *value;
    const char *name;
    const char *releaseState = nullptr;
};

// GitLab's display names (UI.md 1.5 and API.md (i)); brand names stay as they are.
const Entry families[] = {
    {"CODESTRAL", QT_TRANSLATE_NOOP("EnumNames", "Mistral Codestral"), "GA"},
    {"MISTRAL", QT_TRANSLATE_NOOP("EnumNames", "Mistral"), "GA"},
    {"MIXTRAL", QT_TRANSLATE_NOOP("EnumNames", "Mixtral"), "GA"},
    {"CLAUDE_3", QT_TRANSLATE_NOOP("EnumNames", "Claude"), "GA"},
    {"GPT", QT_TRANSLATE_NOOP("EnumNames", "GPT"), "GA"},
    {"LLAMA3", QT_TRANSLATE_NOOP("EnumNames", "Llama 3"), "BETA"},
    {"CODEGEMMA", QT_TRANSLATE_NOOP("EnumNames", "CodeGemma"), "BETA"},
    {"CODELLAMA", QT_TRANSLATE_NOOP("EnumNames", "Code Llama"), "BETA"},
    {"DEEPSEEKCODER", QT_TRANSLATE_NOOP("EnumNames", "DeepSeek Coder"), "BETA"},
    {"GENERAL", QT_TRANSLATE_NOOP("EnumNames", "General"), "BETA"},
    {"GEMINI", QT_TRANSLATE_NOOP("EnumNames", "Gemini"), "BETA"},
    {"EMBEDDING", QT_TRANSLATE_NOOP("EnumNames", "Embedding"), "BETA"},
    {"QWEN", QT_TRANSLATE_NOOP("EnumNames", "Qwen"), "BETA"},
};

const Entry platforms[] = {
    {"API", QT_TRANSLATE_NOOP("EnumNames", "API")},
    {"BEDROCK", QT_TRANSLATE_NOOP("EnumNames", "Amazon Bedrock")},
    {"VERTEX_AI", QT_TRANSLATE_NOOP("EnumNames", "Google Vertex AI")},
};

const Entry releaseStates[] = {
    {"GA", QT_TRANSLATE_NOOP("EnumNames", "Generally available")},
    {"BETA", QT_TRANSLATE_NOOP("EnumNames", "Beta")},
    {"EXPERIMENTAL", QT_TRANSLATE_NOOP("EnumNames", "Experiment")},
    {"EXPERIMENT", QT_TRANSLATE_NOOP("EnumNames", "Experiment")},
};

// Titles as 19.x names them (API.md (i)); GitLab's own title, when it sends one, wins.
const Entry features[] = {
    {"CODE_COMPLETIONS", QT_TRANSLATE_NOOP("EnumNames", "Code Completion")},
    {"CODE_GENERATIONS", QT_TRANSLATE_NOOP("EnumNames", "Code Generation")},
    {"DUO_CHAT", QT_TRANSLATE_NOOP("EnumNames", "General Chat")},
    {"DUO_CHAT_EXPLAIN_CODE", QT_TRANSLATE_NOOP("EnumNames", "Code Explanation")},
    {"DUO_CHAT_WRITE_TESTS", QT_TRANSLATE_NOOP("EnumNames", "Test Generation")},
    {"DUO_CHAT_REFACTOR_CODE", QT_TRANSLATE_NOOP("EnumNames", "Refactor Code")},
    {"DUO_CHAT_FIX_CODE", QT_TRANSLATE_NOOP("EnumNames", "Fix Code")},
    {"DUO_CHAT_TROUBLESHOOT_JOB", QT_TRANSLATE_NOOP("EnumNames", "Root Cause Analysis")},
    {"DUO_CHAT_EXPLAIN_VULNERABILITY", QT_TRANSLATE_NOOP("EnumNames", "Vulnerability Explanation")},
    {"DUO_CHAT_SUMMARIZE_COMMENTS", QT_TRANSLATE_NOOP("EnumNames", "Discussion Summary")},
    {"GENERATE_COMMIT_MESSAGE", QT_TRANSLATE_NOOP("EnumNames", "Merge Commit Message Generation")},
    {"SUMMARIZE_NEW_MERGE_REQUEST", QT_TRANSLATE_NOOP("EnumNames", "Merge Request Summary")},
    {"SUMMARIZE_REVIEW", QT_TRANSLATE_NOOP("EnumNames", "Code Review Summary")},
    {"REVIEW_MERGE_REQUEST", QT_TRANSLATE_NOOP("EnumNames", "Non-Agentic Code Review")},
    {"GLAB_ASK_GIT_COMMAND", QT_TRANSLATE_NOOP("EnumNames", "GitLab Duo for CLI")},
    {"RESOLVE_VULNERABILITY", QT_TRANSLATE_NOOP("EnumNames", "Vulnerability Resolution")},
    {"DUO_AGENT_PLATFORM", QT_TRANSLATE_NOOP("EnumNames", "Agents & flows")},
    {"DUO_AGENT_PLATFORM_AGENTIC_CHAT", QT_TRANSLATE_NOOP("EnumNames", "Agentic Chat")},
    {"REVIEW_MERGE_REQUEST_DAP", QT_TRANSLATE_NOOP("EnumNames", "Code Review")},
    {"SECRET_VULNERABILITY_FP_DETECTION",
     QT_TRANSLATE_NOOP("EnumNames", "Secret Detection False Positive Detection")},
    {"SAST_VULNERABILITY_FP_DETECTION",
     QT_TRANSLATE_NOOP("EnumNames", "SAST False Positive Detection")},
    {"SAST_VULNERABILITY_RESOLUTION",
     QT_TRANSLATE_NOOP("EnumNames", "SAST Vulnerability Resolution")},
    {"SECURITY_REVIEW", QT_TRANSLATE_NOOP("EnumNames", "Security Review")},
    {"FEATURE_DISCOVERY_SEARCH", QT_TRANSLATE_NOOP("EnumNames", "Feature Discovery Search")},
    {"RESOLVE_DEPENDENCY_BUMP", QT_TRANSLATE_NOOP("EnumNames", "Resolve Dependency Bump")},
    {"DUO_DEVELOPER", QT_TRANSLATE_NOOP("EnumNames", "Developer Flow")},
};

// Titles earlier GitLab versions gave (18.x), still translated when an instance sends them.
const char *const earlierFeatureTitles[] = {
    QT_TRANSLATE_NOOP("EnumNames", "All agents, except Agentic Chat"),
};

template <std::size_t N> const Entry *find(const Entry (&table)[N], const QString &value)
{
    for (const Entry &entry : table) {
        if (value == QLatin1String(entry.value))
            return &entry;
    }
    return nullptr;
}

template <std::size_t N> EnumNames::Name lookUp(const Entry (&table)[N], const QString &value)
{
    if (const Entry *entry = find(table, value))
        return {QCoreApplication::translate("EnumNames", entry->name), true};
    return {value, value.isEmpty()};
}

} // namespace

EnumNames::Name EnumNames::family(const QString &value)
{
    return lookUp(families, value);
}

EnumNames::Name EnumNames::platform(const QString &value)
{
    return lookUp(platforms, value);
}

EnumNames::Name EnumNames::releaseState(const QString &value)
{
    return lookUp(releaseStates, value);
}

EnumNames::Name EnumNames::feature(const QString &value)
{
    return lookUp(features, value);
}

QString EnumNames::featureTitle(const QString &gitlabTitle)
{
    for (const Entry &entry : features) {
        if (gitlabTitle == QLatin1String(entry.name))
            return QCoreApplication::translate("EnumNames", entry.name);
    }
    for (const char *title : earlierFeatureTitles) {
        if (gitlabTitle == QLatin1String(title))
            return QCoreApplication::translate("EnumNames", title);
    }
    return gitlabTitle;
}

QString EnumNames::shown(const Name &name)
{
    return name.known ? name.text : tr("%1 (new in this GitLab version)").arg(name.text);
}

QString EnumNames::familyReleaseState(const QString &value)
{
    const Entry *entry = find(families, value);
    return QLatin1String(entry ? entry->releaseState : "EXPERIMENTAL");
}

QString EnumNames::familyText(const QString &family, const QString &releaseState)
{
    const Name name = EnumNames::family(family);
    const QString state = releaseState.isEmpty() ? familyReleaseState(family) : releaseState;
    return name.known && state == QLatin1String("BETA") ? tr("%1 (Beta)").arg(name.text)
                                                        : shown(name);
}

QString EnumNames::platformText(const SelfHostedModel &model)
{
    const QString name = shown(platform(model.provider));
    return model.providerInferred ? tr("%1 (from the identifier)").arg(name) : name;
}

QString EnumNames::endpointText(const SelfHostedModel &model)
{
    return FieldRules::platformEndpoint(model.provider).isNull() ? model.endpoint
                                                                 : QStringLiteral("--");
}
