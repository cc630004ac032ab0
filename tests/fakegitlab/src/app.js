'use strict';
// The running simulator: state holder, the three HTTP(S) servers, request routing.

const http = require('node:http');
const https = require('node:https');
const { buildState, patchState } = require('./state');
const { FaultRegistry, applyFault } = require('./faults');
const { RequestLog } = require('./requestlog');
const { handleControl } = require('./control');
const { handleRest } = require('./rest');
const { handleGraphql } = require('./graphql');
const { gatewayRoute } = require('./gateway');
const { modelServerRoute } = require('./modelserver');
const { readBody, sendJson, sendRaw } = require('./util');

class App {
  /**
   * options: fixture (object), overrides ({version, shape, introspection} from the command line),
   * tls ({cert, key} PEM), verbose (log every request to stderr).
   */
  constructor(options = {}) {
    this.fixture = options.fixture || {};
    this.overrides = options.overrides || {};
    this.tls = options.tls || null;
    this.verbose = !!options.verbose;
    this.faults = new FaultRegistry();
    this.requestLog = new RequestLog();
    this.urls = {};
    this.state = null;
    this.servers = [];
  }

  log(message) {
    process.stderr.write(`[fakegitlab] ${message}\n`);
  }

  getState() {
    return this.state;
  }

  /** Loads a fixture over the defaults; command-line overrides win unless the fixture sets the key. */
  replaceState(fixture, { applyOverridesAlways = false } = {}) {
    const state = buildState(fixture, this.urls);
    for (const [k, v] of Object.entries(this.overrides)) {
      if (v != null && (applyOverridesAlways || !(k in (fixture || {})))) state[k] = v;
    }
    this.faults.clear();
    for (const f of state.faults || []) this.faults.add(f);
    delete state.faults;
    this.state = state;
  }

  patchState(patch) {
    const { faults, ...rest } = patch || {};
    this.state = patchState(this.state, rest, this.urls);
    delete this.state.faults;
    for (const f of faults || []) this.faults.add(f);
  }

  reset() {
    this.replaceState(this.fixture, { applyOverridesAlways: true });
    this.requestLog.clear();
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
        const fault = this.faults.match(serverName, req);
        this.requestLog.add(serverName, req, url, raw, fault);
        if (this.verbose) this.log(`${serverName} ${req.method} ${req.url}${fault ? ` (fault ${fault.id})` : ''}`);
        if (fault) await applyFault(this.faults, fault, req, res, () => route(req, res, url, raw));
        else await route(req, res, url, raw);
      } catch (e) {
        this.log(`${serverName} ${req.method} ${req.url}: ${e.stack || e}`);
        if (!res.headersSent) sendJson(res, 500, { message: '500 Internal Server Error' });
      }
    };
  }

  gitlabRoute() {
    const ctx = { getState: () => this.state, urls: this.urls, log: (m) => this.log(m) };
    return async (req, res, url, raw) => {
      const p = url.pathname;
      if (p === '/api/graphql') return handleGraphql(ctx, req, res, url, raw);
      if (p === '/api/v4' || p.startsWith('/api/v4/')) return handleRest(ctx, req, res, url, raw);
      if (p === '/-/health') return sendRaw(res, 200, 'GitLab OK', { 'Content-Type': 'text/plain' });
      if (p === '/-/readiness') return sendJson(res, 200, { status: 'ok', master_check: [{ status: 'ok' }] });
      return sendJson(res, 404, { message: '404 Not Found' });
    };
  }

  listen(server, port) {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.removeListener('error', reject);
        this.servers.push(server);
        resolve(server.address().port);
      });
    });
  }

  /** Starts the model server and gateway (ephemeral ports), then GitLab on `port`; loads the fixture. */
  async start(port = 0) {
    const modelPort = await this.listen(http.createServer(this.handler('modelServer', modelServerRoute(this))), 0);
    const gatewayPort = await this.listen(http.createServer(this.handler('gateway', gatewayRoute(this))), 0);
    const gitlabHandler = this.handler('gitlab', this.gitlabRoute());
    const gitlabServer = this.tls ? https.createServer({ cert: this.tls.cert, key: this.tls.key }, gitlabHandler) : http.createServer(gitlabHandler);
    const gitlabPort = await this.listen(gitlabServer, port);
    this.urls.gitlab = `${this.tls ? 'https' : 'http'}://127.0.0.1:${gitlabPort}`;
    this.urls.gateway = `http://127.0.0.1:${gatewayPort}`;
    this.urls.modelServer = `http://127.0.0.1:${modelPort}`;
    this.replaceState(this.fixture, { applyOverridesAlways: true });
    return {
      event: 'listening',
      gitlab: { port: gitlabPort, url: this.urls.gitlab },
      gateway: { port: gatewayPort, url: this.urls.gateway },
      modelServer: { port: modelPort, url: this.urls.modelServer },
    };
  }

  close() {
    this.faults.destroyHung();
    for (const s of this.servers) {
      s.close();
      if (typeof s.closeAllConnections === 'function') s.closeAllConnections();
    }
  }
}

module.exports = { App };
