'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startSim, httpRequest } = require('../support/harness');

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

test('HTTPS on the GitLab port with a certificate made by openssl', { skip: hasOpenssl ? false : 'openssl is not installed: cannot generate a test certificate' }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakegitlab-tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const gen = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  assert.equal(gen.status, 0, gen.stderr);
  const ca = fs.readFileSync(cert);
  const sim = await startSim(['--tls-cert', cert, '--tls-key', key], { ca });
  try {
    assert.match(sim.listening.gitlab.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(sim.gateway, /^http:\/\//, 'gateway and model server stay plain HTTP');
    const res = await sim.rest('/version');
    assert.equal(res.status, 200);
    assert.equal(res.json.version, '18.9.0-ee');
    const gql = await sim.graphql('{ metadata { version } }');
    assert.equal(gql.json.data.metadata.version, '18.9.0-ee');
    await assert.rejects(httpRequest(`${sim.gitlab}/api/v4/version`), (e) => /self[- ]signed|certificate/i.test(e.message), 'untrusted without the CA');
    const state = await sim.control('GET', 'state');
    assert.equal(state.shape, '18.9');
  } finally {
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('exits cleanly on SIGTERM and does not stop when stdin closes', async () => {
  const sim = await startSim([]);
  assert.equal((await sim.rest('/version')).status, 200);
  const code = await sim.stop();
  assert.equal(code, 0);
});
