'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { startSim, httpRequest } = require('../support/harness');
const { hasOpenssl, makeCert } = require('../support/certs');

const SERVER = path.join(__dirname, '..', 'server.js');
const STATUS = '{ cloudConnectorStatus { success probeResults { name success message } } }';

function tcp(address) {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const s = net.connect({ host, port: Number(port) });
    s.on('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.on('error', (e) => resolve(e.code));
  });
}

async function dapProbe(sim) {
  const res = await sim.graphql(STATUS);
  return res.json.data.cloudConnectorStatus.probeResults.find((p) => p.name === 'duo_agent_platform_probe');
}

test('exactly one listening line, with the Agent Platform listener', async () => {
  const proc = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.on('data', (d) => {
    out += d;
  });
  const deadline = Date.now() + 15000;
  while (!out.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 300));
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  const lines = out.split('\n').filter(Boolean);
  assert.equal(lines.length, 1);
  const l = JSON.parse(lines[0]);
  assert.deepEqual(Object.keys(l), ['event', 'gitlab', 'gateway', 'modelServer', 'agentPlatform']);
  assert.deepEqual(l.agentPlatform, { port: l.agentPlatform.port, address: `127.0.0.1:${l.agentPlatform.port}` });
  assert.equal(l.gateway.url, `http://127.0.0.1:${l.gateway.port}`);
  for (const args of [['--gateway-tls-cert', 'x'], ['--agent-platform-tls-key', 'y'], ['--shape', '19.7']]) {
    assert.equal(spawnSync(process.execPath, [SERVER, ...args]).status, 2, args.join(' '));
  }
});

test('gateway: down refuses connections, up reopens the same port; unhealthy; slow', async () => {
  const sim = await startSim();
  try {
    const port = sim.listening.gateway.port;
    let res = await sim.control('POST', 'listeners/gateway/down');
    assert.deepEqual(res.gateway, { up: false, port, accepted: res.gateway.accepted, url: sim.gateway });
    await assert.rejects(httpRequest(`${sim.gateway}/monitoring/healthz`), { code: 'ECONNREFUSED' });
    assert.equal(await tcp(`127.0.0.1:${port}`), 'ECONNREFUSED');
    await sim.control('POST', 'listeners/gateway/down'); // idempotent
    res = await sim.control('POST', 'listeners/gateway/up');
    assert.equal(res.gateway.up, true);
    assert.equal(res.gateway.port, port);
    assert.equal((await httpRequest(`${sim.gateway}/monitoring/healthz`)).status, 200);
    await sim.control('PATCH', 'state', { gateway: { healthy: false } });
    const sick = await httpRequest(`${sim.gateway}/monitoring/healthz`);
    assert.deepEqual([sick.status, sick.json], [503, {}]);
    await sim.control('PATCH', 'state', { gateway: { healthy: true } });
    await sim.control('POST', 'faults', { server: 'gateway', path: 'healthz', latencyMs: 300 });
    const t0 = Date.now();
    assert.equal((await httpRequest(`${sim.gateway}/monitoring/healthz`)).status, 200);
    assert.ok(Date.now() - t0 >= 290);
    await sim.control('POST', 'listeners/gateway/down');
    await sim.control('POST', 'listeners/modelServer/down');
    await sim.reset();
    const all = await sim.control('GET', 'listeners');
    assert.deepEqual(['gitlab', 'gateway', 'modelServer', 'agentPlatform'].map((n) => all[n].up), [true, true, true, true], 'reset brings them back');
    for (const bad of ['listeners/gitlab/down', 'listeners/nope/up']) {
      const r = await sim.request(`${sim.gitlab}/__sim/${bad}`, { method: 'POST' });
      assert.equal(r.status, 400, bad);
    }
  } finally {
    await sim.stop();
  }
});

test('Agent Platform listener: ${agentPlatform}, up/down, cloudConnectorStatus probe', async () => {
  const sim = await startSim();
  try {
    const address = sim.listening.agentPlatform.address;
    assert.equal((await sim.control('GET', 'urls')).agentPlatform, address);
    assert.equal(await tcp(address), 'connected');
    await sim.control('PATCH', 'state', { settings: { outboundAllowlist: ['127.0.0.1'] }, duoSettings: { aiGatewayUrl: '${gateway}', duoAgentPlatformServiceUrl: '${agentPlatform}' } });
    assert.equal((await sim.control('GET', 'state')).duoSettings.duoAgentPlatformServiceUrl, address);
    let probe = await dapProbe(sim);
    assert.deepEqual(probe, { name: 'duo_agent_platform_probe', success: true, message: `Duo Agent Platform service at ${address} is reachable.` });
    const accepted = (await sim.control('GET', 'listeners')).agentPlatform.accepted;
    assert.ok(accepted >= 2);
    await sim.control('POST', 'listeners/agentPlatform/down');
    assert.equal(await tcp(address), 'ECONNREFUSED');
    probe = await dapProbe(sim);
    assert.deepEqual([probe.success, probe.message], [false, `Duo Agent Platform service at ${address} connection failed: Failed to open TCP connection (Connection refused).`]);
    await sim.control('POST', 'listeners/agentPlatform/up');
    assert.equal((await dapProbe(sim)).success, true);
    await sim.control('PATCH', 'state', { shape: '19.6' });
    probe = await dapProbe(sim);
    assert.equal(probe.success, false, '19.x: TLS by default, the listener is plain');
    assert.match(probe.message, /connection failed: /);
    await sim.control('PATCH', 'state', { duoSettings: { selfHostedDuoAgentPlatformServiceSecure: false } });
    assert.equal((await dapProbe(sim)).success, true);
  } finally {
    await sim.stop();
  }
});

test('gateway over HTTPS and a TLS Agent Platform listener', { skip: hasOpenssl ? false : 'openssl is not installed' }, async () => {
  const c = makeCert();
  const sim = await startSim(['--shape', '19.6', '--gateway-tls-cert', c.cert, '--gateway-tls-key', c.key,
    '--agent-platform-tls-cert', c.cert, '--agent-platform-tls-key', c.key], { ca: c.ca });
  try {
    assert.match(sim.gateway, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(sim.gitlab, /^http:\/\//, 'GitLab stays plain without --tls-cert');
    const health = await sim.request(`${sim.gateway}/monitoring/healthz`);
    assert.deepEqual([health.status, health.json], [200, {}]);
    await assert.rejects(httpRequest(`${sim.gateway}/monitoring/healthz`), (e) => /self[- ]signed|certificate/i.test(e.message));
    await sim.control('PATCH', 'state', {
      settings: { outboundAllowlist: ['127.0.0.1'] },
      duoSettings: { aiGatewayUrl: '${gateway}', duoAgentPlatformServiceUrl: '${agentPlatform}' },
    });
    const res = await sim.graphql(`mutation { aiSelfHostedModelConnectionCheck(input: {name: "x", model: MISTRAL, endpoint: "${sim.modelServer}/v1",
      identifier: "custom_openai/codestral-22b"}) { result { success message } } }`);
    assert.deepEqual(res.json.data.aiSelfHostedModelConnectionCheck.result, { success: true, message: 'Successfully connected to the self-hosted model' });
    const status = await sim.graphql(STATUS);
    assert.equal(status.json.data.cloudConnectorStatus.success, true, JSON.stringify(status.json));
    assert.equal((await dapProbe(sim)).success, true, 'TLS handshake with the secure flag on');
  } finally {
    await sim.stop();
    c.cleanup();
  }
});
