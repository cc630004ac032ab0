'use strict';
// REST API v4: the endpoints a Duo admin console reads (API.md (b)).

const { sendJson, parseBody, isoDate, isoTime } = require('./util');
const { restGuard, sendForbidden } = require('./auth');
const policy = require('./policy');

const READ = ['api', 'read_api'];
const METADATA_SCOPES = ['api', 'read_api', 'read_user', 'ai_features'];

function metadata(state) {
  return {
    version: state.version,
    revision: state.revision,
    kas: { ...state.kas },
    enterprise: policy.enterprise(state),
  };
}

function userEntity(state, user, withAdmin, baseUrl) {
  const body = {
    id: user.id, username: user.username, public_email: null, name: user.name, state: user.state, locked: false,
    avatar_url: null, web_url: `${baseUrl}/${user.username}`, created_at: '2024-01-15T09:00:00.000Z', bio: '',
    location: '', linkedin: '', twitter: '', discord: '', website_url: '', organization: '', job_title: '',
    pronouns: null, bot: false, work_information: null, local_time: null, last_sign_in_at: null,
    confirmed_at: '2024-01-15T09:00:00.000Z', last_activity_on: isoDate(), email: user.email || `${user.username}@example.com`,
    theme_id: 1, color_scheme_id: 1, projects_limit: 100000, current_sign_in_at: null, identities: [],
    can_create_group: true, can_create_project: true, two_factor_enabled: false, external: false,
    private_profile: false, commit_email: user.email || `${user.username}@example.com`,
  };
  if (withAdmin) {
    Object.assign(body, { is_admin: !!user.isAdmin, note: null, namespace_id: user.id, created_by: null });
  }
  return body;
}

function licenseEntity(state, lic, withUsers) {
  const body = {
    id: lic.id, plan: lic.plan, created_at: `${lic.createdAt || lic.startsAt}T00:00:00.000Z`, starts_at: lic.startsAt,
    expires_at: lic.expiresAt, historical_max: lic.maximumUserCount, maximum_user_count: lic.maximumUserCount,
    expired: !!(lic.expiresAt && lic.expiresAt < isoDate()), overage: Math.max(0, (lic.maximumUserCount || 0) - (lic.usersInLicenseCount || 0)),
    user_limit: lic.usersInLicenseCount, licensee: { Name: lic.name, Email: lic.email, Company: lic.company },
    add_ons: {},
  };
  if (withUsers) body.active_users = lic.billableUsersCount;
  return body;
}

function duoAvailability(a) {
  if (a.duo_features_enabled && !a.lock_duo_features_enabled) return 'default_on';
  if (!a.duo_features_enabled && !a.lock_duo_features_enabled) return 'default_off';
  return 'never_on';
}

function settingsEntity(state) {
  const a = state.applicationSettings;
  return {
    id: 1, default_projects_limit: 100000, signup_enabled: false, password_authentication_enabled_for_web: true,
    gravatar_enabled: true, after_sign_out_path: null, max_attachment_size: 100, default_branch_name: 'main',
    admin_mode: !!state.settings.adminModeEnabled,
    deny_all_requests_except_allowed: !!state.settings.denyAllRequestsExceptAllowlist,
    allow_local_requests_from_web_hooks_and_services: false, allow_local_requests_from_system_hooks: true,
    outbound_local_requests_whitelist: state.settings.outboundAllowlist.slice(),
    ...a,
    duo_availability: duoAvailability(a),
    updated_at: a.updated_at || isoTime(),
  };
}

const BOOLEAN_SETTINGS = [
  'duo_features_enabled', 'lock_duo_features_enabled', 'instance_level_ai_beta_features_enabled',
  'model_prompt_cache_enabled', 'enabled_expanded_logging', 'duo_agent_platform_enabled',
  'duo_remote_flows_enabled', 'disabled_direct_code_suggestions',
];

function coerceBoolean(v) {
  if (v === true || v === false) return v;
  const s = String(v).toLowerCase();
  if (['true', '1', 't', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'f', 'no', 'off'].includes(s)) return false;
  return undefined;
}

