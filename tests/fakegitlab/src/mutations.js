'use strict';
// Mutation resolvers: validation messages and side effects as GitLab 18.9 (17.6 and 19.x where the
// shape differs). Duo settings, allowlists and the functional check live in their own files.

const policy = require('./policy');
const { isoTime, isoDate } = require('./util');
const { validateModelEndpoint } = require('./urlcheck');
const { modelConfigurationProbe } = require('./probes');
const { licenseSource } = require('./resolvers');
const { duoSettingsUpdate } = require('./duosettings');
const { aiFeatureSettingModelAllowlistUpdate } = require('./allowlist');
const { createFunctionalVerificationWorkflow } = require('./verification');
const {
  Http500, permissionError, argumentError, findModel, gidToId, featureMeta, requireMutationScope,
} = require('./common');

function requireManage(ctx) {
  requireMutationScope(ctx);
  if (!policy.canManageSelfHosted(ctx.state, ctx.auth)) throw permissionError();
}

/**
 * The provider a create / update / check will store (19.x): the argument, else the model's, else
 * api. `null` when the argument is an explicit null (it reaches the NOT NULL column).
 */
function providerFor(input, current) {
  if ('provider' in input) return input.provider === null ? null : String(input.provider).toLowerCase();
  return current || 'api';
}

/** Ai::SelfHostedModel validations, in declaration order; returns full messages. */
function modelErrors(state, input, selfId, provider = 'api') {
  // 19.x validates the endpoint for the api provider only; 17.6 / 18.9 always.
  const checkEndpoint = state.shape !== '19.6' || provider === 'api';
  const errors = checkEndpoint ? [...validateModelEndpoint(state.settings, input.endpoint)] : [];
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
  const provider = providerFor(input, null);
  const errors = modelErrors(state, input, null, provider);
  if (errors.length) return payload(input, { selfHostedModel: null, errors: [errors.join(', ')] });
  checkDatabaseLimits(input);
  if (provider === null) throw new Http500('null value in column "provider" violates not-null constraint');
  const now = isoTime();
  const model = {
    id: state.nextModelId++, name: input.name, model: String(input.model).toLowerCase(), endpoint: String(input.endpoint).trim(),
    identifier: input.identifier == null ? null : input.identifier, apiToken: input.apiToken || null, provider, createdAt: now, updatedAt: now,
  };
  state.models.push(model);
  return payload(input, { selfHostedModel: model, errors: [] });
}

function aiSelfHostedModelUpdate(_, { input }, ctx) {
  requireManage(ctx);
  const { state } = ctx;
  const model = findModel(state, input.id);
  if (!model) throw new Http500('self-hosted model not found');
  const provider = providerFor(input, model.provider);
  const errors = modelErrors(state, input, model.id, provider);
  if (errors.length) return payload(input, { selfHostedModel: null, errors: [errors.join(', ')] });
  checkDatabaseLimits(input);
  if (provider === null) throw new Http500('null value in column "provider" violates not-null constraint');
  model.provider = provider;
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
  const provider = providerFor(input, null);
  if (provider === null) throw new Http500('provider is nil'); // chosen: as create and update
  const result = await modelConfigurationProbe(ctx, input, provider);
  return payload(input, { result, errors: [] });
}

/** One feature of aiFeatureSettingUpdate; returns { row } or { error }. */
function updateFeature(ctx, featureKey, provider, modelGid, offeredModelRef) {
  const { state } = ctx;
  const meta = featureMeta(state, featureKey);
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
  const hasDap = features.some((f) => (featureMeta(state, f) || {}).dap);
  const hasClassic = features.some((f) => !(featureMeta(state, f) || {}).dap);
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
  aiFeatureSettingModelAllowlistUpdate, createFunctionalVerificationWorkflow,
};

module.exports = { Mutation };
