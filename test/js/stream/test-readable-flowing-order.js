'use strict';
// Flowing mode: 'resume' and the buffered 'data' come on the next tick,
// 'end' one tick after the last 'data', then 'close'.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ objectMode: true, read() {} });
for (const ev of ['resume', 'data', 'end', 'close']) {
  r.on(ev, (x) => log.push(ev === 'data' ? `data:${x}` : ev));
}
r.push('a');
r.push('b');
r.push(null);
process.nextTick(() => log.push('tick'));
queueMicrotask(() => log.push('micro'));

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log, ['resume', 'data:a', 'data:b', 'tick', 'end', 'close', 'micro']);
}));
