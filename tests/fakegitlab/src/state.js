'use strict';
// The simulated instance: built-in defaults, fixture loading, placeholder substitution, merging.

const { isoTime, isoDate, addDays, deepMerge, clone, isPlainObject } = require('./util');

const DEFAULT_VERSION = '18.9.0-ee';
const DEFAULT_REVISION = '6714c913625';
const DEFAULT_VERSION_19 = '19.6.0-ee';
const DEFAULT_REVISION_19 = 'b81d0c5e3f2';

/** The version and revision reported when neither the fixture nor the command line gives one. */
function defaultVersionFor(shape) {
  return shape === '19.6' ? { version: DEFAULT_VERSION_19, revision: DEFAULT_REVISION_19 } : { version: DEFAULT_VERSION, revision: DEFAULT_REVISION };
}

function defaultUsers() {
  return [
    { id: 1, username: 'root', name: 'Administrator', email: 'admin@example.com', isAdmin: true, state: 'active' },
    { id: 2, username: 'alice', name: 'Alice Developer', email: 'alice@example.com', isAdmin: false, state: 'active' },
    { id: 3, username: 'bob', name: 'Bob Blocked', email: 'bob@example.com', isAdmin: false, state: 'blocked' },
  ];
}

function defaultTokens(now) {
  const future = isoDate(addDays(now, 300));
  const t = (id, token, name, username, scopes, extra = {}) => ({
    id, token, name, username, scopes, expiresAt: future, revoked: false, impersonation: false,
    createdAt: isoTime(addDays(now, -30)), lastUsedAt: null, ...extra,
  });
  return [
    t(1, 'sim-admin-token', 'duo-console admin', 'root', ['api', 'admin_mode']),
    t(2, 'sim-admin-api-only', 'api only', 'root', ['api']),
    t(3, 'sim-read-api', 'read only', 'root', ['read_api']),
    t(4, 'sim-nonadmin-token', 'alice api', 'alice', ['api']),
    t(5, 'sim-expired-token', 'expired', 'root', ['api', 'admin_mode'], { expiresAt: '2024-01-01' }),
    t(6, 'sim-revoked-token', 'revoked', 'root', ['api', 'admin_mode'], { revoked: true }),
    t(7, 'sim-blocked-token', 'blocked user', 'bob', ['api']),
  ];
}

function defaultLicense(now) {
  const starts = addDays(now, -120);
  return {
    activationCode: 'SIMACTIVATIONCODE0000001',
    current: {
      id: 1024, type: 'online_cloud', plan: 'ultimate', name: 'Sim Admin', email: 'admin@example.com',
      company: 'Example Corp', startsAt: isoDate(starts), expiresAt: isoDate(addDays(starts, 365)),
      activatedAt: isoDate(starts), createdAt: isoDate(starts), blockChangesAt: isoDate(addDays(starts, 379)),
      lastSync: isoTime(addDays(now, -0.25)), usersInLicenseCount: 100, billableUsersCount: 42,
      maximumUserCount: 57, trial: false,
    },
    history: [],
    future: [],
  };
}

