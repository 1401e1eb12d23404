'use strict';
// fetch's redirects (follow with url/redirected, 303 and POST-on-302 turning into GET,
// 307 keeping method and body, manual, error, the 20-hop limit) and AbortSignal (before the
// request, while waiting for the response, while reading the body).
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const m = /^\/r(\d{3})$/.exec(req.url);
    if (m) {
      res.writeHead(Number(m[1]), { location: '/target' });
      res.end();
    } else if (req.url.startsWith('/loop')) {
      const n = Number(req.url.slice(5) || 0);
      res.writeHead(302, { location: `/loop${n + 1}` });
      res.end();
    } else if (req.url === '/slow') {
      // never answers: the client aborts
    } else if (req.url === '/slowbody') {
      res.write('start');
    } else {
      res.end(`${req.method} ${req.url} ${body}`);
    }
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/r301`);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.redirected, true);
  assert.strictEqual(r.url, `${base}/target`);
  assert.strictEqual(await r.text(), 'GET /target ');

  r = await fetch(`${base}/r303`, { method: 'POST', body: 'x' });
  assert.strictEqual(await r.text(), 'GET /target ');
  r = await fetch(`${base}/r302`, { method: 'POST', body: 'x' });
  assert.strictEqual(await r.text(), 'GET /target ');
  r = await fetch(`${base}/r307`, { method: 'POST', body: 'kept' });
  assert.strictEqual(await r.text(), 'POST /target kept');
  r = await fetch(`${base}/r308`, { method: 'PUT', body: 'kept' });
  assert.strictEqual(await r.text(), 'PUT /target kept');

  r = await fetch(`${base}/r302`, { redirect: 'manual' });
  assert.strictEqual(r.status, 302);
  assert.strictEqual(r.headers.get('location'), '/target');
  assert.strictEqual(r.redirected, false);
  await r.text();

  await assert.rejects(fetch(`${base}/r302`, { redirect: 'error' }), { name: 'TypeError', message: 'fetch failed' });
  await assert.rejects(fetch(`${base}/loop`), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.match(err.cause.message, /redirect count exceeded/);
    return true;
  });

  const aborted = AbortSignal.abort();
  await assert.rejects(fetch(`${base}/`, { signal: aborted }), { name: 'AbortError' });

  const ac = new AbortController();
  const pending = fetch(`${base}/slow`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 50);
  await assert.rejects(pending, { name: 'AbortError' });

  const ac2 = new AbortController();
  r = await fetch(`${base}/slowbody`, { signal: ac2.signal });
  const reader = r.body.getReader();
  const first = await reader.read();
  assert.strictEqual(Buffer.from(first.value).toString(), 'start');
  ac2.abort(new Error('stop'));
  await assert.rejects(reader.read(), { message: 'stop' });

  const reason = new Error('custom');
  await assert.rejects(fetch(`${base}/`, { signal: AbortSignal.abort(reason) }), (err) => err === reason);
  server.closeAllConnections();
  server.close();
}));
