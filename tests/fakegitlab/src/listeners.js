'use strict';
// Listening sockets that tests can take down and bring back on the same port (connections
// refused meanwhile), and the Agent Platform service stand-in: a TCP (or TLS) listener.

const net = require('node:net');
const tls = require('node:tls');

const H2_PREFACE = 'PRI * HTTP/2.0';
const H2_EMPTY_SETTINGS = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]);

class Listener {
  /** server: an http(s)/net/tls server not yet listening. */
  constructor(name, server) {
    this.name = name;
    this.server = server;
    this.port = null;
    this.up = false;
    this.accepted = 0;
    this.sockets = new Set();
    server.on('connection', (sock) => {
      this.accepted += 1;
      this.sockets.add(sock);
      sock.on('error', () => {});
      sock.once('close', () => this.sockets.delete(sock));
    });
  }

  listen(port = this.port || 0) {
    return new Promise((resolve, reject) => {
      const onError = (e) => reject(e);
      this.server.once('error', onError);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.removeListener('error', onError);
        this.port = this.server.address().port;
        this.up = true;
        resolve(this.port);
      });
    });
  }

  /** Closes the listening socket and drops every open connection: new connections are refused. */
  down() {
    if (!this.up) return Promise.resolve();
    this.up = false;
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
      this.sockets.clear();
    });
  }

  /** Listens again on the same port. */
  async bringUp() {
    if (this.up) return;
    await this.listen(this.port);
  }

  status() {
    return { up: this.up, port: this.port, accepted: this.accepted };
  }

  close() {
    if (this.up) this.server.close();
    this.up = false;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
}

/** Answers like a gRPC (HTTP/2) server far enough for reachability probes; drops TLS on a plain port. */
function speakH2(sock) {
  sock.once('data', (d) => {
    if (d[0] === 0x16) {
      sock.destroy(); // a TLS ClientHello on a plain port: the client's handshake fails
      return;
    }
    if (d.toString('latin1').startsWith(H2_PREFACE)) sock.write(H2_EMPTY_SETTINGS);
  });
}

/** The Agent Platform service listener: plain TCP, or TLS when given { cert, key }. */
function agentPlatformServer(tlsOptions) {
  if (tlsOptions) {
    const server = tls.createServer({ cert: tlsOptions.cert, key: tlsOptions.key, ALPNProtocols: ['h2'] }, (sock) => {
      sock.on('error', () => {});
      speakH2(sock);
    });
    server.on('tlsClientError', () => {});
    return server;
  }
  return net.createServer((sock) => speakH2(sock));
}

module.exports = { Listener, agentPlatformServer };
