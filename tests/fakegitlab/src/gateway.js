'use strict';
// Self-hosted AI gateway: health routes and the model configuration check, which really calls the
// model server (GET <endpoint>/models, Bearer key) when the endpoint is on this machine.

const { sendJson, sendRaw, parseBody } = require('./util');
const { request } = require('./httpclient');
const { isLoopbackHost } = require('./urlcheck');

const CHECK_PATHS = ['/v1/prompts/model_configuration%2Fcheck', '/v1/prompts/model_configuration%2fcheck', '/v1/prompts/model_configuration/check'];
const CONNECTION_ERROR = 'APIConnectionError: Connection error.';

function modelsUrl(endpoint) {
  const base = String(endpoint).replace(/\/+$/, '');
  return /\/v1$/.test(base) ? `${base}/models` : `${base}/v1/models`;
}

/** The model check: 200 on success, 421 (with the model server's status) when the model failed. */
async function modelConfigurationCheck(app, req, res, rawBody) {
  const cfg = app.getState().gateway || {};
  if (cfg.requireAuth !== false && !req.headers.authorization) {
    return sendJson(res, 401, { error: 'No authorization header presented' });
  }
  const body = parseBody(req, rawBody);
  const meta = body && body.model_metadata;
  if (!meta || typeof meta !== 'object') {
    return sendJson(res, 422, { detail: [{ type: 'missing', loc: ['body', 'model_metadata'], msg: 'Field required', input: null }] });
  }
  const identifier = String(meta.identifier || '');
  // Cloud providers are reached with the gateway's own credentials, never through the endpoint.
  if (meta.provider === 'bedrock' || identifier.startsWith('bedrock/')) {
    if (cfg.bedrockAvailable === false) {
      return sendJson(res, 421, { detail: 'AccessDeniedException: Unable to access Amazon Bedrock', model_server_status: 403 });
    }
    return sendJson(res, 200, { response: 'ok' });
  }
  if (meta.provider === 'vertex_ai') {
    if (cfg.vertexAvailable === false) {
      return sendJson(res, 421, { detail: 'PermissionDenied: Unable to access Vertex AI', model_server_status: 403 });
    }
    return sendJson(res, 200, { response: 'ok' });
  }
  let host;
  try {
    host = new URL(String(meta.endpoint)).hostname;
  } catch {
    return sendJson(res, 421, { detail: CONNECTION_ERROR });
  }
  // Only endpoints on this machine are really called; anything else is unreachable offline.
  if (!isLoopbackHost(host)) return sendJson(res, 421, { detail: CONNECTION_ERROR });
  const headers = { Accept: 'application/json' };
  if (meta.api_key) headers.Authorization = `Bearer ${meta.api_key}`;
  let answer;
  try {
    answer = await request(modelsUrl(meta.endpoint), { headers, timeoutMs: 10000 });
  } catch {
    return sendJson(res, 421, { detail: CONNECTION_ERROR });
  }
  if (answer.status >= 400) {
    return sendJson(res, 421, { detail: `Model server returned code ${answer.status}`, model_server_status: answer.status });
  }
  const served = identifier.replace(/^custom_openai\//, '');
  if (identifier.startsWith('custom_openai/')) {
    let ids = [];
    try {
      ids = (JSON.parse(answer.body).data || []).map((m) => m.id);
    } catch {
      return sendJson(res, 421, { detail: 'Model server returned an invalid response', model_server_status: 502 });
    }
    if (!ids.includes(served)) {
      return sendJson(res, 421, { detail: `NotFoundError: The model \`${served}\` does not exist.`, model_server_status: 404, available_models: ids });
    }
  }
  return sendJson(res, 200, { response: 'ok' });
}

function gatewayRoute(app) {
  return async (req, res, url, rawBody) => {
    const path = url.pathname;
    const cfg = app.getState().gateway || {};
    if (req.method === 'GET' && path === '/monitoring/healthz') return sendJson(res, cfg.healthy === false ? 503 : 200, {});
    if (req.method === 'GET' && path === '/monitoring/ready') return sendJson(res, cfg.ready ? 200 : 503, {});
    if (req.method === 'POST' && CHECK_PATHS.includes(path)) return modelConfigurationCheck(app, req, res, rawBody);
    if (req.headers.authorization) return sendJson(res, 404, { detail: 'Not Found' });
    if (req.method === 'HEAD') return sendRaw(res, 401, '', { 'Content-Type': 'application/json' });
    return sendJson(res, 401, { error: 'No authorization header presented' });
  };
}

module.exports = { gatewayRoute };
