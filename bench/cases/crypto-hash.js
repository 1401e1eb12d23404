'use strict';
// sha256 of a 32 MB buffer and 20,000 small hashes (hex digests), best of 5 iterations each.
const crypto = require('crypto');

// Filled sparsely: the case measures hashing, not Buffer.fill.
const big = Buffer.alloc(32 << 20);
for (let i = 0; i < big.length; i += 512) big[i] = i & 0xff;
let digest;
const bigTimes = [];
for (let i = 0; i < 5; i++) {
  const t = process.hrtime.bigint();
  digest = crypto.createHash('sha256').update(big).digest('hex');
  bigTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const smallTimes = [];
for (let r = 0; r < 5; r++) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 20000; i++) digest = crypto.createHash('sha256').update(`item-${i}`).digest('hex');
  smallTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const best = (a) => a.slice().sort((x, y) => x - y)[0];
console.log(`BENCH sha256-32MB ${best(bigTimes).toFixed(2)} ms`);
console.log(`BENCH sha256-20k-small ${best(smallTimes).toFixed(2)} ms`);
if (digest.length !== 64) throw new Error('bad digest');
