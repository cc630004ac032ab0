'use strict';
// Reachability of the Duo Agent Platform service (host:port, gRPC in reality): a TCP connection,
// and on the 19.x shape a TLS handshake too when selfHostedDuoAgentPlatformServiceSecure is on.

const net = require('node:net');
const tls = require('node:tls');
const { describeError } = require('./httpclient');

function hostPort(value) {
  const [host, port] = String(value).replace(/^[a-z]+:\/\//i, '').split(':');
  return { host, port: Number(port) || 50052 };
}

/** Resolves { ok: true } or { ok: false, reason } (a Net::HTTP-style description). */
function connectAgentPlatform(value, { secure = false, timeoutMs = 3000 } = {}) {
  const { host, port } = hostPort(value);
  return new Promise((resolve) => {
    let done = false;
    const sock = secure
      ? tls.connect({ host, port, rejectUnauthorized: false, ALPNProtocols: ['h2'], servername: net.isIP(host) ? undefined : host })
      : net.connect({ host, port });
    const finish = (ok, err) => {
      if (done) return;
      done = true;
      sock.destroy();
      resolve(ok ? { ok: true } : { ok: false, reason: describeError(err || {}) });
    };
    sock.setTimeout(timeoutMs, () => finish(false, { code: 'ETIMEDOUT' }));
    sock.on(secure ? 'secureConnect' : 'connect', () => finish(true));
    sock.on('error', (e) => finish(false, e));
    sock.on('close', () => finish(false, { message: 'Connection closed by the service before the TLS handshake' }));
  });
}

/** Whether the probe uses TLS for this state (19.x secure flag; 17.6 / 18.9 probe plain TCP). */
function agentPlatformSecure(state) {
  return state.shape === '19.6' && state.duoSettings.selfHostedDuoAgentPlatformServiceSecure !== false;
}

module.exports = { connectAgentPlatform, agentPlatformSecure };
