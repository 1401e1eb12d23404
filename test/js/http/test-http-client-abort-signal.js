'use strict';
// An AbortSignal cancels a request: 'error' is an AbortError (ABORT_ERR), then 'close';
// an already aborted signal fails the request before it is sent.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  // no answer: the client aborts
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const ac = new AbortController();
  const req = http.get({ port, host: '127.0.0.1', signal: ac.signal });
  const events = [];
  req.on('response', common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    events.push('error');
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  req.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['error', 'close']);
    const pre = AbortSignal.abort();
    const r2 = http.get({ port, host: '127.0.0.1', signal: pre });
    r2.on('error', common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      r2.on('close', common.mustCall(() => server.close()));
    }));
  }));
  server.once('request', () => ac.abort());
}));
