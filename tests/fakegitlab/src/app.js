'use strict';
// The running simulator: state holder, the four listeners (GitLab, AI gateway, model server,
// Agent Platform service), request routing.

const http = require('node:http');
const https = require('node:https');
const { buildState, patchState, defaultVersionFor } = require('./state');
const { FaultRegistry, applyFault } = require('./faults');
const { RequestLog } = require('./requestlog');
const { handleControl } = require('./control');
const { handleRest } = require('./rest');
const { handleGraphql } = require('./graphql');
const { gatewayRoute } = require('./gateway');
const { modelServerRoute } = require('./modelserver');
const { schemaForState, SHAPES } = require('./schema');
const { Listener, agentPlatformServer } = require('./listeners');
const { readBody, sendJson, sendRaw } = require('./util');

/** Listeners a test may take down and bring back (the GitLab port carries the controls). */
const SWITCHABLE = ['gateway', 'modelServer', 'agentPlatform'];

/** Rejects states the simulator cannot serve (unknown shape, malformed extra enum values). */
function validateState(state) {
  if (!SHAPES.includes(state.shape)) throw new Error(`shape must be one of ${SHAPES.join(', ')}, not ${state.shape}`);
  schemaForState(state);
}

class App {
  /**
   * options: fixture (object), overrides ({version, shape, introspection} from the command line),
   * tls ({cert, key} PEM, GitLab port), gatewayTls and agentPlatformTls (same form),
   * verbose (log every request to stderr).
   */
  constructor(options = {}) {
    this.fixture = options.fixture || {};
    this.overrides = options.overrides || {};
    this.tls = options.tls || null;
    this.gatewayTls = options.gatewayTls || null;
    this.agentPlatformTls = options.agentPlatformTls || null;
    this.verbose = !!options.verbose;
    this.faults = new FaultRegistry();
    this.requestLog = new RequestLog();
    this.urls = {};
    this.state = null;
    this.versionDefaulted = true;
    this.generation = 0;
    this.listeners = {};
    this.timers = new Set();
  }

  log(message) {
    process.stderr.write(`[fakegitlab] ${message}\n`);
  }

  getState() {
    return this.state;
  }

  /** Runs fn(state) after ms unless the state was replaced (reset, PUT) meanwhile; PATCH keeps it. */
  later(ms, fn) {
    const generation = this.generation;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.generation === generation) fn(this.state);
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  /** Loads a fixture over the defaults; command-line overrides win unless the fixture sets the key. */
  replaceState(fixture, { applyOverridesAlways = false } = {}) {
    const state = buildState(fixture, this.urls);
    for (const [k, v] of Object.entries(this.overrides)) {
      if (v != null && (applyOverridesAlways || !(k in (fixture || {})))) state[k] = v;
    }
    const fx = fixture || {};
    const versionGiven = 'version' in fx || this.overrides.version != null;
    if (!versionGiven) Object.assign(state, 'revision' in fx ? { version: defaultVersionFor(state.shape).version } : defaultVersionFor(state.shape));
    validateState(state);
    this.versionDefaulted = !versionGiven;
    this.faults.clear('faults-cleared');
    for (const f of state.faults || []) this.faults.add(f);
    delete state.faults;
    this.state = state;
    this.generation += 1;
  }

  patchState(patch) {
    const { faults, ...rest } = patch || {};
    const next = patchState(this.state, rest, this.urls);
    if ('version' in rest) this.versionDefaulted = false;
    else if ('shape' in rest && this.versionDefaulted) Object.assign(next, 'revision' in rest ? { version: defaultVersionFor(next.shape).version } : defaultVersionFor(next.shape));
    validateState(next);
    this.state = next;
    delete this.state.faults;
    for (const f of faults || []) this.faults.add(f);
  }

  async reset() {
    this.replaceState(this.fixture, { applyOverridesAlways: true });
    this.requestLog.clear();
    for (const name of SWITCHABLE) await this.listeners[name].bringUp();
  }

  /** Takes a listener down (connections refused) or brings it back on the same port. */
  async setListener(name, up) {
    const l = this.listeners[name];
    if (!l || !SWITCHABLE.includes(name)) throw new Error(`no switchable listener ${name} (${SWITCHABLE.join(', ')})`);
    if (up) await l.bringUp();
    else await l.down();
    return this.listenerStatus();
  }

