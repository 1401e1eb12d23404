'use strict';
// A JSON round trip of a ~1 MB document, timed per iteration.
const doc = [];
for (let i = 0; i < 5000; i++) {
  doc.push({ id: i, name: `item-${i}`, tags: ['a', 'b', 'c'], nested: { x: i / 3, y: [i, i + 1], ok: i % 2 === 0 } });
}
const times = [];
let size = 0;
for (let i = 0; i < 40; i++) {
  const t = process.hrtime.bigint();
  const s = JSON.stringify(doc);
  size = s.length;
  JSON.parse(s);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const warm = times.slice(-10).sort((a, b) => a - b);
console.log(`BENCH json-roundtrip-1MB-first ${times[0].toFixed(2)} ms`);
console.log(`BENCH json-roundtrip-1MB-warm ${warm[5].toFixed(2)} ms`);
if (size < 500000) throw new Error('document too small');
