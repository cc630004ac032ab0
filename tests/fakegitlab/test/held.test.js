'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim();
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const create = (name) => `mutation { aiSelfHostedModelCreate(input: {name: "${name}", model: MISTRAL, endpoint: "http://h/v1"}) { errors } }`;

/** Sends a GraphQL request the test can abandon; `done` settles with the response or the socket error. */
function send(query) {
  const body = Buffer.from(JSON.stringify({ query }));
  const req = http.request(`${sim.gitlab}/api/graphql`, {
    method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, Authorization: 'Bearer sim-admin-token' },
  });
  const done = new Promise((resolve) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode }));
      res.on('error', (e) => resolve({ error: e }));
    });
    req.on('error', (e) => resolve({ error: e }));
  });
  req.end(body);
  return { req, done };
}

async function heldUntil(predicate, ms = 3000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const held = await sim.control('GET', 'held');
    if (predicate(held) || Date.now() > deadline) return held;
    await sleep(10);
  }
}

async function models() {
  return (await sim.control('GET', 'state')).models.map((m) => m.name);
}

test('applyThenHold: applied, never answered, listed as held until the client goes away', async () => {
  const { id } = await sim.control('POST', 'faults', { path: '^/api/graphql', applyThenHold: true });
  const { req, done } = send(create('kept'));
  const held = await heldUntil((h) => h.length === 1);
  assert.equal(held.length, 1);
  assert.deepEqual({ ...held[0], since: undefined, seq: undefined }, { server: 'gitlab', method: 'POST', path: '/api/graphql', held: 'after-apply', since: undefined, seq: undefined });
  assert.deepEqual(await models(), ['kept'], 'the mutation was applied');
  const entry = (await sim.control('GET', 'requests')).find((r) => r.seq === held[0].seq);
  assert.deepEqual([entry.held, entry.fault], ['after-apply', id]);
  const race = await Promise.race([done, sleep(150).then(() => 'pending')]);
  assert.equal(race, 'pending', 'no answer while held');
  req.destroy();
  assert.deepEqual(await heldUntil((h) => h.length === 0), []);
  const released = (await sim.control('GET', 'requests')).find((r) => r.seq === held[0].seq);
  assert.equal(released.held, undefined);
  assert.deepEqual([released.released.held, released.released.reason], ['after-apply', 'client-closed']);
  assert.equal((await sim.graphql('{ metadata { version } }')).status, 200, 'the fault was used up');
});

test('applyThenHold applies every mutation of an aliased batch', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', applyThenHold: true });
  const { req } = send(`mutation { a: aiSelfHostedModelCreate(input: {name: "a", model: MISTRAL, endpoint: "http://h/v1"}) { errors }
    b: aiSelfHostedModelCreate(input: {name: "b", model: MISTRAL, endpoint: "http://h/v1"}) { errors } }`);
  await heldUntil((h) => h.length === 1);
  assert.deepEqual(await models(), ['a', 'b']);
  req.destroy();
});

test('holdBeforeApply: nothing is executed; DELETE /__sim/faults drops the connection', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', holdBeforeApply: true, count: 2 });
  const first = send(create('never'));
  const second = send(create('never-either'));
  const held = await heldUntil((h) => h.length === 2);
  assert.deepEqual(held.map((h) => h.held), ['before-apply', 'before-apply']);
  assert.ok(held[0].seq < held[1].seq);
  await sleep(100);
  assert.deepEqual(await models(), [], 'not applied');
  await sim.control('DELETE', 'faults');
  for (const r of [await first.done, await second.done]) assert.ok(r.error, 'the client sees the socket close');
  assert.deepEqual(await sim.control('GET', 'held'), []);
  const log = await sim.control('GET', 'requests');
  assert.deepEqual(log.filter((r) => r.released).map((r) => r.released.reason), ['faults-cleared', 'faults-cleared']);
  assert.deepEqual(await models(), []);
});

test('reset releases held requests too', async () => {
  await sim.control('POST', 'faults', { path: 'graphql', applyThenHold: true });
  const { done } = send(create('gone'));
  await heldUntil((h) => h.length === 1);
  await sim.reset();
  assert.ok((await done).error);
  assert.deepEqual(await sim.control('GET', 'held'), []);
  assert.deepEqual(await models(), [], 'reset restored the fixture');
});

test('holds work on the gateway: GitLab gives up and the hold ends', async () => {
  await sim.control('PATCH', 'state', { settings: { outboundAllowlist: ['127.0.0.1'], connectionCheckTimeoutMs: 300 }, duoSettings: { aiGatewayUrl: sim.gateway } });
  await sim.control('POST', 'faults', { server: 'gateway', path: 'model_configuration', holdBeforeApply: true });
  const pending = sim.graphql(`mutation { aiSelfHostedModelConnectionCheck(input: {name: "x", model: MISTRAL, endpoint: "${sim.modelServer}/v1"}) { result { message } } }`);
  const held = await heldUntil((h) => h.length === 1);
  assert.deepEqual([held[0].server, held[0].held], ['gateway', 'before-apply']);
  const res = await pending;
  assert.match(res.json.data.aiSelfHostedModelConnectionCheck.result.message, /^ERROR: Unknown error/);
  assert.deepEqual(await heldUntil((h) => h.length === 0), [], 'GitLab closed its connection');
  const log = await sim.control('GET', 'requests');
  assert.ok(!log.some((r) => r.server === 'modelServer'), 'the gateway never called the model');
});

test('hold faults combine with latency only', async () => {
  for (const spec of [{ applyThenHold: true, status: 500 }, { holdBeforeApply: true, hang: true }, { applyThenHold: true, holdBeforeApply: true }, { holdBeforeApply: true, truncate: true }]) {
    const res = await sim.request(`${sim.gitlab}/__sim/faults`, { method: 'POST', body: spec });
    assert.equal(res.status, 400, JSON.stringify(spec));
    assert.match(res.json.error, /cannot be combined/);
  }
  await sim.control('POST', 'faults', { path: 'graphql', applyThenHold: true, latencyMs: 200 });
  const t0 = Date.now();
  const { req } = send(create('late'));
  await heldUntil((h) => h.length === 1);
  assert.ok(Date.now() - t0 >= 190);
  assert.deepEqual(await models(), ['late']);
  req.destroy();
});

test('bodyMatch: a fault can wait for the request whose body matches', async () => {
  await sim.control('POST', 'faults', { path: '^/api/graphql', bodyMatch: 'second', applyThenHold: true });
  const first = send(create('first'));
  assert.equal((await first.done).status, 200, 'a body that does not match is served');
  const second = send(create('second'));
  const held = await heldUntil((h) => h.length === 1);
  assert.equal(held.length, 1);
  assert.deepEqual(await models(), ['first', 'second']);
  second.req.destroy();
  await assert.rejects(sim.control('POST', 'faults', { bodyMatch: '(' }), /invalid bodyMatch regex/);
});
