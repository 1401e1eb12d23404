'use strict';
// The ws@8 package (test/fixtures/ws) on node4j's http server 'upgrade' event: an echo server
// answering text and binary messages to a ws client, with ping/pong and a clean close code.
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const { WebSocketServer, WebSocket } = require('../../fixtures/ws/node_modules/ws');

const server = http.createServer(common.mustNotCall());
const wss = new WebSocketServer({ server });
wss.on('connection', common.mustCall((ws, req) => {
  assert.strictEqual(req.url, '/chat?x=1');
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('close', common.mustCall((code, reason) => {
    assert.strictEqual(code, 4000);
    assert.strictEqual(reason.toString(), 'bye');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/chat?x=1`);
  const got = [];
  ws.on('open', common.mustCall(() => {
    ws.send('hello');
    ws.send(Buffer.from([1, 2, 3]));
    ws.send('x'.repeat(70000)); // a 64-bit length frame
    ws.ping('p');
  }));
  ws.on('pong', common.mustCall((data) => assert.strictEqual(data.toString(), 'p')));
  ws.on('message', (data, isBinary) => {
    got.push([isBinary, isBinary ? [...data] : data.toString().length === 70000 ? 'long' : data.toString()]);
    if (got.length === 3) {
      assert.deepStrictEqual(got, [[false, 'hello'], [true, [1, 2, 3]], [false, 'long']]);
      ws.close(4000, 'bye');
    }
  });
  ws.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 4000);
    wss.close();
    server.close();
  }));
}));
