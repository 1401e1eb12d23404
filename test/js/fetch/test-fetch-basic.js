'use strict';
// fetch against a local http server: status, headers (sorted, lower-cased, set-cookie kept
// apart), text/json/arrayBuffer/blob/bytes bodies, the body as a web ReadableStream, request
// bodies (string, JSON, URLSearchParams, bytes, a ReadableStream with duplex 'half'),
// the default request headers, gzip decoding, and errors as TypeError('fetch failed').
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    switch (req.url) {
      case '/json':
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ a: 1 }));
        return;
      case '/echo':
        res.setHeader('x-method', req.method);
        res.setHeader('x-type', req.headers['content-type'] ?? '');
        res.setHeader('x-length', req.headers['content-length'] ?? '');
        res.end(body);
        return;
      case '/headers':
        res.end(JSON.stringify(req.headers));
        return;
      case '/cookies':
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.setHeader('X-B', 'b');
        res.setHeader('X-A', 'a');
        res.end();
        return;
      case '/gzip':
        res.setHeader('content-encoding', 'gzip');
        res.end(zlib.gzipSync('compressed text'));
        return;
      case '/stream':
        res.write('one,');
        setTimeout(() => res.end('two'), 10);
        return;
      case '/404':
        res.statusCode = 404;
        res.statusMessage = 'Nope';
        res.end('missing');
        return;
      default:
        res.end('hello');
    }
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/`);
  assert(r instanceof Response);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.statusText, 'OK');
  assert.strictEqual(r.url, `${base}/`);
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.type, 'basic');
  assert.strictEqual(r.bodyUsed, false);
  assert.strictEqual(await r.text(), 'hello');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), TypeError);

  r = await fetch(`${base}/json`);
  assert.deepStrictEqual(await r.json(), { a: 1 });
  r = await fetch(`${base}/json`);
  assert.strictEqual((await r.blob()).type, 'application/json');
  r = await fetch(`${base}/`);
  assert.deepStrictEqual(Buffer.from(await r.arrayBuffer()), Buffer.from('hello'));
  r = await fetch(new URL(`${base}/`));
  assert.deepStrictEqual(await r.bytes(), new Uint8Array(Buffer.from('hello')));

  r = await fetch(`${base}/404`);
  assert.strictEqual(r.status, 404);
  assert.strictEqual(r.ok, false);
  assert.strictEqual(r.statusText, 'Nope');
  assert.strictEqual(await r.text(), 'missing');

  r = await fetch(`${base}/cookies`);
  assert.deepStrictEqual(r.headers.getSetCookie(), ['a=1', 'b=2']);
  assert.strictEqual(r.headers.get('set-cookie'), 'a=1, b=2');
  const names = [...r.headers.keys()];
  assert.deepStrictEqual(names.filter((n) => n.startsWith('x-') || n === 'set-cookie'),
                         ['set-cookie', 'set-cookie', 'x-a', 'x-b']);
  assert.throws(() => r.headers.set('x', 'y'), TypeError);
  await r.text();

  r = await fetch(`${base}/echo`, { method: 'POST', body: 'text body' });
  assert.strictEqual(r.headers.get('x-method'), 'POST');
  assert.strictEqual(r.headers.get('x-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(r.headers.get('x-length'), '9');
  assert.strictEqual(await r.text(), 'text body');
  r = await fetch(`${base}/echo`, { method: 'put', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  assert.strictEqual(r.headers.get('x-method'), 'PUT');
  assert.strictEqual(r.headers.get('x-type'), 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(await r.text(), 'a=1&b=x+y');
  r = await fetch(`${base}/echo`, { method: 'POST', body: new Uint8Array([104, 105]),
                                    headers: { 'Content-Type': 'application/octet-stream' } });
  assert.strictEqual(r.headers.get('x-type'), 'application/octet-stream');
  assert.strictEqual(await r.text(), 'hi');
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('streamed '));
      c.enqueue(new TextEncoder().encode('body'));
      c.close();
    },
  });
  r = await fetch(`${base}/echo`, { method: 'POST', body: stream, duplex: 'half' });
  assert.strictEqual(await r.text(), 'streamed body');
  await assert.rejects(fetch(`${base}/echo`, { method: 'POST', body: new ReadableStream() }), TypeError);

  r = await fetch(`${base}/headers`, { headers: { 'X-Custom': 'v' } });
  const sent = await r.json();
  assert.strictEqual(sent['x-custom'], 'v');
  assert.strictEqual(sent.accept, '*/*');
  assert.strictEqual(sent['user-agent'], 'node');
  assert.strictEqual(sent['accept-language'], '*');
  assert.strictEqual(sent['sec-fetch-mode'], 'cors');
  assert.match(sent['accept-encoding'], /gzip/);
  assert.strictEqual(sent.connection, 'keep-alive');

  r = await fetch(`${base}/gzip`);
  assert.strictEqual(await r.text(), 'compressed text');

  r = await fetch(`${base}/stream`);
  assert(r.body instanceof ReadableStream);
  const chunks = [];
  for await (const chunk of r.body) {
    assert(chunk instanceof Uint8Array);
    chunks.push(Buffer.from(chunk).toString());
  }
  assert.strictEqual(chunks.join(''), 'one,two');
  assert.strictEqual(r.bodyUsed, true);

  await assert.rejects(fetch(`${base}/`, { method: 'GET', body: 'x' }), TypeError);
  await assert.rejects(fetch('not a url'), { name: 'TypeError', message: 'Failed to parse URL from not a url' });
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = closed.address().port;
  closed.close();
  await assert.rejects(fetch(`http://127.0.0.1:${port}/`), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.code, 'ECONNREFUSED');
    return true;
  });
  server.close();
  server.closeAllConnections();
}));
