'use strict';
// GitLab 19.x changes to the Duo Self-Hosted tables (API.md (i)), applied over the 18.9 tables of
// catalog.js. Where API.md names a feature but not its title, section or families, the values
// here are the simulator's choice (README "Approximations").

const { FAMILIES, FEATURES } = require('./catalog');

/** 19.x families: GEMINI, EMBEDDING and QWEN are new, all BETA. */
const FAMILIES_19 = {
  ...FAMILIES,
  gemini: { displayName: 'Gemini', releaseState: 'BETA' },
  embedding: { displayName: 'Embedding', releaseState: 'BETA' },
  qwen: { displayName: 'Qwen', releaseState: 'BETA' },
};

/** Agent Platform features accept these families in 19.x (API.md (i)). */
const DAP_19 = ['claude_3', 'gpt', 'general', 'mistral', 'gemini', 'qwen'];

const DAP_MAIN = 'GitLab Duo Agent Platform';
const OTHER_MAIN = 'Other GitLab Duo features';

// Families added to existing features: Qwen for code suggestions and chat, Gemini for
// (non-agentic) chat; which chat sub-features take them is chosen (all four GA ones).
const ADDED_FAMILIES = {
  code_generations: ['qwen'],
  code_completions: ['qwen'],
  duo_chat: ['gemini', 'qwen'],
  duo_chat_explain_code: ['gemini', 'qwen'],
  duo_chat_write_tests: ['gemini', 'qwen'],
  duo_chat_refactor_code: ['gemini', 'qwen'],
  duo_chat_fix_code: ['gemini', 'qwen'],
};

const TITLES_19 = {
  review_merge_request: 'Non-Agentic Code Review',
  duo_agent_platform: 'Agents & flows',
};

/** The eight new AiFeatures. Titles other than UI.md's, sections and families are chosen. */
const NEW_FEATURES = [
  { key: 'review_merge_request_dap', value: 18, title: 'Agentic Code Review', mainFeature: DAP_MAIN, releaseState: 'GA', compatible: DAP_19, dap: true },
  { key: 'secret_vulnerability_fp_detection', value: 19, title: 'Secret Detection False Positive Detection', mainFeature: DAP_MAIN, releaseState: 'GA', compatible: DAP_19, dap: true },
  { key: 'duo_developer', value: 20, title: 'Duo Developer', mainFeature: DAP_MAIN, releaseState: 'GA', compatible: DAP_19, dap: true },
  { key: 'sast_vulnerability_fp_detection', value: 21, title: 'SAST False Positive Detection', mainFeature: DAP_MAIN, releaseState: 'BETA', compatible: DAP_19, dap: true, flagged: true },
  { key: 'sast_vulnerability_resolution', value: 22, title: 'SAST Vulnerability Resolution', mainFeature: DAP_MAIN, releaseState: 'BETA', compatible: DAP_19, dap: true, flagged: true },
  { key: 'security_review', value: 23, title: 'Security Review', mainFeature: DAP_MAIN, releaseState: 'BETA', compatible: DAP_19, dap: true, flagged: true },
  { key: 'feature_discovery_search', value: 24, title: 'Feature Discovery Search', mainFeature: OTHER_MAIN, releaseState: 'BETA', compatible: ['mistral', 'mixtral', 'claude_3', 'gpt', 'llama3', 'general', 'gemini', 'qwen'], flagged: true },
  { key: 'resolve_dependency_bump', value: 25, title: 'Dependency Bump Resolution', mainFeature: DAP_MAIN, releaseState: 'BETA', compatible: DAP_19, dap: true, flagged: true },
];

const FEATURES_19 = [
  ...FEATURES.map((f) => {
    const out = { ...f, compatible: [...f.compatible, ...(ADDED_FAMILIES[f.key] || [])] };
    if (f.dap) out.compatible = DAP_19;
    if (TITLES_19[f.key]) out.title = TITLES_19[f.key];
    return out;
  }),
  ...NEW_FEATURES,
];

module.exports = { FAMILIES_19, FEATURES_19, DAP_19 };
