'use strict';
// Injected faults: latency, HTTP errors, 429 + Retry-After, hangs, held requests (before or after
// being applied), resets, truncated or malformed bodies, redirects. Matched per server, method and
// path regex, consumed by count (-1 = unlimited).

const { sendRaw, sleep, isoTime } = require('./util');

const SERVERS = ['gitlab', 'gateway', 'modelServer'];
const HOLDS = ['applyThenHold', 'holdBeforeApply'];
const EXCLUSIVE = ['hang', 'reset', 'redirect', 'status', 'retryAfter', 'truncate', 'malformed', ...HOLDS];

class FaultRegistry {
  constructor() {
    this.faults = [];
    this.nextId = 1;
    this.hung = new Set();
    this.held = new Map(); // log seq → { socket, entry, kind }
  }

  /** Validates and stores a fault spec; returns its id. Throws Error with a user message on bad input. */
  add(spec) {
    if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw new Error('fault must be a JSON object');
    const server = spec.server || 'gitlab';
    if (!SERVERS.includes(server)) throw new Error(`server must be one of ${SERVERS.join(', ')}`);
    let regex = null;
    if (spec.path != null) {
      try {
        regex = new RegExp(spec.path);
      } catch (e) {
        throw new Error(`invalid path regex: ${e.message}`);
      }
    }
    let bodyRegex = null;
    if (spec.bodyMatch != null) {
      try {
        bodyRegex = new RegExp(spec.bodyMatch);
      } catch (e) {
        throw new Error(`invalid bodyMatch regex: ${e.message}`);
      }
    }
    const holds = HOLDS.filter((k) => spec[k]);
    if (holds.length) {
      const others = EXCLUSIVE.filter((k) => spec[k] != null && spec[k] !== false && !holds.includes(k));
      if (holds.length > 1 || others.length) throw new Error(`${holds[0]} cannot be combined with ${[...holds.slice(1), ...others].join(', ')}`);
    }
    const fault = { ...spec, id: this.nextId++, server, count: spec.count == null ? 1 : Number(spec.count), regex, bodyRegex };
    if (fault.retryAfter != null && fault.status == null) fault.status = 429;
    this.faults.push(fault);
    return fault.id;
  }

  /** Removes every fault and releases (destroys) the held requests. */
  clear(reason = 'faults-cleared') {
    this.faults = [];
    this.releaseHeld(reason);
  }

  /** Holds a request's socket open without answering; the log entry shows `held` meanwhile. */
  hold(req, entry, kind) {
    const socket = req.socket;
    if (!socket || socket.destroyed) {
      entry.released = { held: kind, reason: 'client-closed', time: isoTime() };
      return;
    }
    entry.held = kind;
    entry.heldSince = isoTime();
    this.held.set(entry.seq, { socket, entry, kind });
    socket.once('close', () => this.release(entry.seq, 'client-closed'));
  }

  release(seq, reason) {
    const h = this.held.get(seq);
    if (!h) return;
    this.held.delete(seq);
    delete h.entry.held;
    delete h.entry.heldSince;
    h.entry.released = { held: h.kind, reason, time: isoTime() };
    h.socket.destroy();
  }

  releaseHeld(reason) {
    for (const seq of [...this.held.keys()]) this.release(seq, reason);
  }

  /** The requests currently held, oldest first. */
  heldList() {
    return [...this.held.values()].map(({ entry }) => ({
      seq: entry.seq, server: entry.server, method: entry.method, path: entry.path, held: entry.held, since: entry.heldSince,
    }));
  }

  list() {
    return this.faults.map(({ regex, bodyRegex, ...f }) => f);
  }

  /** The first fault matching this request (its count is consumed), or null. */
  match(server, req, body = '') {
    const target = req.url;
    const fault = this.faults.find((f) => f.server === server
      && (!f.method || String(f.method).toUpperCase() === req.method)
      && (!f.regex || f.regex.test(target))
      && (!f.bodyRegex || f.bodyRegex.test(String(body))));
    if (!fault) return null;
    if (fault.count > 0) {
      fault.count -= 1;
      if (fault.count === 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }

  destroyHung() {
    for (const s of this.hung) s.destroy();
    this.hung.clear();
  }
}

function withoutLength(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers || {})) if (k.toLowerCase() !== 'content-length') out[k] = v;
  return out;
}

/** Captures the handler's response so it can be truncated, broken or given extra headers. */
function intercept(res, fault) {
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  let status = 200;
  let headers = {};
  res.writeHead = (s, h) => {
    status = s;
    headers = h || {};
    return res;
  };
  res.end = (body) => {
    const buf = body == null ? Buffer.alloc(0) : Buffer.from(body);
    const h = { ...withoutLength(headers), ...(fault.headers || {}) };
    if (fault.malformed) {
      let cut = buf.subarray(0, Math.floor(buf.length / 2));
      if (cut.length < 2) cut = Buffer.from('{"data":{"');
      writeHead(200, { ...h, 'Content-Type': 'application/json', 'Content-Length': cut.length });
      end(cut);
    } else if (fault.truncate) {
      const full = fault.body != null ? Buffer.from(String(fault.body)) : buf;
      const sent = full.subarray(0, Math.floor(full.length / 2));
      writeHead(status, { ...h, 'Content-Length': Math.max(full.length, sent.length + 64) });
      res.write(sent, () => setTimeout(() => res.socket && res.socket.destroy(), 20));
    } else {
      writeHead(status, { ...h, 'Content-Length': buf.length });
      end(buf);
    }
    return res;
  };
}

/** Makes the response write nothing: the handler runs fully, the client never gets an answer. */
function swallow(res) {
  res.writeHead = () => res;
  res.setHeader = () => res;
  res.write = () => true;
  res.end = () => res;
}

/** Applies a matched fault; `next` runs the normal handler; `entry` is the request's log entry. */
async function applyFault(registry, fault, req, res, next, entry) {
  if (fault.latencyMs) await sleep(Number(fault.latencyMs));
  if (fault.hang) {
    registry.hung.add(req.socket);
    req.socket.once('close', () => registry.hung.delete(req.socket));
    return;
  }
  if (fault.holdBeforeApply) {
    registry.hold(req, entry, 'before-apply');
    return;
  }
  if (fault.applyThenHold) {
    swallow(res);
    try {
      await next();
    } finally {
      registry.hold(req, entry, 'after-apply');
    }
    return;
  }
  if (fault.reset) {
    if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
    else req.socket.destroy();
    return;
  }
  if (fault.redirect) {
    sendRaw(res, 307, '', { ...(fault.headers || {}), Location: String(fault.redirect) });
    return;
  }
  if (fault.status != null) {
    const status = Number(fault.status);
    const headers = { ...(fault.headers || {}) };
    if (fault.retryAfter != null) headers['Retry-After'] = String(fault.retryAfter);
    let body = fault.body;
    if (body == null) body = status === 429 ? 'Retry later\n' : JSON.stringify({ message: `${status} Simulated fault` });
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = /^\s*[[{]/.test(body) ? 'application/json' : 'text/plain';
    }
    sendRaw(res, status, body, headers);
    return;
  }
  if (fault.truncate || fault.malformed || fault.headers) intercept(res, fault);
  await next();
}

module.exports = { FaultRegistry, applyFault, SERVERS };
