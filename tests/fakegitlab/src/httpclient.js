'use strict';
// Outbound HTTP used by the simulated GitLab (connection check, host probe) and gateway (model calls).

const http = require('node:http');
const https = require('node:https');

/**
 * One request with an overall deadline. Resolves { status, headers, body } or rejects with an Error
 * whose `code` is ETIMEDOUT, ECONNREFUSED, ECONNRESET, ... Does not follow redirects.
 */
function request(url, { method = 'GET', headers = {}, body = null, timeoutMs = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    let u;
    try {
      u = new URL(url);
    } catch (e) {
      reject(Object.assign(new Error(`bad URI(is not URI?): ${JSON.stringify(url)}`), { code: 'EINVALIDURL' }));
      return;
    }
    const lib = u.protocol === 'https:' ? https : http;
    const payload = body == null ? null : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const h = { ...headers };
    if (payload) h['Content-Length'] = payload.length;
    const req = lib.request(u, { method, headers: h, rejectUnauthorized: false, agent: false });
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(Object.assign(new Error('execution expired'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (e) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(e);
      });
      res.on('aborted', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(Object.assign(new Error('end of file reached'), { code: 'ECONNRESET' }));
      });
    });
    req.on('error', (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(e);
    });
    req.end(payload || undefined);
  });
}

/** Human-readable reason in the style of Ruby's Net::HTTP exceptions. */
function describeError(e) {
  switch (e.code) {
    case 'ECONNREFUSED': return 'Failed to open TCP connection (Connection refused)';
    case 'ETIMEDOUT': return 'execution expired';
    case 'ECONNRESET': return 'Connection reset by peer';
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return 'Failed to open TCP connection (getaddrinfo: Name or service not known)';
    default: return e.message || String(e);
  }
}

module.exports = { request, describeError };
