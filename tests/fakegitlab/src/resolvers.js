'use strict';
// Query and object-type resolvers with GitLab's semantics (API.md (a), (c), (h)).

const policy = require('./policy');
const { OFFERED_MODELS } = require('./catalog');
const { familyDisplayName, familyReleaseState } = require('./shapecatalog');
const { keysetConnection, arrayConnection } = require('./connections');
const {
  Http500, permissionError, argumentError, modelGid, findModel, allowedFeatures, featureMeta, defaultProvider, shapeFamilies,
} = require('./common');
const { cloudConnectorStatus } = require('./probes');
const { duoSettingsSource } = require('./duosettings');
const { allowListFor } = require('./allowlist');
const { functionalVerificationStatus } = require('./verification');

function gaOnly(state, models) {
  return state.settings.betaModelsAccepted ? models : models.filter((m) => familyReleaseState(state, m.model) === 'GA');
}

/** Feature-setting source objects: persisted rows, or unsaved defaults for allowed features. */
function featureRows(state) {
  return allowedFeatures(state).map((f) => {
    const row = state.featureSettings.find((r) => r.feature === f.key);
    return row ? { ...row } : { feature: f.key, provider: defaultProvider(state), selfHostedModelId: null, offeredModelRef: null };
  });
}

function requireAdmin(ctx) {
  if (!policy.graphqlAdmin(ctx.state, ctx.auth)) throw permissionError();
}

function activeAddOns(state) {
  return state.addOnPurchases.filter((a) => policy.activeAddOn(state, a.name));
}

function addOnSource(a) {
  return { id: `gid://gitlab/GitlabSubscriptions::AddOnPurchase/${a.id}`, name: a.name, purchasedQuantity: a.purchasedQuantity, assignedQuantity: a.assignedQuantity };
}

function licenseSource(lic) {
  if (!lic) return null;
  return {
    ...lic,
    id: `gid://gitlab/License/${lic.id}`,
    usersOverLicenseCount: lic.usersOverLicenseCount != null ? lic.usersOverLicenseCount : Math.max(0, (lic.maximumUserCount || 0) - (lic.usersInLicenseCount || 0)),
  };
}

const Query = {
  aiSelfHostedModels(_, args, ctx) {
    const { state, auth } = ctx;
    if (!policy.canManageSelfHosted(state, auth)) return null; // silent null, no error
    if (args.id != null) {
      const model = findModel(state, args.id);
      if (!model) throw new Http500('self-hosted model not found');
      return keysetConnection([model], args);
    }
    return keysetConnection(gaOnly(state, state.models), args);
  },

  aiFeatureSettings(_, args, ctx) {
    const { state, auth } = ctx;
    if (state.shape === '19.6' && !policy.canManageSelfHosted(state, auth) && !policy.canManageInstanceModelSelection(state, auth)) {
      return null; // 19.x: silent null for callers without the admin abilities
    }
    if (!auth.user) throw permissionError();
    let rows = featureRows(state);
    if (args.selfHostedModelId != null) {
      const model = findModel(state, args.selfHostedModelId);
      rows = model ? rows.filter((r) => r.selfHostedModelId === model.id) : [];
    }
    return arrayConnection(rows, args);
  },

  duoSettings(_, __, ctx) {
    requireAdmin(ctx);
    return duoSettingsSource(ctx);
  },

  cloudConnectorStatus(_, __, ctx) {
    requireAdmin(ctx);
    if (ctx.state.settings.gitlabCom) throw permissionError();
    return cloudConnectorStatus(ctx);
  },

  addOnPurchases(_, __, ctx) {
    if (!policy.graphqlAdmin(ctx.state, ctx.auth)) return null;
    return activeAddOns(ctx.state).map(addOnSource);
  },

  addOnPurchase(_, args, ctx) {
    if (!policy.graphqlAdmin(ctx.state, ctx.auth)) return null;
    const a = activeAddOns(ctx.state).find((x) => x.name === args.addOnType);
    return a ? addOnSource(a) : null;
  },

  currentLicense(_, __, ctx) {
    requireAdmin(ctx);
    return licenseSource(ctx.state.license.current);
  },

  licenseHistoryEntries(_, args, ctx) {
    requireAdmin(ctx);
    const all = [ctx.state.license.current, ...ctx.state.license.history].filter(Boolean).map(licenseSource);
    return arrayConnection(all, args);
  },

  subscriptionFutureEntries(_, args, ctx) {
    requireAdmin(ctx);
    return arrayConnection(ctx.state.license.future.map((f) => ({ ...f })), args);
  },

  functionalVerificationStatus,

  metadata(_, __, ctx) {
    if (!ctx.auth.user) throw permissionError();
    const s = ctx.state;
    return { version: s.version, revision: s.revision, enterprise: policy.enterprise(s), kas: { ...s.kas } };
  },
};

