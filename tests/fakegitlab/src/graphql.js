'use strict';
// POST/GET /api/graphql as GitLab's GraphqlController answers it (API.md (a), (g), (h)).

const { parse, execute, Kind, GraphQLError } = require('graphql');
const { sendJson, sendRaw, parseBody } = require('./util');
const { authenticate } = require('./auth');
const policy = require('./policy');
const { schemaForState } = require('./schema');
const { rubyValidate, disabledIntrospectionEntryPoints, parseError } = require('./errors');
const { checkLimits } = require('./complexity');
const { variableErrors } = require('./variables');
const { staticIntrospection } = require('./introspection');
const { Http500 } = require('./common');

const MAX_QUERY_SIZE = 10000;

function renderError(res, status, message) {
  sendJson(res, status, { errors: [{ message }] });
}

class RequestError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Gitlab::Graphql::Variables: a Hash, a JSON string, or nothing. */
function buildVariables(v) {
  if (v == null || v === '') return {};
  if (typeof v === 'string') {
    try {
      const parsed = JSON.parse(v);
      return parsed == null ? {} : parsed;
    } catch (e) {
      throw new RequestError(422, `unexpected token at '${v}'`);
    }
  }
  if (typeof v === 'object' && !Array.isArray(v)) return v;
  throw new RequestError(422, `Unexpected parameter: ${JSON.stringify(v)}`);
}

function selectedOperation(doc, operationName) {
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return ops.find((o) => o.name && o.name.value === operationName) || null;
  return ops.length === 1 ? ops[0] : null;
}

function isMutation(query, operationName) {
  try {
    const op = selectedOperation(parse(query), operationName);
    return !!op && op.operation === 'mutation';
  } catch {
    return false;
  }
}

// Parsed and validated documents by text: clients repeat the same documents (a page at a
// time), and a server that re-validated each would add time no real GitLab spends on a cache hit.
const documentCache = new Map();
const DOCUMENT_CACHE_SIZE = 200;

function parsedAndValidated(schema, text, staticMode) {
  const key = `${schema.simKey}|${staticMode ? 1 : 0}|${text}`;
  const hit = documentCache.get(key);
  if (hit) return hit;
  let entry;
  try {
    const doc = parse(text);
    entry = { doc, errors: rubyValidate(schema, doc, staticMode ? [disabledIntrospectionEntryPoints(schema)] : []) };
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    entry = { doc: null, errors: [parseError(e, text)] };
  }
  if (documentCache.size >= DOCUMENT_CACHE_SIZE) documentCache.clear();
  documentCache.set(key, entry);
  return entry;
}

/** Runs one query of a (possibly batched) request; returns the result object. */
async function executeOne(ctx, item, staticMode) {
  const text = item.query;
  if (!text || !text.trim()) return { errors: [{ message: 'No query string was present' }] };
  const schema = schemaForState(ctx.state);
  const { doc, errors } = parsedAndValidated(schema, text, staticMode);
  if (errors.length) return { errors };
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = selectedOperation(doc, item.operationName);
  if (!op) {
    if (item.operationName) return { errors: [{ message: `No operation named "${item.operationName}"` }] };
    return { errors: [{ message: ops.length ? 'An operation name is required' : 'No query string was present' }] };
  }
  if (op.operation === 'subscription') return { errors: [{ message: 'Schema is not configured for subscriptions' }] };
  const user = ctx.auth.user;
  const level = !user ? 'anonymous' : user.isAdmin ? 'admin' : 'authenticated';
  const limitErrors = checkLimits(doc, op, level);
  if (limitErrors.length) return { errors: limitErrors };
  const variables = buildVariables(item.variables);
  const varErrors = variableErrors(schema, op, variables);
  if (varErrors.length) return { errors: varErrors };
  const result = await execute({
    schema, document: doc, rootValue: {}, contextValue: ctx, variableValues: variables,
    operationName: op.name ? op.name.value : undefined,
  });
  const out = {};
  if ('data' in result) out.data = result.data;
  if (result.errors && result.errors.length) {
    for (const e of result.errors) {
      const orig = e.originalError;
      if (orig instanceof Http500) throw orig;
      if (orig && !(orig instanceof GraphQLError)) {
        ctx.log(`resolver error: ${orig.stack || orig}`);
        throw new Http500(orig.message);
      }
    }
    out.errors = result.errors.map((e) => e.toJSON());
  }
  return out;
}

function isIntrospectionRequest(item) {
  if (item.hasOperationNameKey) return item.operationName === 'IntrospectionQuery';
  const q = item.query || '';
  return q.includes('__schema') || (q.includes('__type') && !q.includes('__typename'));
}

function charLength(s) {
  return typeof s === 'string' ? Array.from(s).length : 0;
}

async function handleGraphql(ctx0, req, res, url, rawBody) {
  const state = ctx0.getState();
  const auth = authenticate(state, req, url);
  const hasApiScope = auth.kind === 'ok' && auth.scopes.some((s) => s === 'api' || s === 'read_api');
  if (auth.kind !== 'none' && !hasApiScope) return renderError(res, 401, 'Invalid token');
  if (auth.user && auth.user.state !== 'active') return renderError(res, 403, 'API not accessible for user');

  let params;
  if (req.method === 'GET' || req.method === 'HEAD') {
    params = Object.fromEntries(url.searchParams);
  } else if (req.method === 'POST') {
    params = parseBody(req, rawBody);
    if (params === null) return renderError(res, 400, 'Invalid JSON in request body');
  } else {
    return sendJson(res, 404, { message: '404 Not Found' });
  }
  const multiplex = Array.isArray(params);
  const flag = !multiplex && params.remove_deprecated != null ? params.remove_deprecated : url.searchParams.get('remove_deprecated');
  const removeDeprecated = String(flag) === 'true';
  const items = (multiplex ? params : [params]).map((p) => ({
    query: typeof (p && p.query) === 'string' ? p.query : '',
    variables: p ? p.variables : undefined,
    operationName: p && p.operationName != null ? p.operationName : null,
    hasOperationNameKey: !!p && typeof p === 'object' && 'operationName' in p,
  }));

  if (items.reduce((n, i) => n + charLength(i.query), 0) > MAX_QUERY_SIZE) return renderError(res, 422, 'Query too large');
  if ((req.method === 'GET' || req.method === 'HEAD') && items.some((i) => isMutation(i.query, i.operationName))) {
    return renderError(res, 422, `Mutations are forbidden in ${req.method} requests`);
  }

  const staticMode = policy.introspectionMode(state) === 'static';
  if (!multiplex && staticMode && isIntrospectionRequest(items[0])) {
    const schema = schemaForState(state);
    const body = staticIntrospection(schema, schema.simKey, {
      padBytes: state.settings.introspectionPadBytes, withoutDeprecated: removeDeprecated,
    });
    return sendRaw(res, 200, body, { 'Content-Type': 'application/json' });
  }

  const ctx = { state, auth, urls: ctx0.urls, log: ctx0.log, later: ctx0.later, aborted: false };
  try {
    const results = [];
    for (const item of items) {
      ctx.queryText = item.query;
      results.push(await executeOne(ctx, item, staticMode));
    }
    return sendJson(res, 200, multiplex ? results : results[0]);
  } catch (e) {
    if (e instanceof RequestError) return renderError(res, e.status, e.message);
    if (!(e instanceof Http500)) ctx0.log(`graphql failure: ${e.stack || e}`);
    return renderError(res, 500, 'Internal server error');
  }
}

module.exports = { handleGraphql, MAX_QUERY_SIZE };
