'use strict';
// Small helpers shared by every module: JSON responses, body reading, dates, merging.

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Sends a complete response. Every handler answers through this (or sendRaw) so faults can wrap it. */
function sendRaw(res, status, body, headers = {}) {
  const buf = body === undefined || body === null ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  const h = { ...headers };
  if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-length')) h['Content-Length'] = buf.length;
  res.writeHead(status, h);
  res.end(res.req && res.req.method === 'HEAD' ? undefined : buf);
}

function sendJson(res, status, value, headers = {}) {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  sendRaw(res, status, body, { 'Content-Type': 'application/json', ...headers });
}

/** Reads the whole request body as a Buffer (rejects bodies over 16 MB). */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Parses a JSON or form-encoded body into an object (null when it cannot be parsed). */
function parseBody(req, raw) {
  const text = raw.toString('utf8');
  const type = String(req.headers['content-type'] || '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    if (!type.includes('json') && text.includes('=')) return Object.fromEntries(new URLSearchParams(text));
    return null;
  }
}

/** ISO 8601 time as GitLab renders it: 2025-01-31T10:20:30Z. */
function isoTime(d = new Date()) {
  return new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isoDate(d = new Date()) {
  return new Date(d).toISOString().slice(0, 10);
}

function addDays(d, days) {
  return new Date(new Date(d).getTime() + days * 86400000);
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Recursive merge: plain objects merge, everything else (arrays included) replaces. */
function deepMerge(target, patch) {
  if (!isPlainObject(target) || !isPlainObject(patch)) return clone(patch);
  const out = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k], v) : clone(v);
  }
  return out;
}

function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** URL-safe base64 without padding (what graphql-ruby and GitLab use for cursors). */
function b64encode(text) {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function b64decode(text) {
  const s = String(text).replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  return Buffer.from(s, 'base64').toString('utf8');
}

function isLoopbackAddress(addr) {
  if (!addr) return false;
  const a = addr.replace(/^::ffff:/, '');
  return a === '::1' || a.startsWith('127.');
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Lower-cases header names and keeps every header (the request log records them all). */
function lowerHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers || {})) out[k.toLowerCase()] = v;
  return out;
}

module.exports = {
  sendRaw, sendJson, readBody, parseBody, isoTime, isoDate, addDays, isPlainObject, deepMerge, clone,
  b64encode, b64decode, isLoopbackAddress, sleep, lowerHeaders,
};