/** PUT /application/settings: only the Duo fields; other keys are accepted and ignored. */
function updateSettings(state, body) {
  const changes = {};
  for (const key of BOOLEAN_SETTINGS) {
    if (!(key in body)) continue;
    const b = coerceBoolean(body[key]);
    if (b === undefined) return { error: `${key} is invalid` };
    changes[key] = b;
  }
  if ('duo_chat_expiration_days' in body) {
    const n = Number(body.duo_chat_expiration_days);
    if (!Number.isInteger(n)) return { error: 'duo_chat_expiration_days is invalid' };
    changes.duo_chat_expiration_days = n;
  }
  if ('duo_availability' in body) {
    const v = String(body.duo_availability);
    if (!['default_on', 'default_off', 'never_on'].includes(v)) return { error: 'duo_availability does not have a valid value' };
    changes.duo_features_enabled = v === 'default_on';
    changes.lock_duo_features_enabled = v === 'never_on';
    if (v === 'never_on') changes.instance_level_ai_beta_features_enabled = false;
  }
  Object.assign(state.applicationSettings, changes, { updated_at: isoTime() });
  return { ok: true };
}

/** Handles /api/v4/*. Returns false when the path is not a REST path at all. */
async function handleRest(ctx, req, res, url, rawBody) {
  const state = ctx.getState();
  const path = url.pathname.replace(/\/+$/, '');
  const route = `${req.method === 'HEAD' ? 'GET' : req.method} ${path.replace(/^\/api\/v4/, '')}`;
  const admin = (auth) => {
    if (!policy.restAdmin(state, auth)) {
      sendForbidden(res);
      return false;
    }
    return true;
  };
  let auth;
  switch (route) {
    case 'GET /version':
    case 'GET /metadata':
      if (!(auth = restGuard(state, req, res, url, METADATA_SCOPES))) return true;
      sendJson(res, 200, metadata(state));
      return true;
    case 'GET /user':
      if (!(auth = restGuard(state, req, res, url, ['api', 'read_api', 'read_user']))) return true;
      // UserWithAdmin is chosen by can?(:read_all_resources), which is Admin-Mode aware.
      sendJson(res, 200, userEntity(state, auth.user, policy.restAdmin(state, auth), ctx.urls.gitlab));
      return true;
    case 'GET /personal_access_tokens/self': {
      if (!(auth = restGuard(state, req, res, url, null))) return true;
      const t = auth.token;
      sendJson(res, 200, {
        id: t.id, name: t.name, revoked: t.revoked, created_at: t.createdAt, description: t.description || null,
        scopes: t.scopes, user_id: t.userId, last_used_at: t.lastUsedAt, active: true, expires_at: t.expiresAt,
      });
      return true;
    }
    case 'GET /license':
      if (!(auth = restGuard(state, req, res, url, READ)) || !admin(auth)) return true;
      sendJson(res, 200, state.license.current ? licenseEntity(state, state.license.current, true) : null);
      return true;
    case 'GET /licenses': {
      if (!(auth = restGuard(state, req, res, url, READ)) || !admin(auth)) return true;
      const all = [state.license.current, ...state.license.history].filter(Boolean);
      sendJson(res, 200, all.map((l) => licenseEntity(state, l, false)));
      return true;
    }
    case 'GET /application/settings':
      if (!(auth = restGuard(state, req, res, url, READ)) || !admin(auth)) return true;
      sendJson(res, 200, settingsEntity(state));
      return true;
    case 'PUT /application/settings': {
      if (!(auth = restGuard(state, req, res, url, ['api'])) || !admin(auth)) return true;
      const body = parseBody(req, rawBody);
      if (body === null) {
        sendJson(res, 400, { message: 'Invalid JSON body' });
        return true;
      }
      const merged = { ...Object.fromEntries(url.searchParams), ...body };
      const result = updateSettings(state, merged);
      if (result.error) sendJson(res, 400, { error: result.error });
      else sendJson(res, 200, settingsEntity(state));
      return true;
    }
    default:
      sendJson(res, 404, { message: '404 Not Found' });
      return true;
  }
}

module.exports = { handleRest, metadata };
