'use strict';
// Test harness: starts server.js as a child process on port 0 and talks to it over real HTTP(S).

const { spawn } = require('node:child_process');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');

const SERVER = path.join(__dirname, '..', 'server.js');

/**
 * One HTTP request. Resolves { status, headers, text, json } or rejects with the socket error
 * (code ECONNRESET, ETIMEDOUT for our own timeout, ...). `ca` trusts a PEM for HTTPS.
 */
function httpRequest(url, { method = 'GET', headers = {}, body, timeoutMs = 10000, ca } = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const lib = u.protocol === 'https:' ? https : http;
    const payload = body == null ? null : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const h = { ...headers };
    if (payload) {
      h['Content-Length'] = payload.length;
      if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
    }
    const req = lib.request(u, { method, headers: h, agent: false, ca });
    const timer = setTimeout(() => {
      req.destroy(Object.assign(new Error('client timeout'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
      res.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      res.on('aborted', () => {
        clearTimeout(timer);
        reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' }));
      });
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end(payload || undefined);
  });
}

class Sim {
  constructor(proc, listening, stderr, ca) {
    this.proc = proc;
    this.listening = listening;
    this.stderr = stderr;
    this.ca = ca;
    this.gitlab = listening.gitlab.url;
    this.gateway = listening.gateway.url;
    this.modelServer = listening.modelServer.url;
    this.agentPlatform = listening.agentPlatform.address; // host:port, no scheme
  }

  request(url, options = {}) {
    return httpRequest(url, { ca: this.ca, ...options });
  }

  /** POST /api/graphql; `body` may be a query string, an object, or an array (batch). */
  graphql(body, { token = 'sim-admin-token', variables, operationName, headers = {}, method = 'POST' } = {}) {
    let payload = body;
    if (typeof body === 'string') {
      payload = { query: body };
      if (variables !== undefined) payload.variables = variables;
      if (operationName !== undefined) payload.operationName = operationName;
    }
    const h = { ...headers };
    if (token) h.Authorization = `Bearer ${token}`;
    return this.request(`${this.gitlab}/api/graphql`, { method, headers: h, body: payload });
  }

  rest(pathname, { token = 'sim-admin-token', method = 'GET', body, headers = {} } = {}) {
    const h = { ...headers };
    if (token) h['PRIVATE-TOKEN'] = token;
    return this.request(`${this.gitlab}/api/v4${pathname}`, { method, headers: h, body });
  }

  async control(method, pathname, body) {
    const res = await this.request(`${this.gitlab}/__sim/${pathname}`, { method, body });
    if (res.status >= 400) throw new Error(`control ${method} ${pathname} failed: ${res.status} ${res.text}`);
    return res.json;
  }

  /** Back to the startup fixture, no faults, empty request log. */
  reset() {
    return this.control('POST', 'reset');
  }

  stop() {
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) {
        resolve(this.proc.exitCode);
        return;
      }
      this.proc.once('exit', (code) => resolve(code));
      this.proc.kill('SIGTERM');
    });
  }
}

/** Starts the simulator with the given command-line arguments; resolves a Sim once it listens. */
function startSim(args = [], { ca } = {}) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SERVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    const timer = setTimeout(() => finish(new Error(`simulator did not start: ${err}`)), 15000);
    function finish(error, value) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        proc.kill('SIGKILL');
        reject(error);
      } else resolve(value);
    }
    proc.stderr.on('data', (d) => {
      err += d;
    });
    proc.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      try {
        finish(null, new Sim(proc, JSON.parse(out.slice(0, nl)), () => err, ca));
      } catch (e) {
        finish(new Error(`bad listening line ${out}: ${e.message}`));
      }
    });
    proc.on('exit', (code) => finish(new Error(`simulator exited with ${code}: ${err}`)));
  });
}

module.exports = { startSim, httpRequest };