/** Built-in defaults: the state used when no fixture is given (fixtures/default.json mirrors it). */
function defaults(now = new Date()) {
  return {
    version: DEFAULT_VERSION,
    revision: DEFAULT_REVISION,
    shape: '18.9',
    enterprise: null, // null: derived from the version suffix (-ee)
    introspection: null, // null: static for shape 18.9, live for 17.6
    instanceId: '5f3c1e2a-7b4d-4c11-9a6e-2d8f0b7c9e10',
    kas: { enabled: false, externalUrl: null, externalK8sProxyUrl: null, version: null },
    settings: {
      adminModeEnabled: true,
      betaModelsAccepted: false,
      outboundAllowlist: [],
      denyAllRequestsExceptAllowlist: false,
      gatewayAllowLocalNetwork: false,
      gitlabCom: false,
      amazonQConnected: false,
      licenseFeatureSelfHostedModels: true,
      dapPerRequestBilling: null, // null: on for shape 18.9, off for 17.6
      airGapped: false,
      graphqlRequiresAdminModeScope: false,
      connectionCheckTimeoutMs: null, // null: 3000 (17.6, 18.9) or 15000 (19.6)
      hostProbeTimeoutMs: 5000,
      dnsHosts: {},
      introspectionPadBytes: 4000000,
      dapInstanceCustomizablePermissions: false,
      extraEnumValues: { family: null, feature: null, provider: null },
      functionalVerification: { enabled: false, delayMs: 1500, timeoutMs: 130000, outcome: 'auto', failureMessage: null },
    },
    featureFlags: { ai_duo_chat_sub_features_settings: true },
    users: defaultUsers(),
    tokens: defaultTokens(now),
    license: defaultLicense(now),
    addOnPurchases: [{ id: 1, name: 'DUO_ENTERPRISE', purchasedQuantity: 50, assignedQuantity: 12, expiresAt: null }],
    models: [],
    featureSettings: [],
    duoSettings: {
      aiGatewayUrl: null, aiGatewayTimeoutSeconds: 60, duoAgentPlatformServiceUrl: null,
      duoCoreFeaturesEnabled: false, minimumAccessLevelExecute: null, minimumAccessLevelExecuteAsync: null,
      minimumAccessLevelManage: null, minimumAccessLevelEnableOnProjects: null,
      // 19.x only (not in the 17.6 / 18.9 schemas):
      selfHostedDuoAgentPlatformServiceSecure: true, duoCliEnabled: true, includeRecommendedAllowed: true,
      allowAllUnixSockets: false, allowProjectExtension: false,
      updatedAt: isoTime(now),
    },
    namespaces: [
      { id: 1, fullPath: 'root', name: 'Administrator', duoEnabled: true },
      { id: 22, fullPath: 'northwind', name: 'Northwind', duoEnabled: true },
      { id: 23, fullPath: 'northwind/no-duo', name: 'No Duo', duoEnabled: false },
    ],
    verificationRuns: [],
    applicationSettings: {
      duo_features_enabled: true,
      lock_duo_features_enabled: false,
      instance_level_ai_beta_features_enabled: false,
      model_prompt_cache_enabled: true,
      enabled_expanded_logging: false,
      duo_agent_platform_enabled: true,
      duo_remote_flows_enabled: true,
      disabled_direct_code_suggestions: false,
      duo_chat_expiration_days: 30,
      duo_chat_expiration_column: 'last_updated_at',
    },
    modelServer: { apiKey: null, models: ['mistral-small-24b-instruct', 'codestral-22b', 'llama-3.3-70b-instruct'], status: null },
    gateway: { ready: false, healthy: true, requireAuth: true, bedrockAvailable: true, vertexAvailable: true },
    faults: [],
  };
}

/** Replaces ${gateway}, ${modelServer}, ${gitlab} and ${agentPlatform} (host:port) in every string of a fixture. */
function substitute(value, urls) {
  if (typeof value === 'string') {
    return value.replace(/\$\{(gateway|modelServer|gitlab|agentPlatform)\}/g, (m, k) => (urls && urls[k]) || m);
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, urls));
  if (isPlainObject(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, urls);
    return out;
  }
  return value;
}

function mergeByKey(base, extra, key) {
  const out = base.map((b) => ({ ...b }));
  for (const e of extra || []) {
    const i = out.findIndex((b) => b[key] === e[key]);
    if (i >= 0) out[i] = { ...out[i], ...e };
    else out.push({ ...e });
  }
  return out;
}

/**
 * Builds a state from a fixture: objects merge over the defaults, arrays replace them, except
 * `users` (merged by username) and `tokens` (merged by token string) so the default tokens stay.
 */
function buildState(fixture, urls, now = new Date()) {
  const fx = substitute(clone(fixture || {}), urls);
  const base = defaults(now);
  const { users, tokens, ...rest } = fx;
  let state = deepMerge(base, rest);
  state.users = mergeByKey(base.users, users, 'username');
  state.tokens = mergeByKey(base.tokens, tokens, 'token');
  return normalize(state, now);
}

