'use strict';
const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { startSim } = require('../support/harness');

let sim;
before(async () => {
  sim = await startSim();
});
after(() => sim.stop());
beforeEach(() => sim.reset());

const CREATE = 'mutation($input: AiSelfHostedModelCreateInput!) { aiSelfHostedModelCreate(input: $input) { errors selfHostedModel { id } } }';

test('unknown field: graphql-ruby wording, locations, path, code', async () => {
  const res = await sim.graphql('query Models {\n  aiSelfHostedModels { nodes { id modifiedAt } } }');
  assert.equal(res.status, 200);
  assert.deepEqual(res.json, {
    errors: [{
      message: "Field 'modifiedAt' doesn't exist on type 'AiSelfHostedModel'",
      locations: [{ line: 2, column: 35 }],
      path: ['query Models', 'aiSelfHostedModels', 'nodes', 'modifiedAt'],
      extensions: { code: 'undefinedField', typeName: 'AiSelfHostedModel', fieldName: 'modifiedAt' },
    }],
  });
});

test('unknown argument on a field and on an input object', async () => {
  let res = await sim.graphql('{ aiSelfHostedModels(sort: NAME_ASC) { nodes { id } } }');
  assert.equal(res.json.errors[0].message, "Field 'aiSelfHostedModels' doesn't accept argument 'sort'");
  assert.equal(res.json.errors[0].extensions.code, 'argumentNotAccepted');
  res = await sim.graphql('mutation { m0: aiFeatureSettingUpdate(input: {feature: DUO_CHAT, features: [DUO_CHAT], provider: DISABLED}) { errors } }');
  const messages = res.json.errors.map((e) => e.message);
  assert.ok(messages.includes("InputObject 'AiFeatureSettingUpdateInput' doesn't accept argument 'feature'"), messages.join('\n'));
});

test('invalid literal and missing required arguments', async () => {
  let res = await sim.graphql('{ aiSelfHostedModels(first: "ten") { nodes { id } } }');
  assert.equal(res.json.errors[0].message, "Argument 'first' on Field 'aiSelfHostedModels' has an invalid value (\"ten\"). Expected type 'Int'.");
  res = await sim.graphql('mutation { aiSelfHostedModelDelete { errors } }');
  assert.equal(res.json.errors[0].message, "Field 'aiSelfHostedModelDelete' is missing required arguments: input");
  res = await sim.graphql('mutation { aiSelfHostedModelDelete(input: {}) { errors } }');
  assert.equal(res.json.errors[0].message, "Argument 'id' on InputObject 'AiSelfHostedModelDeleteInput' is required. Expected type AiSelfHostedModelID!");
  res = await sim.graphql('mutation { aiSelfHostedModelDelete(input: {id: "42"}) { errors } }');
  assert.equal(res.json.errors[0].message, '"42" is not a valid Global ID');
});

test('invalid variables: Variable $x of type T was provided invalid value', async () => {
  const res = await sim.graphql(CREATE, { variables: { input: { name: 'm', model: 'GEMINI', endpoint: 'http://x/v1', colour: 'red' } } });
  assert.equal(res.status, 200);
  const e = res.json.errors[0];
  assert.match(e.message, /^Variable \$input of type AiSelfHostedModelCreateInput! was provided invalid value for /);
  assert.ok(e.message.includes('model (Expected "GEMINI" to be one of: CLAUDE_3, CODEGEMMA'));
  assert.ok(e.message.includes('colour (Field is not defined on AiSelfHostedModelCreateInput)'));
  assert.deepEqual(e.locations, [{ line: 1, column: 10 }]);
  assert.equal(e.extensions.value.model, 'GEMINI');
  assert.ok(e.extensions.problems.some((p) => p.path[0] === 'colour'));
  const missing = await sim.graphql(CREATE);
  assert.equal(missing.json.errors[0].message, 'Variable $input of type AiSelfHostedModelCreateInput! was provided invalid value');
  assert.deepEqual(missing.json.errors[0].extensions.problems, [{ path: [], explanation: 'Expected value to not be null' }]);
});

test('parse errors', async () => {
  let res = await sim.graphql('{ aiSelfHostedModels { nodes { id } } } }');
  assert.equal(res.json.errors[0].message, 'Parse error on "}" (RCURLY) at [1, 41]');
  res = await sim.graphql('{ aiSelfHostedModels { nodes { id }');
  assert.equal(res.json.errors[0].message, 'Unexpected end of document');
  res = await sim.graphql('   ');
  assert.equal(res.json.errors[0].message, 'No query string was present');
});

