'use strict';
// 19.x model selection allowlist (API.md (i)): AiFeatureSetting.allowList and
// aiFeatureSettingModelAllowlistUpdate. Stored on the feature setting row as
// allowlistEnabled / allowlistModelRefs.

const policy = require('./policy');
const { OFFERED_MODELS } = require('./catalog');
const { isoTime } = require('./util');
const { arrayConnection } = require('./connections');
const { permissionError, requireMutationScope, defaultProvider } = require('./common');

/** Features whose vendored setting supports an allowlist (only Agentic Chat so far). */
const ALLOWLIST_FEATURES = ['duo_agent_platform_agentic_chat'];

/** AiFeatureSetting.allowList: a vendored Agentic Chat setting, model definitions reachable, allowed caller. */
function allowListFor(ctx, row) {
  const { state, auth } = ctx;
  if (!ALLOWLIST_FEATURES.includes(row.feature) || row.provider !== 'vendored') return null;
  if (state.settings.airGapped || !policy.canManageInstanceModelSelection(state, auth)) return null;
  return { row };
}

/** The model the feature uses now: the chosen vendored model, else GitLab's default. */
function chosenRef(row) {
  return row.offeredModelRef || OFFERED_MODELS[0].ref;
}

const AiModelSelectionAllowList = {
  enabled: (src) => !!src.row.allowlistEnabled,
  models(src, args) {
    const { row } = src;
    const refs = row.allowlistModelRefs || [];
    const chosen = chosenRef(row);
    const models = OFFERED_MODELS.map((m) => ({
      ...m,
      allowed: !row.allowlistEnabled || refs.includes(m.ref) || m.ref === chosen,
      currentlyChosenModelForFeature: m.ref === chosen,
    }));
    return arrayConnection(models, args);
  },
};

function payload(input, fields) {
  return { clientMutationId: input.clientMutationId === undefined ? null : input.clientMutationId, ...fields };
}

function aiFeatureSettingModelAllowlistUpdate(_, { input }, ctx) {
  requireMutationScope(ctx);
  const { state, auth } = ctx;
  if (!policy.canManageModelAllowlist(state, auth)) throw permissionError();
  const feature = String(input.feature).toLowerCase();
  if (!ALLOWLIST_FEATURES.includes(feature)) {
    return payload(input, { allowList: null, errors: [`Model allowlists are not supported for the feature '${feature}'.`] });
  }
  if (state.settings.airGapped) return payload(input, { allowList: null, errors: ['Failed to fetch model definitions'] });
  const known = new Set(OFFERED_MODELS.map((m) => m.ref));
  const enabled = !!input.allowlistEnabled;
  const refs = enabled ? [...new Set((input.allowlistModelRefs || []).filter((r) => known.has(r)))] : [];
  const now = isoTime();
  let row = state.featureSettings.find((f) => f.feature === feature);
  if (!row) {
    row = { feature, provider: defaultProvider(state), selfHostedModelId: null, offeredModelRef: null, createdAt: now };
    state.featureSettings.push(row);
  }
  Object.assign(row, { allowlistEnabled: enabled, allowlistModelRefs: refs, updatedAt: now });
  return payload(input, { allowList: { row: { ...row } }, errors: [] });
}

module.exports = { allowListFor, AiModelSelectionAllowList, aiFeatureSettingModelAllowlistUpdate, ALLOWLIST_FEATURES };