/** Applies a PATCH body: plain objects merge recursively, other values replace. */
function patchState(state, patch, urls) {
  const merged = deepMerge(state, substitute(clone(patch || {}), urls));
  return normalize(merged, new Date());
}

/** Fills ids, timestamps and references so the rest of the code can rely on them. */
function normalize(state, now) {
  const ts = isoTime(now);
  state.users.forEach((u, i) => {
    if (u.id == null) u.id = Math.max(0, ...state.users.map((x) => x.id || 0)) + i + 1;
    if (u.state == null) u.state = 'active';
    if (u.isAdmin == null) u.isAdmin = false;
  });
  let tokenId = Math.max(0, ...state.tokens.map((t) => t.id || 0));
  for (const t of state.tokens) {
    if (t.id == null) t.id = ++tokenId;
    if (t.userId == null && t.username) {
      const u = state.users.find((x) => x.username === t.username);
      if (u) t.userId = u.id;
    }
    if (t.username == null) {
      const u = state.users.find((x) => x.id === t.userId);
      if (u) t.username = u.username;
    }
    t.scopes = t.scopes || ['api'];
    if (t.revoked == null) t.revoked = false;
    if (t.impersonation == null) t.impersonation = false;
    if (t.expiresAt === undefined) t.expiresAt = null;
    if (!t.name) t.name = t.token;
    if (!t.createdAt) t.createdAt = ts;
  }
  let modelId = Math.max(0, ...state.models.map((m) => Number(m.id) || 0));
  for (const m of state.models) {
    if (m.id == null) m.id = ++modelId;
    m.id = Number(m.id);
    m.model = String(m.model || '').toLowerCase();
    if (m.identifier === undefined) m.identifier = null;
    if (m.apiToken === undefined || m.apiToken === '') m.apiToken = null;
    m.provider = m.provider == null ? 'api' : String(m.provider).toLowerCase(); // 19.x column, default api
    if (m.endpoint == null) m.endpoint = '';
    if (!m.createdAt) m.createdAt = ts;
    if (!m.updatedAt) m.updatedAt = m.createdAt;
  }
  state.nextModelId = Math.max(Number(state.nextModelId) || 0, modelId + 1);
  state.featureSettings = (state.featureSettings || []).map((fs) => {
    const row = { provider: 'self_hosted', selfHostedModelId: null, offeredModelRef: null, ...fs };
    if (row.selfHostedModelName && row.selfHostedModelId == null) {
      const m = state.models.find((x) => x.name === row.selfHostedModelName);
      if (m) row.selfHostedModelId = m.id;
    }
    delete row.selfHostedModelName;
    row.provider = String(row.provider).toLowerCase();
    row.feature = String(row.feature).toLowerCase();
    if (row.selfHostedModelId != null) row.selfHostedModelId = Number(row.selfHostedModelId);
    if (!row.createdAt) row.createdAt = ts;
    if (!row.updatedAt) row.updatedAt = row.createdAt;
    return row;
  });
  state.addOnPurchases = (state.addOnPurchases || []).map((a, i) => ({ id: i + 1, assignedQuantity: 0, expiresAt: null, ...a, name: String(a.name).toUpperCase() }));
  state.license = state.license || { current: null, history: [], future: [] };
  state.license.history = state.license.history || [];
  state.license.future = state.license.future || [];
  state.faults = state.faults || [];
  let nsId = Math.max(0, ...(state.namespaces || []).map((n) => Number(n.id) || 0));
  state.namespaces = (state.namespaces || []).map((n) => ({ ...n, id: n.id == null ? ++nsId : Number(n.id), duoEnabled: n.duoEnabled !== false }));
  state.verificationRuns = state.verificationRuns || [];
  return state;
}

module.exports = { defaults, buildState, patchState, substitute, defaultVersionFor, DEFAULT_VERSION, DEFAULT_REVISION };
