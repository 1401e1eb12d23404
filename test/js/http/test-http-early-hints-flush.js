'use strict';
// writeEarlyHints sends a 103 the client sees as 'information'; flushHeaders sends the head
// before any body, so the client's 'response' comes while the server still holds the body.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

let release;
const server = http.createServer(common.mustCall((req, res) => {
  res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'] }, common.mustCall());
  res.setHeader('x-flushed', 'yes');
  res.flushHeaders();
  assert.strictEqual(res.headersSent, true);
  release = () => res.end('body');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' });
  req.on('information', common.mustCall((info) => {
    assert.strictEqual(info.statusCode, 103);
    assert.strictEqual(info.statusMessage, 'Early Hints');
    assert.deepStrictEqual(info.headers.link, '</a.css>; rel=preload, </b.js>; rel=preload');
  }));
  req.on('response', common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['x-flushed'], 'yes');
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'body');
      server.close();
    }));
    release();
  }));
}));
