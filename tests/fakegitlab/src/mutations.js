'use strict';
// Mutation resolvers: validation messages and side effects as GitLab 18.9 (17.6 where the shape differs).

const policy = require('./policy');
const { isoTime, isoDate } = require('./util');
const { validateModelEndpoint, validateGatewayUrl } = require('./urlcheck');
const { modelConfigurationProbe } = require('./probes');
const { duoSettingsSource, licenseSource } = require('./resolvers');
const {
  Http500, permissionError, argumentError, findModel, gidToId, featureMeta, requireMutationScope,
} = require('./common');

function requireManage(ctx) {
  requireMutationScope(ctx);
  if (!policy.canManageSelfHosted(ctx.state, ctx.auth)) throw permissionError();
}

/** Ai::SelfHostedModel validations, in declaration order; returns full messages. */
function modelErrors(state, input, selfId) {
  const errors = [...validateModelEndpoint(state.settings, input.endpoint)];
  const name = input.name == null ? '' : String(input.name);
  if (name.trim() === '') errors.push("Name can't be blank");
  else if (state.models.some((m) => m.name === name && m.id !== selfId)) errors.push('Name has already been taken');
  if (input.identifier != null && String(input.identifier).length > 255) errors.push('Identifier is too long (maximum is 255 characters)');
  return errors;
}

/** Database limits without model validations: the insert fails and GitLab answers HTTP 500. */
function checkDatabaseLimits(input) {
  if (String(input.name || '').length > 255) throw new Http500('value too long for name');
  if (String(input.endpoint || '').trim().length > 2048) throw new Http500('value too long for endpoint');
}

function payload(input, fields) {
  return { clientMutationId: input.clientMutationId === undefined ? null : input.clientMutationId, ...fields };
}

function aiSelfHostedModelCreate(_, { input }, ctx) {
  requireManage(ctx);
  const { state } = ctx;
  const errors = modelErrors(state, input, null);
  if (errors.length) return payload(input, { selfHostedModel: null, errors: [errors.join(', ')] });
  checkDatabaseLimits(input);
  const now = isoTime();
  const model = {
    id: state.nextModelId++, name: input.name, model: String(input.model).toLowerCase(), endpoint: String(input.endpoint).trim(),
    identifier: input.identifier == null ? null : input.identifier, apiToken: input.apiToken || null, createdAt: now, updatedAt: now,
  };
  state.models.push(model);
  return payload(input, { selfHostedModel: model, errors: [] });
}

function aiSelfHostedModelUpdate(_, { input }, ctx) {
  requireManage(ctx);
  const { state } = ctx;
  const model = findModel(state, input.id);
  if (!model) throw new Http500('self-hosted model not found');
  const errors = modelErrors(state, input, model.id);
  if (errors.length) return payload(input, { selfHostedModel: null, errors: [errors.join(', ')] });
  checkDatabaseLimits(input);
  model.name = input.name;
  model.model = String(input.model).toLowerCase();
  model.endpoint = String(input.endpoint).trim();
  if ('identifier' in input) model.identifier = input.identifier;
  if ('apiToken' in input) model.apiToken = input.apiToken || null;
  model.updatedAt = isoTime();
  return payload(input, { selfHostedModel: model, errors: [] });
}

function aiSelfHostedModelDelete(_, { input }, ctx) {
  requireManage(ctx);
  const { state } = ctx;
  const model = findModel(state, input.id);
  if (!model) return payload(input, { errors: ['Self-hosted model not found'] });
  state.models = state.models.filter((m) => m !== model);
  // ON DELETE CASCADE on ai_feature_settings.ai_self_hosted_model_id
  state.featureSettings = state.featureSettings.filter((f) => f.selfHostedModelId !== model.id);
  return payload(input, { errors: [] });
}

async function aiSelfHostedModelConnectionCheck(_, { input }, ctx) {
  requireManage(ctx);
  const result = await modelConfigurationProbe(ctx, input);
  return payload(input, { result, errors: [] });
}

/** One feature of aiFeatureSettingUpdate; returns { row } or { error }. */
function updateFeature(ctx, featureKey, provider, modelGid, offeredModelRef) {
  const { state } = ctx;
  const meta = featureMeta(featureKey);
  const modelId = modelGid != null ? gidToId(modelGid) : null;
  const model = modelId != null ? state.models.find((m) => m.id === modelId) : null;
  const row = { feature: featureKey, provider, selfHostedModelId: null, offeredModelRef: null };
  if (provider === 'self_hosted') {
    if (!model) return { error: "Self hosted model can't be blank" };
    if (meta && !meta.compatible.includes(model.model)) {
      const family = model.model.charAt(0).toUpperCase() + model.model.slice(1);
      return { error: `${family} is incompatible with the ${meta.title} feature` };
    }
    row.selfHostedModelId = model.id;
  } else if (modelId != null && !model) {
    throw new Http500('self-hosted model not found');
  }
  if (provider === 'vendored') {
    if (state.settings.airGapped) return { error: 'Failed to fetch model definitions' };
    row.offeredModelRef = offeredModelRef == null ? '' : offeredModelRef;
  }
  const now = isoTime();
  const existing = state.featureSettings.find((f) => f.feature === featureKey);
  if (existing) Object.assign(existing, row, { updatedAt: now });
  else state.featureSettings.push({ ...row, createdAt: now, updatedAt: now });
  return { row: { ...state.featureSettings.find((f) => f.feature === featureKey) } };
}

