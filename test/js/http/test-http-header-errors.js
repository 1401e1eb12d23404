'use strict';
// Header and status validation errors, with Node's codes and messages.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.validateHeaderName('bad name'), {
  code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError', message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderName(''), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('x-a', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x-a"',
});
assert.throws(() => http.validateHeaderValue('x-a', 'a\nb'), {
  code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x-a"]',
});
http.validateHeaderName('x-ok');
http.validateHeaderValue('x-ok', 'fine\tvalue');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.setHeader('a b', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.setHeader('x-a', 'a\rb'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => res.writeHead(99), {
    code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError', message: 'Invalid status code: 99',
  });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  assert.throws(() => res.writeHead('abc'), { code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: abc' });
  res.setHeader('X-Before', '1');
  res.writeHead(201, 'Made', { 'X-Head': '2' });
  assert.strictEqual(res.headersSent, true);
  assert.throws(() => res.setHeader('x-late', '1'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('x-before'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot remove headers after they are sent to the client',
  });
  assert.throws(() => res.appendHeader('x-before', '3'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot append headers after they are sent to the client',
  });
  assert.throws(() => res.writeHead(200), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot write headers after they are sent to the client',
  });
  res.end('done');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Made');
    assert.strictEqual(res.headers['x-before'], '1');
    assert.strictEqual(res.headers['x-head'], '2');
    res.resume();
    res.on('end', () => server.close());
  }));
}));

// the client validates too
assert.throws(() => http.request({ method: 'B@D', host: '127.0.0.1' }), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["B@D"]',
});
assert.throws(() => http.request({ host: '127.0.0.1', headers: { 'a b': '1' } }), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.request({ host: '127.0.0.1', path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters',
});