  /** { gitlab, gateway, modelServer, agentPlatform }: { up, port, accepted, url | address }. */
  listenerStatus() {
    const out = {};
    for (const [name, l] of Object.entries(this.listeners)) {
      out[name] = { ...l.status(), [name === 'agentPlatform' ? 'address' : 'url']: this.urls[name] };
    }
    return out;
  }

  handler(serverName, route) {
    return async (req, res) => {
      let url;
      try {
        url = new URL(req.url, 'http://127.0.0.1');
        const raw = await readBody(req);
        if (serverName === 'gitlab' && url.pathname.startsWith('/__sim/')) {
          await handleControl(this, req, res, url, raw);
          return;
        }
        const fault = this.faults.match(serverName, req, raw);
        const entry = this.requestLog.add(serverName, req, url, raw, fault);
        if (this.verbose) this.log(`${serverName} ${req.method} ${req.url}${fault ? ` (fault ${fault.id})` : ''}`);
        if (fault) await applyFault(this.faults, fault, req, res, () => route(req, res, url, raw), entry);
        else await route(req, res, url, raw);
      } catch (e) {
        this.log(`${serverName} ${req.method} ${req.url}: ${e.stack || e}`);
        if (!res.headersSent) sendJson(res, 500, { message: '500 Internal Server Error' });
      }
    };
  }

  gitlabRoute() {
    const ctx = { getState: () => this.state, urls: this.urls, log: (m) => this.log(m), later: (ms, fn) => this.later(ms, fn) };
    return async (req, res, url, raw) => {
      const p = url.pathname;
      if (p === '/api/graphql') return handleGraphql(ctx, req, res, url, raw);
      if (p === '/api/v4' || p.startsWith('/api/v4/')) return handleRest(ctx, req, res, url, raw);
      if (p === '/-/health') return sendRaw(res, 200, 'GitLab OK', { 'Content-Type': 'text/plain' });
      if (p === '/-/readiness') return sendJson(res, 200, { status: 'ok', master_check: [{ status: 'ok' }] });
      return sendJson(res, 404, { message: '404 Not Found' });
    };
  }

  httpServer(handler, tlsOptions) {
    return tlsOptions ? https.createServer({ cert: tlsOptions.cert, key: tlsOptions.key }, handler) : http.createServer(handler);
  }

  /** Starts the model server, gateway and Agent Platform listener (ephemeral ports), then GitLab on `port`. */
  async start(port = 0) {
    const l = this.listeners;
    l.modelServer = new Listener('modelServer', http.createServer(this.handler('modelServer', modelServerRoute(this))));
    l.gateway = new Listener('gateway', this.httpServer(this.handler('gateway', gatewayRoute(this)), this.gatewayTls));
    l.agentPlatform = new Listener('agentPlatform', agentPlatformServer(this.agentPlatformTls));
    l.gitlab = new Listener('gitlab', this.httpServer(this.handler('gitlab', this.gitlabRoute()), this.tls));
    const modelPort = await l.modelServer.listen(0);
    const gatewayPort = await l.gateway.listen(0);
    const agentPort = await l.agentPlatform.listen(0);
    const gitlabPort = await l.gitlab.listen(port);
    this.urls.gitlab = `${this.tls ? 'https' : 'http'}://127.0.0.1:${gitlabPort}`;
    this.urls.gateway = `${this.gatewayTls ? 'https' : 'http'}://127.0.0.1:${gatewayPort}`;
    this.urls.modelServer = `http://127.0.0.1:${modelPort}`;
    this.urls.agentPlatform = `127.0.0.1:${agentPort}`;
    this.replaceState(this.fixture, { applyOverridesAlways: true });
    return {
      event: 'listening',
      gitlab: { port: gitlabPort, url: this.urls.gitlab },
      gateway: { port: gatewayPort, url: this.urls.gateway },
      modelServer: { port: modelPort, url: this.urls.modelServer },
      agentPlatform: { port: agentPort, address: this.urls.agentPlatform },
    };
  }

  close() {
    this.faults.destroyHung();
    this.faults.releaseHeld('shutdown');
    for (const t of this.timers) clearTimeout(t);
    for (const listener of Object.values(this.listeners)) {
      const s = listener.server;
      listener.close();
      if (typeof s.closeAllConnections === 'function') s.closeAllConnections();
    }
  }
}

module.exports = { App, SWITCHABLE };
