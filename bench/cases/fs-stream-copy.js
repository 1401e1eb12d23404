'use strict';
// createReadStream -> createWriteStream copy through pipeline. The acceptance figure is 1 GB;
// the default is 256 MB so a bench run stays short on a shared machine
// (BENCH_COPY_MB=1024 for the full size).
const fs = require('fs');
const { pipeline } = require('stream/promises');
const mb = Number(process.env.BENCH_COPY_MB || 256);
const dir = fs.mkdtempSync(`${process.env.TMPDIR || '/tmp'}/node4j-bench-copy-`);
const src = `${dir}/src`;
const dst = `${dir}/dst`;
const block = Buffer.alloc(1024 * 1024, 'x');
const fd = fs.openSync(src, 'w');
for (let i = 0; i < mb; i++) fs.writeSync(fd, block);
fs.closeSync(fd);

const t = process.hrtime.bigint();
pipeline(fs.createReadStream(src), fs.createWriteStream(dst)).then(() => {
  console.log(`BENCH stream-copy-${mb}MB ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
  if (fs.statSync(dst).size !== mb * 1024 * 1024) throw new Error('short copy');
  fs.rmSync(dir, { recursive: true, force: true });
});
