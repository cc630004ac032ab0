'use strict';
// Token lookup and the REST error bodies of API.md (a).

const { isoDate, isoTime, sendJson } = require('./util');

/** Finds the token a request carries: PRIVATE-TOKEN, Authorization: Bearer, or private_token/access_token. */
function extractToken(req, url) {
  const h = req.headers;
  if (h['private-token']) return String(h['private-token']);
  const authz = h.authorization;
  if (authz && /^bearer\s+/i.test(authz)) return authz.replace(/^bearer\s+/i, '').trim();
  const q = url.searchParams;
  return q.get('private_token') || q.get('access_token') || null;
}

/**
 * Classifies the request's credentials.
 * kind: none | unknown | expired | revoked | impersonation_disabled | ok; user may be blocked.
 */
function authenticate(state, req, url) {
  const tokenString = extractToken(req, url);
  if (!tokenString) return { kind: 'none', user: null, scopes: [], token: null };
  const token = state.tokens.find((t) => t.token === tokenString);
  if (!token) return { kind: 'unknown', user: null, scopes: [], token: null };
  if (token.revoked) return { kind: 'revoked', user: null, scopes: [], token };
  if (token.expiresAt && String(token.expiresAt).slice(0, 10) <= isoDate()) return { kind: 'expired', user: null, scopes: [], token };
  if (token.impersonation && state.settings.impersonationEnabled === false) {
    return { kind: 'impersonation_disabled', user: null, scopes: [], token };
  }
  const user = state.users.find((u) => u.id === token.userId) || null;
  if (!user) return { kind: 'unknown', user: null, scopes: [], token: null };
  token.lastUsedAt = isoTime();
  return { kind: 'ok', user, scopes: token.scopes.slice(), token };
}

const INVALID_TOKEN_DESCRIPTIONS = {
  expired: 'Token is expired. You can either do re-authorization or token refresh.',
  revoked: 'Token was revoked. You have to re-authorize from the user.',
  impersonation_disabled: 'Token is an impersonation token but impersonation was disabled.',
};

/** Rack::OAuth2 bearer error, as GitLab's API guard renders it. */
function sendInvalidToken(res, kind) {
  const description = INVALID_TOKEN_DESCRIPTIONS[kind];
  sendJson(res, 401, { error: 'invalid_token', error_description: description }, {
    'WWW-Authenticate': `Bearer realm="Protected by OAuth 2.0", error="invalid_token", error_description="${description}"`,
  });
}

function sendUnauthorized(res) {
  sendJson(res, 401, { message: '401 Unauthorized' });
}

function sendForbidden(res, reason) {
  sendJson(res, 403, { message: reason ? `403 Forbidden - ${reason}` : '403 Forbidden' });
}

function sendInsufficientScope(res, scopes) {
  sendJson(res, 403, {
    error: 'insufficient_scope',
    error_description: 'The request requires higher privileges than provided by the access token.',
    scope: scopes.join(' '),
  });
}

/**
 * REST authentication guard. `scopes` lists the scopes the endpoint accepts (null = any).
 * Returns the auth object, or null after having answered the request.
 */
function restGuard(state, req, res, url, scopes) {
  const auth = authenticate(state, req, url);
  if (auth.kind === 'none' || auth.kind === 'unknown') {
    sendUnauthorized(res);
    return null;
  }
  if (auth.kind !== 'ok') {
    sendInvalidToken(res, auth.kind);
    return null;
  }
  if (scopes && !scopes.some((s) => auth.scopes.includes(s))) {
    sendInsufficientScope(res, scopes);
    return null;
  }
  if (auth.user.state === 'blocked') {
    sendForbidden(res, 'Your account has been blocked.');
    return null;
  }
  return auth;
}

module.exports = { extractToken, authenticate, restGuard, sendUnauthorized, sendForbidden, sendInsufficientScope, sendInvalidToken };
