'use strict';
// req.destroy() before a response: 'error' ECONNRESET "socket hang up", then 'close'; after the
// response started the response gets 'aborted' and an ECONNRESET "aborted" error.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/partial') {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('part');
  }
  // '/hang' never answers
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const events = [];
  const req = http.get({ port, host: '127.0.0.1', path: '/hang' });
  req.on('response', common.mustNotCall());
  req.on('socket', common.mustCall(() => events.push('socket')));
  req.on('error', common.mustCall((err) => {
    events.push('error');
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
  }));
  req.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['socket', 'error', 'close']);
    assert.strictEqual(req.destroyed, true);
    partial();
  }));
  req.on('socket', () => setImmediate(() => req.destroy()));

  function partial() {
    const r = http.get({ port, host: '127.0.0.1', path: '/partial' }, common.mustCall((res) => {
      const seen = [];
      res.on('data', common.mustCall(() => r.destroy()));
      res.on('aborted', common.mustCall(() => seen.push('aborted')));
      res.on('error', common.mustCall((err) => {
        seen.push('error');
        assert.strictEqual(err.code, 'ECONNRESET');
        assert.strictEqual(err.message, 'aborted');
      }));
      res.on('close', common.mustCall(() => {
        seen.push('close');
        assert.deepStrictEqual(seen, ['aborted', 'error', 'close']);
        server.close();
      }));
    }));
  }
}));
