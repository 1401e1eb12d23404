'use strict';
// Header handling both ways: duplicates joined by Node's rules, rawHeaders as sent, the
// OutgoingMessage header API and its errors, STATUS_CODES and METHODS.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.ok(http.METHODS.includes('GET') && http.METHODS.includes('M-SEARCH'));
assert.deepStrictEqual(http.METHODS, [...http.METHODS].sort());
assert.strictEqual(http.maxHeaderSize, 16384);

assert.throws(() => http.validateHeaderName('bad name'), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderValue('x-a', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  message: 'Invalid value "undefined" for header "x-a"',
});
assert.throws(() => http.validateHeaderValue('x-a', 'a\nb'), {
  code: 'ERR_INVALID_CHAR',
  message: 'Invalid character in header content ["x-a"]',
});

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers['x-multi'], 'a, b');
  assert.strictEqual(req.headers.cookie, 'c=1; d=2');
  assert.strictEqual(req.headers['content-type'], 'text/a');
  assert.deepStrictEqual(req.headersDistinct['x-multi'], ['a', 'b']);
  assert.deepStrictEqual(req.rawHeaders.slice(0, 4), ['X-Multi', 'a', 'X-Multi', 'b']);

  res.setHeader('X-Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('X-Foo', 'baz');
  assert.deepStrictEqual(res.getHeader('x-foo'), ['bar', 'baz']);
  assert.strictEqual(res.hasHeader('X-FOO'), true);
  assert.deepStrictEqual(res.getHeaderNames(), ['x-foo', 'set-cookie']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-Foo', 'Set-Cookie']);
  res.setHeader('X-Gone', '1');
  res.removeHeader('x-gone');
  assert.strictEqual(res.getHeader('x-gone'), undefined);
  assert.throws(() => res.setHeader('bad name', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 1000' });
  assert.strictEqual(res.headersSent, false);
  res.writeHead(201, 'Made', { 'X-Extra': 'yes' });
  assert.strictEqual(res.headersSent, true);
  assert.throws(() => res.setHeader('X-Late', '1'), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot set headers after they are sent to the client',
  });
  res.end();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    host: '127.0.0.1',
    headers: [['X-Multi', 'a'], ['X-Multi', 'b'], ['Cookie', 'c=1'], ['Cookie', 'd=2'],
              ['Content-Type', 'text/a'], ['Content-Type', 'text/b'], ['Host', 'example']],
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Made');
    assert.strictEqual(res.headers['x-foo'], 'bar, baz');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers['x-extra'], 'yes');
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
  req.end();
}));
