'use strict';
// A read-only npm registry on 127.0.0.1 serving what capture.js stored: abbreviated packuments
// (tarball URLs rewritten to point here) and tarballs. Like the public registry it sends an ETag
// and a short max-age, and answers conditional requests with 304, so clients' cache logic runs
// as it would in real life. Prints "port N" on stdout once listening.
const fs = require('fs');
const http = require('http');
const path = require('path');
const crypto = require('crypto');

const dir = process.argv[2];
const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'));
const docs = new Map(); // encoded name -> { body, etag }
let stats = { packuments: 0, tarballs: 0, notModified: 0, missing: 0 };

function packument(enc, origin) {
  let d = docs.get(enc);
  if (!d) {
    const f = path.join(dir, 'packuments', enc + '.json');
    if (!fs.existsSync(f)) return null;
    const body = Buffer.from(fs.readFileSync(f, 'utf8').split(meta.upstream).join(origin + '/'));
    d = { body, etag: '"' + crypto.createHash('sha1').update(body).digest('hex') + '"' };
    docs.set(enc, d);
  }
  return d;
}

const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]).slice(1);
  if (url === '-/stats') {
    res.end(JSON.stringify(stats));
    stats = { packuments: 0, tarballs: 0, notModified: 0, missing: 0 };
    return;
  }
  const i = url.indexOf('/-/');
  if (i > 0) {
    const f = path.join(dir, 'tarballs', url.slice(0, i).replace('/', '%2f'), path.basename(url));
    fs.readFile(f, (err, b) => {
      if (err) { stats.missing++; res.writeHead(404); res.end('{"error":"not captured"}'); return; }
      stats.tarballs++;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': b.length });
      res.end(b);
    });
    return;
  }
  const d = packument(url.replace('/', '%2f'), `http://127.0.0.1:${server.address().port}`);
  if (!d) { stats.missing++; res.writeHead(404, { 'content-type': 'application/json' }); res.end('{"error":"Not found"}'); return; }
  const headers = { etag: d.etag, 'cache-control': 'public, max-age=300', 'content-type': 'application/vnd.npm.install-v1+json' };
  if (req.headers['if-none-match'] === d.etag) { stats.notModified++; res.writeHead(304, headers); res.end(); return; }
  stats.packuments++;
  res.writeHead(200, { ...headers, 'content-length': d.body.length });
  res.end(d.body);
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port}`));