test('query text over 10,000 characters: 422 Query too large', async () => {
  const padding = ' '.repeat(10001 - '{ metadata { version } }'.length);
  const ok = await sim.graphql(`{ metadata { version } }${padding.slice(1)}`);
  assert.equal(ok.status, 200, 'exactly 10,000 characters is allowed');
  const res = await sim.graphql(`{ metadata { version } }${padding}`);
  assert.equal(res.status, 422);
  assert.deepEqual(res.json, { errors: [{ message: 'Query too large' }] });
});

test('batched queries: answered with an array; the size limit applies to the sum', async () => {
  const q = `{ metadata { version } }${' '.repeat(4000)}`;
  const two = await sim.graphql([{ query: q }, { query: q }]);
  assert.equal(two.status, 200);
  assert.equal(two.json.length, 2);
  assert.equal(two.json[1].data.metadata.version, '18.9.0-ee');
  const three = await sim.graphql([{ query: q }, { query: q }, { query: q }]);
  assert.equal(three.status, 422);
  assert.deepEqual(three.json, { errors: [{ message: 'Query too large' }] });
});

test('mutations over GET are refused', async () => {
  const query = encodeURIComponent('mutation { aiSelfHostedModelDelete(input: {id: "gid://gitlab/Ai::SelfHostedModel/1"}) { errors } }');
  const res = await sim.request(`${sim.gitlab}/api/graphql?query=${query}`, { headers: { Authorization: 'Bearer sim-admin-token' } });
  assert.equal(res.status, 422);
  assert.deepEqual(res.json, { errors: [{ message: 'Mutations are forbidden in GET requests' }] });
  const get = await sim.request(`${sim.gitlab}/api/graphql?query=${encodeURIComponent('{ metadata { version } }')}`, { headers: { Authorization: 'Bearer sim-admin-token' } });
  assert.equal(get.json.data.metadata.version, '18.9.0-ee');
});

test('complexity limit: 300 for admins, 250 for other users', async () => {
  const fields = (n) => Array.from({ length: n }, (_, i) => `v${i}: version`).join(' ');
  const q = `{ metadata { ${fields(280)} } }`;
  const admin = await sim.graphql(q);
  assert.ok(admin.json.data, JSON.stringify(admin.json.errors));
  const user = await sim.graphql(q, { token: 'sim-nonadmin-token' });
  assert.deepEqual(user.json, { errors: [{ message: 'Query has complexity of 281, which exceeds max complexity of 250' }] });
  const big = await sim.graphql(`{ metadata { ${fields(300)} } }`);
  assert.deepEqual(big.json, { errors: [{ message: 'Query has complexity of 301, which exceeds max complexity of 300' }] });
});

test('aliased mutation batches count per field', async () => {
  const m = Array.from({ length: 3 }, (_, i) => `m${i}: aiSelfHostedModelDelete(input: {id: "gid://gitlab/Ai::SelfHostedModel/${i + 1}"}) { errors }`).join(' ');
  const res = await sim.graphql(`mutation { ${m} }`);
  assert.deepEqual(res.json.data.m2, { errors: ['Self-hosted model not found'] });
});

test('operation selection', async () => {
  const doc = 'query A { metadata { version } } query B { metadata { revision } }';
  let res = await sim.graphql(doc);
  assert.equal(res.json.errors[0].message, 'An operation name is required');
  res = await sim.graphql(doc, { operationName: 'B' });
  assert.ok(res.json.data.metadata.revision);
  res = await sim.graphql(doc, { operationName: 'C' });
  assert.equal(res.json.errors[0].message, 'No operation named "C"');
});

test('depth limit: 20 when authenticated', async () => {
  // aiSelfHostedModels > nodes = 2 levels, then 3 per featureSettings > nodes > selfHostedModel hop.
  let inner = 'id';
  for (let i = 0; i < 6; i++) inner = `featureSettings { nodes { selfHostedModel { ${inner} } } }`;
  const res = await sim.graphql(`{ aiSelfHostedModels { nodes { ${inner} } } }`);
  assert.deepEqual(res.json, { errors: [{ message: 'Query has depth of 21, which exceeds max depth of 20' }] });
});

test('anonymous requests: no data without a user', async () => {
  const res = await sim.graphql('{ metadata { version } aiSelfHostedModels { nodes { id } } }', { token: null });
  assert.equal(res.status, 200);
  assert.deepEqual(res.json.data, { metadata: null, aiSelfHostedModels: null });
  assert.equal(res.json.errors.length, 1, 'the model list is a silent null');
  assert.deepEqual(res.json.errors[0].path, ['metadata']);
});
