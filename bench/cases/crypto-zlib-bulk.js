'use strict';
// Issue 6's bulk figures: sha256 of 100 MB, 1,000,000 small sha256 hashes, aes-256-gcm of
// 100 MB, gzip and gunzip of 100 MB, 1,000,000 randomUUID() calls. Each is timed three times in
// one process; "first" is the cold iteration, "best" the warm one.
const crypto = require('crypto');
const zlib = require('zlib');

const MB = 1 << 20;
const big = Buffer.alloc(100 * MB);
// compressible but not trivial: text-like lines with varying numbers
const line = Buffer.from('lorem ipsum dolor sit amet 0123456789 consectetur adipiscing elit\n');
for (let i = 0; i < big.length; i += line.length) line.copy(big, i, 0, Math.min(line.length, big.length - i));
for (let i = 0; i < big.length; i += 97) big[i] = 48 + (i % 10);

function time(name, fn) {
  const t = [];
  for (let i = 0; i < 3; i++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  console.log(`BENCH ${name}-first ${t[0].toFixed(1)} ms`);
  console.log(`BENCH ${name}-best ${Math.min(...t).toFixed(1)} ms`);
}

let sink = 0;
time('sha256-100MB', () => { sink += crypto.createHash('sha256').update(big).digest()[0]; });
time('sha256-1M-small', () => {
  for (let i = 0; i < 1e6; i++) sink += crypto.createHash('sha256').update(`item-${i}`).digest()[0];
});
const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(12);
time('aes-256-gcm-100MB', () => {
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  sink += c.update(big).length + c.final().length + c.getAuthTag()[0];
});
let gz;
time('gzip-100MB', () => { gz = zlib.gzipSync(big); });
time('gunzip-100MB', () => { sink += zlib.gunzipSync(gz).length; });
time('randomUUID-1M', () => {
  for (let i = 0; i < 1e6; i++) sink += crypto.randomUUID().charCodeAt(0);
});
if (sink === 0.5) console.log('unreachable');
