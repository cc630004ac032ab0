'use strict';
// duoSettings / duoSettingsUpdate: 18.9 (API.md (c), (f)) and the 19.x changes of API.md (i).

const policy = require('./policy');
const { isoTime } = require('./util');
const { validateGatewayUrl } = require('./urlcheck');
const { permissionError, argumentError, requireMutationScope } = require('./common');

const SELF_HOSTED_SETTINGS = { aiGatewayUrl: 'ai_gateway_url', duoAgentPlatformServiceUrl: 'duo_agent_platform_service_url', aiGatewayTimeoutSeconds: 'ai_gateway_timeout_seconds' };
const SELF_HOSTED_SETTINGS_19 = { ...SELF_HOSTED_SETTINGS, selfHostedDuoAgentPlatformServiceSecure: 'self_hosted_duo_agent_platform_service_secure' };
const ACCESS_LEVEL_SETTINGS = {
  minimumAccessLevelExecute: 'minimum_access_level_execute', minimumAccessLevelExecuteAsync: 'minimum_access_level_execute_async',
  minimumAccessLevelManage: 'minimum_access_level_manage', minimumAccessLevelEnableOnProjects: 'minimum_access_level_enable_on_projects',
};
/** 19.x booleans that refuse an explicit null (as duoCoreFeaturesEnabled does). */
const BOOLEANS_19 = ['selfHostedDuoAgentPlatformServiceSecure', 'duoCliEnabled', 'includeRecommendedAllowed', 'allowAllUnixSockets', 'allowProjectExtension'];
/** 19.x: these live in application settings; changing only them leaves DuoSettings.updatedAt alone. */
const INSTANCE_LEVEL_19 = ['aiGatewayUrl', 'aiGatewayTimeoutSeconds', 'duoAgentPlatformServiceUrl', 'selfHostedDuoAgentPlatformServiceSecure'];
/** Chosen wording (API.md gives the rule, not GitLab's message). */
const DAP_URL_SCHEME_ERROR = 'Duo agent platform service url must not include http:// or https://';

function payload(input, fields) {
  return { clientMutationId: input.clientMutationId === undefined ? null : input.clientMutationId, ...fields };
}

function duoSettingsSource(ctx) {
  const { state, auth } = ctx;
  const d = state.duoSettings;
  const readSelfHosted = policy.canManageSelfHosted(state, auth);
  const dapPerms = !!state.settings.dapInstanceCustomizablePermissions;
  // 19.x: the timeout is readable by any admin (read_ai_gateway_timeout).
  const readTimeout = state.shape === '19.6' ? policy.graphqlAdmin(state, auth) : readSelfHosted;
  return {
    aiGatewayUrl: readSelfHosted ? d.aiGatewayUrl : null,
    aiGatewayTimeoutSeconds: readTimeout ? d.aiGatewayTimeoutSeconds : null,
    duoAgentPlatformServiceUrl: readSelfHosted ? d.duoAgentPlatformServiceUrl : null,
    duoCoreFeaturesEnabled: d.duoCoreFeaturesEnabled,
    minimumAccessLevelExecute: dapPerms ? d.minimumAccessLevelExecute : null,
    minimumAccessLevelExecuteAsync: dapPerms ? d.minimumAccessLevelExecuteAsync : null,
    minimumAccessLevelManage: dapPerms ? d.minimumAccessLevelManage : null,
    minimumAccessLevelEnableOnProjects: dapPerms ? d.minimumAccessLevelEnableOnProjects : null,
    selfHostedDuoAgentPlatformServiceSecure: readSelfHosted ? d.selfHostedDuoAgentPlatformServiceSecure : null,
    duoCliEnabled: d.duoCliEnabled,
    includeRecommendedAllowed: d.includeRecommendedAllowed,
    allowAllUnixSockets: d.allowAllUnixSockets,
    allowProjectExtension: d.allowProjectExtension,
    updatedAt: d.updatedAt,
  };
}

async function validationErrors(state, params) {
  const nineteen = state.shape === '19.6';
  const errors = [];
  if ('aiGatewayUrl' in params) {
    for (const reason of await validateGatewayUrl({ ...state.settings }, params.aiGatewayUrl)) errors.push(`Ai gateway url ${reason}`);
  }
  const dapUrl = params.duoAgentPlatformServiceUrl;
  if (dapUrl && dapUrl.length > 2048) errors.push('Duo agent platform service url is too long (maximum is 2048 characters)');
  if (nineteen && dapUrl && /^\s*https?:\/\//i.test(dapUrl)) errors.push(DAP_URL_SCHEME_ERROR);
  if ('aiGatewayTimeoutSeconds' in params) {
    const t = params.aiGatewayTimeoutSeconds;
    if (t == null) {
      if (!nineteen) errors.push('Ai gateway timeout seconds is not a number'); // 19.x: null is allowed
    } else if (t < 60) errors.push('Ai gateway timeout seconds must be greater than or equal to 60');
    else if (t > 600) errors.push('Ai gateway timeout seconds must be less than or equal to 600');
  }
  return errors;
}

async function duoSettingsUpdate(_, { input }, ctx) {
  requireMutationScope(ctx);
  const { state, auth } = ctx;
  const nineteen = state.shape === '19.6';
  if (!policy.graphqlAdmin(state, auth)) throw permissionError();
  const deny = (attr) => argumentError(`You don't have permission to update the setting ${attr}.`);
  for (const [key, attr] of Object.entries(nineteen ? SELF_HOSTED_SETTINGS_19 : SELF_HOSTED_SETTINGS)) {
    if (key in input && !policy.canManageSelfHosted(state, auth)) throw deny(attr);
  }
  if ('duoCoreFeaturesEnabled' in input) {
    if (input.duoCoreFeaturesEnabled === null) throw argumentError('duoCoreFeaturesEnabled can\'t be null');
    if (!policy.instanceEligibility(state).ok && !policy.canManageInstanceModelSelection(state, auth)) throw deny('duo_core_features_enabled');
  }
  if (nineteen) {
    for (const k of BOOLEANS_19) if (k in input && input[k] === null) throw argumentError(`${k} can't be null`);
  }
  const params = { ...input };
  delete params.clientMutationId;
  if (!state.settings.dapInstanceCustomizablePermissions) for (const k of Object.keys(ACCESS_LEVEL_SETTINGS)) delete params[k];
  for (const k of ['aiGatewayUrl', 'duoAgentPlatformServiceUrl']) {
    if (k in params) params[k] = params[k] == null ? null : String(params[k]).replace(/\/$/, '') || null;
  }
  const errors = await validationErrors(state, params);
  if (errors.length) return payload(input, { duoSettings: duoSettingsSource(ctx), errors });
  if (nineteen) {
    // Rails touches the Ai::Setting row only when one of its own attributes really changes.
    const touched = Object.keys(params).some((k) => !INSTANCE_LEVEL_19.includes(k) && state.duoSettings[k] !== params[k]);
    Object.assign(state.duoSettings, params);
    if (touched) state.duoSettings.updatedAt = isoTime();
  } else {
    Object.assign(state.duoSettings, params, { updatedAt: isoTime() });
  }
  return payload(input, { duoSettings: duoSettingsSource(ctx), errors: [] });
}

module.exports = { duoSettingsSource, duoSettingsUpdate, DAP_URL_SCHEME_ERROR };
