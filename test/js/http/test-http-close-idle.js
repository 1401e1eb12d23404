'use strict';
// closeIdleConnections closes only connections between requests; closeAllConnections closes
// the busy ones too (their requests see 'close' without a response).
const common = require('../../common');
const assert = require('assert');
const http = require('http');

let busyRes;
const server = http.createServer((req, res) => {
  if (req.url === '/idle') res.end('done');
  else busyRes = res; // never answered
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, host: '127.0.0.1', path: '/idle', agent }, common.mustCall((res) => {
    const idleSocket = res.socket; // detached from res once the agent takes it back
    res.resume();
    res.on('end', common.mustCall(() => {
      idleSocket.on('close', common.mustCall(() => {
        const busy = http.get({ port, host: '127.0.0.1', path: '/busy' });
        busy.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
        busy.on('close', common.mustCall(() => {
          server.close(common.mustCall());
          agent.destroy();
        }));
        const wait = setInterval(() => {
          if (!busyRes) return;
          clearInterval(wait);
          server.closeIdleConnections(); // the busy one stays
          setTimeout(() => {
            assert.strictEqual(busyRes.socket.destroyed, false);
            server.closeAllConnections();
          }, 50);
        }, 5);
      }));
      setImmediate(() => server.closeIdleConnections());
    }));
  }));
}));
