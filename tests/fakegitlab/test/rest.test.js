'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim(['--gitlab-version', '18.9.1-ee', '--shape', '17.6']);
});
after(() => sim.stop());
beforeEach(() => sim.reset());

test('listening line carries the three servers', () => {
  for (const key of ['gitlab', 'gateway', 'modelServer']) {
    assert.equal(typeof sim.listening[key].port, 'number');
    assert.equal(sim.listening[key].url, `http://127.0.0.1:${sim.listening[key].port}`);
  }
  assert.equal(sim.listening.event, 'listening');
});

test('version and metadata report the --gitlab-version, independent of the shape', async () => {
  for (const p of ['/version', '/metadata']) {
    const res = await sim.rest(p);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /application\/json/);
    assert.equal(res.json.version, '18.9.1-ee');
    assert.equal(res.json.enterprise, true);
    assert.match(res.json.revision, /^[0-9a-f]+$/);
  }
  const gql = await sim.graphql('{ metadata { version } aiFeatureSettings { nodes { feature } } }');
  assert.equal(gql.json.data.metadata.version, '18.9.1-ee');
  assert.equal(gql.json.data.aiFeatureSettings.nodes.length, 3, 'the 17.6 shape is served');
});

test('missing and unknown tokens answer 401 Unauthorized', async () => {
  for (const token of [null, 'glpat-not-a-real-token']) {
    const res = await sim.rest('/user', { token });
    assert.equal(res.status, 401);
    assert.deepEqual(res.json, { message: '401 Unauthorized' });
  }
});

test('expired and revoked tokens answer invalid_token with WWW-Authenticate', async () => {
  const expired = await sim.rest('/user', { token: 'sim-expired-token' });
  assert.equal(expired.status, 401);
  assert.deepEqual(expired.json, {
    error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.',
  });
  assert.match(expired.headers['www-authenticate'], /^Bearer realm="Protected by OAuth 2.0", error="invalid_token"/);
  const revoked = await sim.rest('/user', { token: 'sim-revoked-token' });
  assert.equal(revoked.status, 401);
  assert.equal(revoked.json.error_description, 'Token was revoked. You have to re-authorize from the user.');
  assert.ok(revoked.headers['www-authenticate']);
});

test('Authorization: Bearer works like PRIVATE-TOKEN', async () => {
  const res = await sim.request(`${sim.gitlab}/api/v4/user`, { headers: { Authorization: 'Bearer sim-admin-token' } });
  assert.equal(res.status, 200);
  assert.equal(res.json.username, 'root');
});

test('is_admin is present only for an admin in admin mode', async () => {
  const admin = await sim.rest('/user');
  assert.equal(admin.json.is_admin, true);
  const user = await sim.rest('/user', { token: 'sim-nonadmin-token' });
  assert.equal(user.status, 200);
  assert.equal('is_admin' in user.json, false);
  const apiOnly = await sim.rest('/user', { token: 'sim-admin-api-only' });
  assert.equal('is_admin' in apiOnly.json, false, 'Admin Mode is on and the token lacks admin_mode');
});

test('personal_access_tokens/self reports scopes and expiry', async () => {
  const res = await sim.rest('/personal_access_tokens/self', { token: 'sim-admin-api-only' });
  assert.equal(res.status, 200);
  assert.deepEqual(res.json.scopes, ['api']);
  assert.match(res.json.expires_at, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(res.json.active, true);
});

test('admin endpoints: non-admin and admin without admin_mode get 403 Forbidden', async () => {
  for (const token of ['sim-nonadmin-token', 'sim-admin-api-only']) {
    const res = await sim.rest('/license', { token });
    assert.equal(res.status, 403);
    assert.deepEqual(res.json, { message: '403 Forbidden' });
  }
  await sim.control('PATCH', 'state', { settings: { adminModeEnabled: false } });
  const res = await sim.rest('/license', { token: 'sim-admin-api-only' });
  assert.equal(res.status, 200, 'with Admin Mode off the api scope is enough');
});

test('license and licenses', async () => {
  const res = await sim.rest('/license');
  assert.equal(res.status, 200);
  assert.equal(res.json.plan, 'ultimate');
  assert.equal(res.json.expired, false);
  assert.ok(res.json.licensee.Name);
  assert.equal(typeof res.json.active_users, 'number');
  const all = await sim.rest('/licenses');
  assert.ok(Array.isArray(all.json) && all.json.length >= 1);
});

test('read_api cannot PUT settings: insufficient_scope', async () => {
  const res = await sim.rest('/application/settings', { token: 'sim-read-api', method: 'PUT', body: { duo_features_enabled: false } });
  assert.equal(res.status, 403);
  assert.equal(res.json.error, 'insufficient_scope');
  assert.equal(res.json.error_description, 'The request requires higher privileges than provided by the access token.');
  assert.equal(res.json.scope, 'api');
});

test('application settings: duo_availability semantics, JSON and form bodies', async () => {
  let res = await sim.rest('/application/settings', { method: 'PUT', body: { duo_availability: 'never_on', instance_level_ai_beta_features_enabled: true } });
  assert.equal(res.status, 200);
  assert.equal(res.json.duo_features_enabled, false);
  assert.equal(res.json.lock_duo_features_enabled, true);
  assert.equal(res.json.instance_level_ai_beta_features_enabled, false, 'never_on forces beta features off');
  assert.equal(res.json.duo_availability, 'never_on');
  res = await sim.rest('/application/settings', {
    method: 'PUT', body: 'duo_availability=default_on&model_prompt_cache_enabled=false',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 200);
  assert.equal(res.json.duo_features_enabled, true);
  assert.equal(res.json.lock_duo_features_enabled, false);
  assert.equal(res.json.model_prompt_cache_enabled, false);
  res = await sim.rest('/application/settings', { method: 'PUT', body: { duo_availability: 'sometimes' } });
  assert.equal(res.status, 400);
  assert.deepEqual(res.json, { error: 'duo_availability does not have a valid value' });
});

test('unknown API paths answer 404 Not Found', async () => {
  const res = await sim.rest('/projects/does/not/exist');
  assert.equal(res.status, 404);
  assert.deepEqual(res.json, { message: '404 Not Found' });
});

test('blocked users are refused', async () => {
  const res = await sim.rest('/user', { token: 'sim-blocked-token' });
  assert.equal(res.status, 403);
  const gql = await sim.graphql('{ metadata { version } }', { token: 'sim-blocked-token' });
  assert.equal(gql.status, 403);
  assert.deepEqual(gql.json, { errors: [{ message: 'API not accessible for user' }] });
});
