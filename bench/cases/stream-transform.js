'use strict';
// 1,000,000 small chunks from a Readable through a Transform into a Writable (pipeline):
// the per-chunk cost of the stream state machine (BENCH_CHUNKS to change the count).
const { Readable, Transform, Writable, pipeline } = require('stream');
const total = Number(process.env.BENCH_CHUNKS || 1_000_000);
const chunk = Buffer.from('0123456789abcdef');
let produced = 0;
let bytes = 0;
const t = process.hrtime.bigint();
pipeline(
  new Readable({
    read() {
      for (let i = 0; i < 64 && produced < total; i++, produced++) this.push(chunk);
      if (produced >= total) this.push(null);
    },
  }),
  new Transform({ transform(c, enc, cb) { cb(null, c); } }),
  new Writable({ write(c, enc, cb) { bytes += c.length; cb(); } }),
  (err) => {
    if (err) throw err;
    if (bytes !== total * chunk.length) throw new Error('lost chunks');
    console.log(`BENCH transform-${total}-chunks ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
  });