const Metadata = {
  featureFlags(_, args, ctx) {
    if (args.names.length > 20) throw argumentError('Too many feature flags requested. Maximum is 20.');
    const flags = { ...ctx.state.featureFlags, self_hosted_dap_per_request_billing: policy.dapPerRequestBilling(ctx.state) };
    if (ctx.state.shape === '19.6') flags.duo_agentic_chat_verification_check = !!(ctx.state.settings.functionalVerification || {}).enabled;
    return args.names.filter((n) => n in flags).map((n) => ({ name: n, enabled: !!flags[n] }));
  },
};

const AiSelfHostedModel = {
  id: (m) => modelGid(m.id),
  model: (m) => m.model,
  modelDisplayName: (m, _, ctx) => familyDisplayName(ctx.state, m.model),
  releaseState: (m, _, ctx) => familyReleaseState(ctx.state, m.model),
  provider: (m) => String(m.provider || 'api').toUpperCase(),
  identifier: (m) => m.identifier || '',
  hasApiToken: (m) => !!m.apiToken,
  apiToken: (m, _, ctx) => (policy.canManageSelfHosted(ctx.state, ctx.auth) ? m.apiToken || null : null),
  featureSettings(m, args, ctx) {
    const rows = ctx.state.featureSettings.filter((r) => r.selfHostedModelId === m.id).map((r) => ({ ...r, viaModel: true }));
    return arrayConnection(rows, args);
  },
};

const AiFeatureSetting = {
  title: (f, _, ctx) => (featureMeta(ctx.state, f.feature) || {}).title || null,
  mainFeature: (f, _, ctx) => (featureMeta(ctx.state, f.feature) || {}).mainFeature || null,
  releaseState: (f, _, ctx) => (featureMeta(ctx.state, f.feature) || {}).releaseState || null,
  allowList: (f, _, ctx) => allowListFor(ctx, f),
  compatibleLlms(f, _, ctx) {
    const meta = featureMeta(ctx.state, f.feature);
    const known = shapeFamilies(ctx.state);
    return meta ? meta.compatible.filter((c) => known.includes(c)) : null;
  },
  selfHostedModel(f, _, ctx) {
    if (f.selfHostedModelId == null) return null;
    return ctx.state.models.find((m) => m.id === f.selfHostedModelId) || null;
  },
  validModels(f, args, ctx) {
    if (f.viaModel) throw new Http500('validModels under AiSelfHostedModel.featureSettings');
    const { state, auth } = ctx;
    const meta = featureMeta(state, f.feature);
    if (!meta || !policy.canManageSelfHosted(state, auth)) return arrayConnection([], args);
    const models = gaOnly(state, state.models).filter((m) => meta.compatible.includes(m.model));
    models.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return arrayConnection(models, args);
  },
  gitlabModel(f, _, ctx) {
    if (ctx.state.settings.airGapped || f.provider !== 'vendored' || !f.offeredModelRef) return null;
    return OFFERED_MODELS.find((o) => o.ref === f.offeredModelRef) || null;
  },
  defaultGitlabModel(f, _, ctx) {
    return ctx.state.settings.airGapped ? null : OFFERED_MODELS[0];
  },
  validGitlabModels(f, args, ctx) {
    const ok = !ctx.state.settings.airGapped && policy.canManageInstanceModelSelection(ctx.state, ctx.auth);
    return arrayConnection(ok ? OFFERED_MODELS : [], args);
  },
};

module.exports = { Query, Metadata, AiSelfHostedModel, AiFeatureSetting, featureRows, duoSettingsSource, licenseSource };
