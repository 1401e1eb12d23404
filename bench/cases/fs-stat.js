'use strict';
// Metadata calls: 100,000 fs.statSync, then 10,000 callback fs.stat (one in flight at a time).
const fs = require('fs');
const file = __filename;
let t = process.hrtime.bigint();
let size = 0;
for (let i = 0; i < 100000; i++) size += fs.statSync(file).size;
console.log(`BENCH statSync-100k ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
if (size === 0) throw new Error('no size');
let n = 0;
t = process.hrtime.bigint();
(function next() {
  fs.stat(file, (err, st) => {
    if (err) throw err;
    if (++n < 10000) return next();
    console.log(`BENCH stat-cb-10k ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
  });
})();