function checkFeatureAccess(ctx, features, input) {
  requireMutationScope(ctx);
  const { state, auth } = ctx;
  const selfHosted = policy.canManageSelfHosted(state, auth);
  const dap = policy.canManageDapSelfHosted(state, auth);
  const gitlabModels = policy.canManageInstanceModelSelection(state, auth);
  if (!selfHosted && !dap && !gitlabModels) throw permissionError();
  const hasDap = features.some((f) => (featureMeta(f) || {}).dap);
  const hasClassic = features.some((f) => !(featureMeta(f) || {}).dap);
  if (input.aiSelfHostedModelId != null && ((hasDap && !dap) || (hasClassic && !selfHosted))) {
    throw argumentError("You don't have permission to update the setting ai_self_hosted_model_id.");
  }
  if (input.offeredModelRef != null && !gitlabModels) {
    throw argumentError("You don't have permission to update the setting offered_model_ref.");
  }
}

function aiFeatureSettingUpdate(_, { input }, ctx) {
  const provider = String(input.provider).toLowerCase();
  if (ctx.state.shape === '17.6' || 'feature' in input) {
    const feature = String(input.feature).toLowerCase();
    checkFeatureAccess(ctx, [feature], input);
    const r = updateFeature(ctx, feature, provider, input.aiSelfHostedModelId, null);
    return payload(input, { aiFeatureSetting: r.row || null, errors: r.error ? [r.error] : [] });
  }
  const features = (input.features || []).map((f) => String(f).toLowerCase());
  checkFeatureAccess(ctx, features, input);
  if (features.length === 0) return payload(input, { aiFeatureSettings: [], errors: ['At least one feature is required'] });
  const results = features.map((f) => updateFeature(ctx, f, provider, input.aiSelfHostedModelId, input.offeredModelRef));
  return payload(input, {
    aiFeatureSettings: results.filter((r) => r.row).map((r) => r.row),
    errors: results.filter((r) => r.error).map((r) => r.error),
  });
}

const SELF_HOSTED_SETTINGS = { aiGatewayUrl: 'ai_gateway_url', duoAgentPlatformServiceUrl: 'duo_agent_platform_service_url', aiGatewayTimeoutSeconds: 'ai_gateway_timeout_seconds' };
const ACCESS_LEVEL_SETTINGS = {
  minimumAccessLevelExecute: 'minimum_access_level_execute', minimumAccessLevelExecuteAsync: 'minimum_access_level_execute_async',
  minimumAccessLevelManage: 'minimum_access_level_manage', minimumAccessLevelEnableOnProjects: 'minimum_access_level_enable_on_projects',
};

async function duoSettingsUpdate(_, { input }, ctx) {
  requireMutationScope(ctx);
  const { state, auth } = ctx;
  if (!policy.graphqlAdmin(state, auth)) throw permissionError();
  const deny = (attr) => argumentError(`You don't have permission to update the setting ${attr}.`);
  for (const [key, attr] of Object.entries(SELF_HOSTED_SETTINGS)) {
    if (key in input && !policy.canManageSelfHosted(state, auth)) throw deny(attr);
  }
  if ('duoCoreFeaturesEnabled' in input) {
    if (input.duoCoreFeaturesEnabled === null) throw argumentError('duoCoreFeaturesEnabled can\'t be null');
    if (!policy.instanceEligibility(state).ok && !policy.canManageInstanceModelSelection(state, auth)) throw deny('duo_core_features_enabled');
  }
  const params = { ...input };
  delete params.clientMutationId;
  if (!state.settings.dapInstanceCustomizablePermissions) for (const k of Object.keys(ACCESS_LEVEL_SETTINGS)) delete params[k];
  for (const k of ['aiGatewayUrl', 'duoAgentPlatformServiceUrl']) {
    if (k in params) params[k] = params[k] == null ? null : String(params[k]).replace(/\/$/, '') || null;
  }
  const errors = [];
  if ('aiGatewayUrl' in params) {
    for (const reason of await validateGatewayUrl({ ...state.settings }, params.aiGatewayUrl)) errors.push(`Ai gateway url ${reason}`);
  }
  if (params.duoAgentPlatformServiceUrl && params.duoAgentPlatformServiceUrl.length > 2048) {
    errors.push('Duo agent platform service url is too long (maximum is 2048 characters)');
  }
  if ('aiGatewayTimeoutSeconds' in params) {
    const t = params.aiGatewayTimeoutSeconds;
    if (t == null) errors.push('Ai gateway timeout seconds is not a number');
    else if (t < 60) errors.push('Ai gateway timeout seconds must be greater than or equal to 60');
    else if (t > 600) errors.push('Ai gateway timeout seconds must be less than or equal to 600');
  }
  if (errors.length) return payload(input, { duoSettings: duoSettingsSource(ctx), errors });
  Object.assign(state.duoSettings, params, { updatedAt: isoTime() });
  return payload(input, { duoSettings: duoSettingsSource(ctx), errors: [] });
}

function gitlabSubscriptionActivate(_, { input }, ctx) {
  requireMutationScope(ctx);
  const { state } = ctx;
  if (!policy.graphqlAdmin(state, ctx.auth)) throw permissionError();
  if (state.settings.airGapped) return payload(input, { license: null, futureSubscriptions: [], errors: ['Connection to the subscription portal failed. Check your network settings.'] });
  if (input.activationCode !== state.license.activationCode) {
    return payload(input, { license: null, futureSubscriptions: [], errors: ['Invalid activation code'] });
  }
  const lic = state.license.current;
  if (lic) Object.assign(lic, { lastSync: isoTime(), activatedAt: isoDate() });
  return payload(input, { license: licenseSource(lic), futureSubscriptions: state.license.future.map((f) => ({ ...f })), errors: [] });
}

const Mutation = {
  aiSelfHostedModelCreate, aiSelfHostedModelUpdate, aiSelfHostedModelDelete, aiSelfHostedModelConnectionCheck,
  aiFeatureSettingUpdate, duoSettingsUpdate, gitlabSubscriptionActivate,
};

module.exports = { Mutation };
