'use strict';
// Trailers both ways: a chunked request's trailers reach req.trailers/rawTrailers after 'end',
// and addTrailers puts them after the last chunk of a response.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('end', common.mustCall(() => {
    assert.deepStrictEqual(req.trailers, { 'x-req-sum': 'abc' });
    assert.deepStrictEqual(req.rawTrailers, ['X-Req-Sum', 'abc']);
    res.writeHead(200, { Trailer: 'X-Res-Sum' });
    res.write('hello ');
    res.addTrailers({ 'X-Res-Sum': '42' });
    res.end('world');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST',
    headers: { Trailer: 'X-Req-Sum' } }, common.mustCall((res) => {
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    assert.deepStrictEqual(res.trailers, {}); // not yet: they come after the body
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'hello world');
      assert.deepStrictEqual(res.trailers, { 'x-res-sum': '42' });
      assert.deepStrictEqual(res.rawTrailers, ['X-Res-Sum', '42']);
      server.close();
    }));
  }));
  req.write('abc');
  req.addTrailers({ 'X-Req-Sum': 'abc' });
  req.end();
  // trailers need chunked framing
  const r = new http.OutgoingMessage();
  assert.throws(() => r.addTrailers({ 'bad name': 'x' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => r.addTrailers({ 'x-a': 'a\nb' }), {
    code: 'ERR_INVALID_CHAR', message: 'Invalid character in trailer content ["x-a"]',
  });
}));
