'use strict';
// Test controls under /__sim/ on the GitLab port: loopback only, no auth, never logged.

const { sendJson, isLoopbackAddress, isoDate, addDays, isoTime } = require('./util');

function tokenFromBody(state, body) {
  if (!body || typeof body.token !== 'string' || !body.token) throw new Error('token (string) is required');
  if (state.tokens.some((t) => t.token === body.token)) throw new Error(`token ${body.token} already exists`);
  let user = null;
  if (body.userId != null) user = state.users.find((u) => u.id === Number(body.userId));
  else if (body.username) user = state.users.find((u) => u.username === body.username);
  else user = state.users.find((u) => u.username === 'root');
  if (!user) throw new Error('unknown user');
  const token = {
    id: Math.max(0, ...state.tokens.map((t) => t.id)) + 1,
    token: body.token,
    name: body.name || body.token,
    userId: user.id,
    username: user.username,
    scopes: Array.isArray(body.scopes) ? body.scopes : ['api'],
    expiresAt: body.expiresAt === undefined ? isoDate(addDays(new Date(), 300)) : body.expiresAt,
    revoked: !!body.revoked,
    impersonation: !!body.impersonation,
    createdAt: isoTime(),
    lastUsedAt: null,
  };
  state.tokens.push(token);
  return token;
}

async function handleControl(app, req, res, url, rawBody) {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return sendJson(res, 403, { error: 'controls are loopback only' });
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  const body = () => {
    const text = rawBody.toString('utf8');
    if (!text.trim()) return {};
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new Error(`body is not valid JSON: ${e.message}`);
    }
  };
  try {
    switch (route) {
      case 'GET /__sim/state':
        return sendJson(res, 200, { ...app.getState(), faults: app.faults.list() });
      case 'PUT /__sim/state':
        app.replaceState(body());
        return sendJson(res, 200, { ...app.getState(), faults: app.faults.list() });
      case 'PATCH /__sim/state':
        app.patchState(body());
        return sendJson(res, 200, { ...app.getState(), faults: app.faults.list() });
      case 'POST /__sim/reset':
        await app.reset();
        return sendJson(res, 200, { ok: true });
      case 'GET /__sim/urls':
        return sendJson(res, 200, app.urls);
      case 'GET /__sim/faults':
        return sendJson(res, 200, app.faults.list());
      case 'POST /__sim/faults': {
        const b = body();
        if (Array.isArray(b)) return sendJson(res, 201, { ids: b.map((f) => app.faults.add(f)) });
        return sendJson(res, 201, { id: app.faults.add(b) });
      }
      case 'DELETE /__sim/faults':
        app.faults.clear('faults-cleared');
        return sendJson(res, 200, { ok: true });
      case 'GET /__sim/held':
        return sendJson(res, 200, app.faults.heldList());
      case 'GET /__sim/listeners':
        return sendJson(res, 200, app.listenerStatus());
      case 'GET /__sim/requests':
        return sendJson(res, 200, app.requestLog.list());
      case 'DELETE /__sim/requests':
        app.requestLog.clear();
        return sendJson(res, 200, { ok: true });
      case 'POST /__sim/tokens':
        return sendJson(res, 201, tokenFromBody(app.getState(), body()));
      default: {
        const m = route.match(/^POST \/__sim\/listeners\/([A-Za-z]+)\/(up|down)$/);
        if (m) return sendJson(res, 200, await app.setListener(m[1], m[2] === 'up'));
        return sendJson(res, 404, { error: `no control ${route}` });
      }
    }
  } catch (e) {
    return sendJson(res, 400, { error: e.message });
  }
}

module.exports = { handleControl };
