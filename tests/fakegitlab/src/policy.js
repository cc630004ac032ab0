'use strict';
// GitLab's abilities for Duo Self-Hosted (API.md (a) and (h)), evaluated against the state.

const { isoDate } = require('./util');
const { DUO_ADD_ONS } = require('./catalog');

function enterprise(state) {
  return state.enterprise != null ? !!state.enterprise : /-ee$/i.test(String(state.version));
}

function introspectionMode(state) {
  return state.introspection || (state.shape === '17.6' ? 'live' : 'static');
}

function licenseActive(state) {
  const lic = state.license && state.license.current;
  if (!lic) return false;
  return !lic.expiresAt || lic.expiresAt >= isoDate();
}

function activeAddOn(state, name) {
  return (state.addOnPurchases || []).some((a) => a.name === name && (!a.expiresAt || a.expiresAt >= isoDate()) && a.purchasedQuantity > 0);
}

function dapPerRequestBilling(state) {
  const v = state.settings.dapPerRequestBilling;
  return v == null ? state.shape !== '17.6' : !!v;
}

function offlineLicense(state) {
  return !!(state.license.current && state.license.current.type === 'offline_cloud');
}

/** Self-hosted DAP, or per-request billing on a non-offline license (API.md (h)). */
function selfHostedDap(state) {
  return activeAddOn(state, 'SELF_HOSTED_DAP') || (dapPerRequestBilling(state) && !offlineLicense(state) && licenseActive(state));
}

/** Whether the instance (not the user) allows self-hosted model management, and why not. */
function instanceEligibility(state) {
  const s = state.settings;
  if (s.gitlabCom) return { ok: false, reason: 'gitlab.com' };
  if (s.amazonQConnected) return { ok: false, reason: 'amazon q connected' };
  if (!s.licenseFeatureSelfHostedModels || !licenseActive(state)) return { ok: false, reason: 'license' };
  const dap = selfHostedDap(state);
  if (!dap && !DUO_ADD_ONS.some((a) => activeAddOn(state, a))) return { ok: false, reason: 'no duo add-on' };
  if (!dap && !activeAddOn(state, 'DUO_ENTERPRISE')) return { ok: false, reason: 'no duo enterprise' };
  return { ok: true };
}

/** Admin as GraphQL sees it: token requests bypass the Admin Mode session check (18.9). */
function graphqlAdmin(state, auth) {
  if (!auth.user || !auth.user.isAdmin) return false;
  if (state.settings.graphqlRequiresAdminModeScope && state.settings.adminModeEnabled) {
    return auth.scopes.includes('admin_mode');
  }
  return true;
}

/** Admin as REST sees it: with Admin Mode on, the token needs the admin_mode scope. */
function restAdmin(state, auth) {
  if (!auth.user || !auth.user.isAdmin) return false;
  return !state.settings.adminModeEnabled || auth.scopes.includes('admin_mode');
}

function canManageSelfHosted(state, auth) {
  return graphqlAdmin(state, auth) && instanceEligibility(state).ok;
}

function canManageDapSelfHosted(state, auth) {
  return graphqlAdmin(state, auth) && selfHostedDap(state) && !state.settings.gitlabCom && !state.settings.amazonQConnected;
}

/** GitLab-managed (vendored) model selection: blocked by Amazon Q and offline cloud licenses. */
function canManageInstanceModelSelection(state, auth) {
  if (state.shape === '17.6') return false;
  if (!graphqlAdmin(state, auth) || state.settings.amazonQConnected || offlineLicense(state)) return false;
  return state.settings.licenseFeatureSelfHostedModels && licenseActive(state) && DUO_ADD_ONS.some((a) => activeAddOn(state, a));
}

function onlineCloudLicense(state) {
  return !!(state.license.current && state.license.current.type === 'online_cloud') && licenseActive(state);
}

/** 19.x model allowlists: instance model selection on an online cloud license (API.md (i)). */
function canManageModelAllowlist(state, auth) {
  return canManageInstanceModelSelection(state, auth) && onlineCloudLicense(state);
}

function premium(state) {
  return !!(state.license.current && state.license.current.plan === 'premium');
}

module.exports = {
  enterprise, introspectionMode, licenseActive, activeAddOn, dapPerRequestBilling, selfHostedDap, instanceEligibility,
  graphqlAdmin, restAdmin, canManageSelfHosted, canManageDapSelfHosted, canManageInstanceModelSelection, premium, offlineLicense,
  onlineCloudLicense, canManageModelAllowlist,
};
