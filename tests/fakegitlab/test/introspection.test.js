'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { getIntrospectionQuery, buildClientSchema } = require('graphql');
const { startSim } = require('../support/harness');

const FULL = getIntrospectionQuery({ inputValueDeprecation: true });

test('18.9 (static): __type is an unknown field, IntrospectionQuery gets the big static dump', async () => {
  const sim = await startSim();
  try {
    const typeQuery = '{ __type(name: "AiFeatureSettingUpdateInput") { inputFields { name } } }';
    let res = await sim.graphql(typeQuery, { operationName: null });
    assert.equal(res.json.errors[0].message, "Field '__type' doesn't exist on type 'Query'");
    assert.equal(res.json.errors[0].extensions.code, 'undefinedField');
    res = await sim.graphql('query Probe { __schema { queryType { name } } }', { operationName: 'Probe' });
    assert.equal(res.json.errors[0].message, "Field '__schema' doesn't exist on type 'Query'");
    res = await sim.graphql('{ metadata { __typename version } }', { operationName: null });
    assert.equal(res.json.data.metadata.__typename, 'Metadata');

    const started = Date.now();
    const dump = await sim.graphql(FULL, { operationName: 'IntrospectionQuery' });
    assert.equal(dump.status, 200);
    assert.ok(dump.text.length > 2 * 1024 * 1024, `dump is ${dump.text.length} bytes`);
    const schema = buildClientSchema(dump.json.data);
    const input = schema.getType('AiFeatureSettingUpdateInput').getFields();
    assert.ok(input.features && input.offeredModelRef && !input.feature);
    assert.ok(schema.getType('AiSelfHostedModel').getFields().apiToken);
    assert.ok(schema.getMutationType().getFields().duoSettingsUpdate);
    // Whatever the IntrospectionQuery asks, the whole dump comes back; without an operationName key
    // a text mentioning __schema is classified as introspection too.
    const tiny = await sim.graphql('query IntrospectionQuery { __schema { queryType { name } } }', { operationName: 'IntrospectionQuery' });
    assert.equal(tiny.text, dump.text);
    const noKey = await sim.graphql('{ __schema { types { name } } }');
    assert.equal(noKey.text.length, dump.text.length);
    const noDeprecated = await sim.request(`${sim.gitlab}/api/graphql?remove_deprecated=true`, {
      method: 'POST', headers: { Authorization: 'Bearer sim-admin-token' }, body: { query: FULL, operationName: 'IntrospectionQuery' },
    });
    const pruned = buildClientSchema(noDeprecated.json.data);
    assert.equal(pruned.getQueryType().getFields().aiSelfHostedModels, undefined, 'experiments are deprecated, so removed');
    assert.ok(Date.now() - started < 5000);
  } finally {
    await sim.stop();
  }
});

test('17.6 (live): introspection executes; shape is independent of the reported version', async () => {
  const sim = await startSim(['--shape', '17.6', '--gitlab-version', '18.9.1-ee']);
  try {
    const res = await sim.graphql('{ __type(name: "AiFeatureSettingUpdateInput") { inputFields { name } } }');
    assert.deepEqual(res.json.data.__type.inputFields.map((f) => f.name).sort(), ['aiSelfHostedModelId', 'clientMutationId', 'feature', 'provider']);
    const full = await sim.graphql(FULL, { operationName: 'IntrospectionQuery' });
    assert.ok(full.text.length < 1024 * 1024, 'a live result, not the padded dump');
    const schema = buildClientSchema(full.json.data);
    const fields = schema.getType('AiSelfHostedModel').getFields();
    assert.ok(fields.updatedAt && !fields.apiToken && !fields.releaseState && !fields.modelDisplayName);
    assert.equal(schema.getMutationType().getFields().aiSelfHostedModelConnectionCheck, undefined);
    assert.deepEqual(schema.getType('AiFeatureProviders').getValues().map((v) => v.name), ['DISABLED', 'VENDORED', 'SELF_HOSTED']);
    const meta = await sim.graphql('{ metadata { version } }');
    assert.equal(meta.json.data.metadata.version, '18.9.1-ee');
    const rows = await sim.graphql('{ aiFeatureSettings { nodes { feature provider } } }');
    assert.deepEqual(rows.json.data.aiFeatureSettings.nodes.map((n) => n.provider), ['disabled', 'disabled', 'disabled']);
    const single = await sim.graphql('mutation { aiFeatureSettingUpdate(input: {feature: CODE_COMPLETIONS, provider: DISABLED}) { aiFeatureSetting { feature provider } errors } }');
    assert.deepEqual(single.json.data.aiFeatureSettingUpdate, { aiFeatureSetting: { feature: 'code_completions', provider: 'disabled' }, errors: [] });
    const duo = await sim.graphql('{ duoSettings { aiGatewayUrl } }');
    assert.equal(duo.json.errors[0].message, "Field 'duoSettings' doesn't exist on type 'Query'");
  } finally {
    await sim.stop();
  }
});

test('shape can be switched at run time and --introspection overrides the default', async () => {
  const sim = await startSim(['--introspection', 'live']);
  try {
    let res = await sim.graphql('{ __type(name: "Query") { name } }');
    assert.equal(res.json.data.__type.name, 'Query');
    await sim.control('PATCH', 'state', { shape: '17.6', version: '17.6.0-ee' });
    res = await sim.graphql('{ addOnPurchase(addOnType: DUO_ENTERPRISE) { name } metadata { version } }');
    assert.deepEqual(res.json.data, { addOnPurchase: { name: 'DUO_ENTERPRISE' }, metadata: { version: '17.6.0-ee' } });
  } finally {
    await sim.stop();
  }
});
