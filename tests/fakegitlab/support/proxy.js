'use strict';
// A forwarding HTTP proxy that asks for Basic credentials, for testing a manual proxy with a
// user and password. Usage: node proxy.js USER PASSWORD
// Prints "proxy listening on http://127.0.0.1:PORT", then one line per request:
// "forwarded METHOD URL" or "refused METHOD URL".
const http = require('node:http');

const [user, password] = process.argv.slice(2);
const expected = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

const server = http.createServer((req, res) => {
  if (req.headers['proxy-authorization'] !== expected) {
    console.log(`refused ${req.method} ${req.url}`);
    req.resume();
    res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="test proxy", charset="UTF-8"' });
    res.end();
    return;
  }
  console.log(`forwarded ${req.method} ${req.url}`);
  const headers = { ...req.headers };
  delete headers['proxy-authorization'];
  delete headers['proxy-connection'];
  const upstream = http.request(req.url, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});

server.listen(0, '127.0.0.1', () => {
  console.log(`proxy listening on http://127.0.0.1:${server.address().port}`);
});
