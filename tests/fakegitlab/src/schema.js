'use strict';
// Executable schemas built from the SDL subsets in ../schema, one per API shape.

const fs = require('node:fs');
const path = require('node:path');
const { buildSchema, Kind, print } = require('graphql');
const { Query, Metadata, AiSelfHostedModel, AiFeatureSetting } = require('./resolvers');
const { Mutation } = require('./mutations');
const { coerceGid, CoercionError, Http500 } = require('./common');

const SHAPES = ['18.9', '17.6'];
const RESOLVERS = { Query, Mutation, Metadata, AiSelfHostedModel, AiFeatureSetting };
const GID_SCALARS = {
  AiSelfHostedModelID: 'Ai::SelfHostedModel',
  NamespaceID: 'Namespace',
  GitlabSubscriptionsAddOnPurchaseID: 'GitlabSubscriptions::AddOnPurchase',
};

function sdlPath(shape) {
  return path.join(__dirname, '..', 'schema', `schema-${shape}.graphql`);
}

/** Once a resolver raised an HTTP 500, GitLab stops the request: later mutations must not run. */
function guarded(fn) {
  return async (source, args, ctx, info) => {
    if (ctx.aborted) throw new Http500('request aborted');
    try {
      return await fn(source, args, ctx, info);
    } catch (e) {
      if (e instanceof Http500) ctx.aborted = true;
      throw e;
    }
  };
}

function build(shape) {
  const schema = buildSchema(fs.readFileSync(sdlPath(shape), 'utf8'));
  for (const [typeName, fields] of Object.entries(RESOLVERS)) {
    const type = schema.getType(typeName);
    if (!type) continue;
    const defs = type.getFields();
    for (const [name, fn] of Object.entries(fields)) if (defs[name]) defs[name].resolve = guarded(fn);
  }
  for (const [scalarName, modelName] of Object.entries(GID_SCALARS)) {
    const scalar = schema.getType(scalarName);
    if (!scalar) continue;
    scalar.parseValue = (v) => coerceGid(v, modelName);
    scalar.parseLiteral = (ast) => {
      if (ast.kind !== Kind.STRING) throw new CoercionError(`${print(ast)} is not a valid Global ID`);
      return coerceGid(ast.value, modelName);
    };
  }
  return schema;
}

const cache = new Map();

/** The executable schema for a shape ('18.9' or '17.6'). */
function schemaFor(shape) {
  const key = SHAPES.includes(shape) ? shape : '18.9';
  if (!cache.has(key)) cache.set(key, build(key));
  return cache.get(key);
}

module.exports = { schemaFor, SHAPES };
