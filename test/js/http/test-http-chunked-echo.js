'use strict';
// A POST written in pieces goes out chunked; the server reads it as a stream and answers in
// pieces (chunked again); trailers travel both ways; HEAD and 204 responses carry no body.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.method === 'HEAD' || req.url === '/204') {
    res.writeHead(req.url === '/204' ? 204 : 200, { 'Content-Type': 'text/plain' });
    res.end(req.method === 'HEAD' ? undefined : undefined);
    return;
  }
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', common.mustCall(() => {
    assert.deepStrictEqual(req.trailers, { 'x-sum': '3' });
    res.setHeader('Trailer', 'X-Count');
    res.write('got:');
    res.write(Buffer.concat(parts));
    res.addTrailers({ 'X-Count': String(parts.length) });
    res.end();
  }));
}, 3));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { Trailer: 'X-Sum' } },
                           common.mustCall((res) => {
                             assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
                             let body = '';
                             res.setEncoding('utf8');
                             res.on('data', (d) => { body += d; });
                             res.on('end', common.mustCall(() => {
                               assert.strictEqual(body, 'got:onetwothree');
                               assert.ok(Number(res.trailers['x-count']) >= 1);
                               head(port);
                             }));
                           }));
  req.write('one');
  req.write(Buffer.from('two'));
  req.addTrailers({ 'X-Sum': '3' });
  req.end('three');
}));

function head(port) {
  http.request({ port, host: '127.0.0.1', method: 'HEAD' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    res.on('data', common.mustNotCall());
    res.on('end', common.mustCall(() => {
      http.get({ port, host: '127.0.0.1', path: '/204' }, common.mustCall((res2) => {
        assert.strictEqual(res2.statusCode, 204);
        res2.on('data', common.mustNotCall());
        res2.on('end', common.mustCall(() => server.close()));
      }));
    }));
  })).end();
}
