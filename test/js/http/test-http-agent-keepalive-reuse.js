'use strict';
// A keep-alive Agent hands the same socket to the next request: reusedSocket says so, the
// server sees one connection, and the free socket is destroyed with the agent.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  let firstSocket;
  const r1 = http.get({ port, host: '127.0.0.1', path: '/one', agent }, common.mustCall((res) => {
    assert.strictEqual(r1.reusedSocket, false);
    assert.strictEqual(res.headers.connection, 'keep-alive');
    assert.strictEqual(res.headers['keep-alive'], 'timeout=5');
    firstSocket = res.socket;
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, '/one');
      // the socket goes back to the pool once the response is done
      setImmediate(common.mustCall(() => {
        const name = agent.getName({ host: '127.0.0.1', port });
        assert.strictEqual(agent.freeSockets[name].length, 1);
        const r2 = http.get({ port, host: '127.0.0.1', path: '/two', agent }, common.mustCall((res2) => {
          assert.strictEqual(r2.reusedSocket, true);
          assert.strictEqual(res2.socket, firstSocket);
          res2.resume();
          res2.on('end', common.mustCall(() => {
            assert.strictEqual(connections, 1);
            agent.destroy();
            server.close();
          }));
        }));
      }));
    }));
  }));
}));
