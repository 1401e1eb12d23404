'use strict';
// The seed example (statusCode + setHeader + end) and its writeHead variant answer
// "Hello, World!" with Node's response head; a second request reuses the kept-alive socket.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/writeHead') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello, World!\n');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!\n');
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  http.get(`http://127.0.0.1:${port}/`, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.statusMessage, 'OK');
    assert.strictEqual(res.httpVersion, '1.1');
    assert.strictEqual(res.headers['content-type'], 'text/plain');
    assert.strictEqual(res.headers['content-length'], '14');
    assert.strictEqual(res.headers.connection, 'keep-alive');
    assert.strictEqual(res.headers['keep-alive'], 'timeout=5');
    assert.match(res.headers.date, /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    assert.deepStrictEqual(res.rawHeaders.filter((_, i) => i % 2 === 0),
                           ['Content-Type', 'Date', 'Connection', 'Keep-Alive', 'Content-Length']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'Hello, World!\n');
      // the agent takes the socket back once the response is done; then it is reused
      setImmediate(() => http.get({ port, host: '127.0.0.1', path: '/writeHead' }, common.mustCall((res2) => {
        assert.strictEqual(res2.req.reusedSocket, true);
        assert.strictEqual(res2.headers['transfer-encoding'], 'chunked'); // writeHead came before end()
        let b = '';
        res2.on('data', (d) => { b += d; });
        res2.on('end', common.mustCall(() => {
          assert.strictEqual(b, 'Hello, World!\n');
          server.close();
        }));
      })));
    }));
  }));
}));
