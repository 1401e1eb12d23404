'use strict';
// gzip then gunzip of 8 MB of mixed text, sync and through streams, timed per iteration.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const lines = [];
for (let i = 0; i < 120000; i++) lines.push(`line ${i} ${(i * 7919) % 10007} the quick brown fox\n`);
const input = Buffer.from(lines.join('')).subarray(0, 8 << 20);

const syncTimes = [];
for (let i = 0; i < 4; i++) {
  const t = process.hrtime.bigint();
  const out = zlib.gunzipSync(zlib.gzipSync(input));
  syncTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (out.length !== input.length) throw new Error('round trip failed');
}
console.log(`BENCH gzip-gunzip-8MB-sync ${syncTimes.slice().sort((a, b) => a - b)[0].toFixed(2)} ms`);

function pieces() {
  const out = [];
  for (let i = 0; i < input.length; i += 65536) out.push(input.subarray(i, i + 65536));
  return out;
}
const t = process.hrtime.bigint();
let total = 0;
pipeline(Readable.from(pieces()), zlib.createGzip(), zlib.createGunzip(), new Writable({
  write(chunk, enc, cb) {
    total += chunk.length;
    cb();
  },
}), (err) => {
  if (err) throw err;
  if (total !== input.length) throw new Error('stream round trip failed');
  console.log(`BENCH gzip-gunzip-8MB-stream ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(2)} ms`);
});
