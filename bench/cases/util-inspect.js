'use strict';
// util.inspect of a large nested object (~5,000 entries: arrays, maps, dates, nested
// objects, long strings), timed per iteration, default options and depth: Infinity.
const util = require('util');

const big = { users: [], index: new Map(), meta: { created: new Date(0), tags: new Set() } };
for (let i = 0; i < 1000; i++) {
  const user = { id: i, name: `user-${i}`, email: `user${i}@example.com`, active: i % 3 === 0,
                 score: i * 1.5, roles: ['read', i % 10 === 0 ? 'admin' : 'write'],
                 address: { street: `${i} Main St`, zip: 10000 + i, geo: [i / 7, -i / 11] } };
  big.users.push(user);
  big.index.set(`user-${i}`, user.address);
  big.meta.tags.add(`tag-${i % 50}`);
}
big.meta.description = 'x'.repeat(20000);

function time(name, fn) {
  const times = [];
  let length = 0;
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    length = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  if (length < 1000) throw new Error(`${name}: output too short`);
  const warm = times.slice(-10).sort((a, b) => a - b);
  console.log(`BENCH ${name}-first ${times[0].toFixed(2)} ms`);
  console.log(`BENCH ${name}-warm ${warm[5].toFixed(2)} ms`);
}

time('util-inspect-default', () => util.inspect(big).length);
time('util-inspect-deep', () => util.inspect(big, { depth: Infinity, maxArrayLength: Infinity }).length);
