'use strict';
// OpenAI-compatible model server in the style of vLLM: GET /v1/models, chat/completions, health.

const { sendJson, sendRaw, parseBody } = require('./util');

function authorized(cfg, req) {
  if (!cfg.apiKey) return true;
  return req.headers.authorization === `Bearer ${cfg.apiKey}`;
}

function modelList(cfg) {
  return {
    object: 'list',
    data: (cfg.models || []).map((id) => ({
      id, object: 'model', created: 1735689600, owned_by: 'vllm', root: id, parent: null, max_model_len: 32768,
    })),
  };
}

function modelServerRoute(app) {
  return async (req, res, url, rawBody) => {
    const cfg = app.getState().modelServer || {};
    const path = url.pathname.replace(/\/+$/, '');
    if (req.method === 'GET' && path === '/health') return sendRaw(res, 200, '');
    if (cfg.status) return sendJson(res, Number(cfg.status), { error: `Simulated model server status ${cfg.status}` });
    const isModels = req.method === 'GET' && /\/models$/.test(path);
    const isCompletion = req.method === 'POST' && /\/(chat\/)?completions$/.test(path);
    if (!isModels && !isCompletion) return sendJson(res, 404, { detail: 'Not Found' });
    if (!authorized(cfg, req)) return sendJson(res, 401, { error: 'Unauthorized' });
    if (isModels) return sendJson(res, 200, modelList(cfg));
    const body = parseBody(req, rawBody) || {};
    if (!(cfg.models || []).includes(body.model)) {
      return sendJson(res, 404, { object: 'error', message: `The model \`${body.model}\` does not exist.`, type: 'NotFoundError', param: null, code: 404 });
    }
    return sendJson(res, 200, {
      id: 'cmpl-sim-1', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
    });
  };
}

module.exports = { modelServerRoute };
