'use strict';
// http.get/request take a URL object or string, with options merged over it; the path keeps
// the search, and auth from the URL becomes a Basic Authorization header.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.end(JSON.stringify({ url: req.url, method: req.method, auth: req.headers.authorization ?? null,
    x: req.headers['x-extra'] ?? null }));
}, 3));

function body(res) {
  return new Promise((resolve) => {
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { b += d; });
    res.on('end', () => resolve(JSON.parse(b)));
  });
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const base = `http://127.0.0.1:${server.address().port}`;
  http.get(new URL(`${base}/a/b?c=d#frag`), common.mustCall(async (res) => {
    assert.deepStrictEqual(await body(res), { url: '/a/b?c=d', method: 'GET', auth: null, x: null });
    const u = new URL(`${base}/secret`);
    u.username = 'user';
    u.password = 'p@ss';
    http.get(u, common.mustCall(async (res2) => {
      assert.deepStrictEqual(await body(res2),
        { url: '/secret', method: 'GET', auth: `Basic ${Buffer.from('user:p@ss').toString('base64')}`, x: null });
      const req = http.request(`${base}/opts`, { method: 'PUT', headers: { 'x-extra': 'yes' } },
        common.mustCall(async (res3) => {
          assert.deepStrictEqual(await body(res3), { url: '/opts', method: 'PUT', auth: null, x: 'yes' });
          server.close();
        }));
      req.end();
    }));
  }));
}));
