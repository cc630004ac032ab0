'use strict';
// GitLab's fixed tables for Duo Self-Hosted (18.9), from API.md (c) and UI.md 1.5 / 1.9.

/** Model families: lower-case key → display name and release state (Ai::SelfHostedModel). */
const FAMILIES = {
  mistral: { displayName: 'Mistral', releaseState: 'GA' },
  llama3: { displayName: 'Llama 3', releaseState: 'BETA' },
  codegemma: { displayName: 'CodeGemma', releaseState: 'BETA' },
  codestral: { displayName: 'Mistral Codestral', releaseState: 'GA' },
  codellama: { displayName: 'Code Llama', releaseState: 'BETA' },
  deepseekcoder: { displayName: 'DeepSeek Coder', releaseState: 'BETA' },
  claude_3: { displayName: 'Claude', releaseState: 'GA' },
  gpt: { displayName: 'GPT', releaseState: 'GA' },
  mixtral: { displayName: 'Mixtral', releaseState: 'GA' },
  general: { displayName: 'General', releaseState: 'BETA' },
};

function familyReleaseState(key) {
  return (FAMILIES[key] && FAMILIES[key].releaseState) || 'EXPERIMENTAL';
}

function familyDisplayName(key) {
  return (FAMILIES[key] && FAMILIES[key].displayName) || key;
}

const ALL = ['codegemma', 'codellama', 'codestral', 'deepseekcoder', 'mistral', 'mixtral', 'llama3', 'claude_3', 'gpt', 'general'];
const CHAT = ['mistral', 'mixtral', 'codestral', 'claude_3', 'gpt', 'llama3', 'general'];
const CHAT_SUB = ['mistral', 'mixtral', 'claude_3', 'gpt', 'codestral', 'llama3', 'general'];
const OTHER = ['mistral', 'mixtral', 'claude_3', 'gpt', 'llama3', 'general'];
const REVIEW = ['claude_3', 'mistral', 'mixtral', 'gpt', 'llama3', 'general'];
const DAP = ['claude_3', 'gpt', 'general'];

const CS = 'Code Suggestions';
const CHAT_MAIN = 'GitLab Duo Chat';
const MR = 'GitLab Duo for merge requests';
const ISSUES = 'GitLab Duo for issues';
const OTHER_MAIN = 'Other GitLab Duo features';
const DAP_MAIN = 'GitLab Duo Agent Platform';

/**
 * Features in Ai::FeatureSetting enum order. `flagged` features (beta) are offered only after the
 * testing agreement is accepted; `dap` features need the self-hosted DAP abilities.
 */
const FEATURES = [
  { key: 'code_generations', value: 0, title: 'Code Generation', mainFeature: CS, releaseState: 'GA', compatible: ALL },
  { key: 'code_completions', value: 1, title: 'Code Completion', mainFeature: CS, releaseState: 'GA', compatible: ALL },
  { key: 'duo_chat', value: 2, title: 'General Chat', mainFeature: CHAT_MAIN, releaseState: 'GA', compatible: CHAT },
  { key: 'duo_chat_explain_code', value: 3, title: 'Code Explanation', mainFeature: CHAT_MAIN, releaseState: 'GA', compatible: CHAT_SUB },
  { key: 'duo_chat_write_tests', value: 4, title: 'Test Generation', mainFeature: CHAT_MAIN, releaseState: 'GA', compatible: CHAT_SUB },
  { key: 'duo_chat_refactor_code', value: 5, title: 'Refactor Code', mainFeature: CHAT_MAIN, releaseState: 'GA', compatible: CHAT_SUB },
  { key: 'duo_chat_fix_code', value: 6, title: 'Fix Code', mainFeature: CHAT_MAIN, releaseState: 'GA', compatible: CHAT_SUB },
  { key: 'duo_chat_troubleshoot_job', value: 7, title: 'Root Cause Analysis', mainFeature: CHAT_MAIN, releaseState: 'BETA', compatible: OTHER, flagged: true },
  { key: 'generate_commit_message', value: 8, title: 'Merge Commit Message Generation', mainFeature: MR, releaseState: 'BETA', compatible: OTHER, flagged: true },
  { key: 'summarize_new_merge_request', value: 9, title: 'Merge Request Summary', mainFeature: MR, releaseState: 'BETA', compatible: OTHER, flagged: true },
  { key: 'duo_chat_explain_vulnerability', value: 10, title: 'Vulnerability Explanation', mainFeature: OTHER_MAIN, releaseState: 'BETA', compatible: OTHER, flagged: true, notOnPremium: true },
  { key: 'resolve_vulnerability', value: 11, title: 'Vulnerability Resolution', mainFeature: OTHER_MAIN, releaseState: 'BETA', compatible: OTHER, flagged: true, notOnPremium: true },
  { key: 'summarize_review', value: 12, title: 'Code Review Summary', mainFeature: MR, releaseState: 'EXPERIMENT', compatible: OTHER, flagged: true },
  { key: 'glab_ask_git_command', value: 13, title: 'GitLab Duo for CLI', mainFeature: OTHER_MAIN, releaseState: 'BETA', compatible: OTHER, flagged: true },
  { key: 'duo_chat_summarize_comments', value: 14, title: 'Discussion Summary', mainFeature: ISSUES, releaseState: 'BETA', compatible: OTHER, flagged: true },
  { key: 'review_merge_request', value: 15, title: 'Code Review', mainFeature: MR, releaseState: 'GA', compatible: REVIEW },
  { key: 'duo_agent_platform', value: 16, title: 'All agents, except Agentic Chat', mainFeature: DAP_MAIN, releaseState: 'GA', compatible: DAP, dap: true },
  { key: 'duo_agent_platform_agentic_chat', value: 17, title: 'Agentic Chat', mainFeature: DAP_MAIN, releaseState: 'GA', compatible: DAP, dap: true },
];

const FEATURE_BY_KEY = Object.fromEntries(FEATURES.map((f) => [f.key, f]));

/** Add-ons that make instance model configuration possible (Duo Core / Pro / Enterprise). */
const DUO_ADD_ONS = ['DUO_CORE', 'CODE_SUGGESTIONS', 'DUO_ENTERPRISE'];

/** GitLab-managed ("vendored") models offered when the cloud model definitions are reachable. */
const OFFERED_MODELS = [
  { ref: 'claude_sonnet_4_20250514', name: 'Claude Sonnet 4', modelProvider: 'Anthropic', modelDescription: 'Fast, cost-effective responses.', costIndicator: '$$' },
  { ref: 'claude_sonnet_4_5_20250929', name: 'Claude Sonnet 4.5', modelProvider: 'Anthropic', modelDescription: 'Balanced reasoning and speed.', costIndicator: '$$$' },
  { ref: 'claude_haiku_4_5_20251001', name: 'Claude Haiku 4.5', modelProvider: 'Anthropic', modelDescription: 'Lowest latency.', costIndicator: '$' },
  { ref: 'gpt_5', name: 'GPT-5', modelProvider: 'OpenAI', modelDescription: 'General purpose.', costIndicator: '$$$' },
];

module.exports = { FAMILIES, FEATURES, FEATURE_BY_KEY, DUO_ADD_ONS, OFFERED_MODELS, familyReleaseState, familyDisplayName };
