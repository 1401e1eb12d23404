'use strict';
// Readable.from(): when 'data', 'end' and 'close' happen relative to ticks.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = Readable.from([1, 2]);
r.on('data', (x) => log.push(`data:${x}`));
r.on('end', () => log.push('end'));
r.on('close', () => log.push('close'));
process.nextTick(() => log.push('tick'));
queueMicrotask(() => log.push('micro'));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log, ['data:1', 'data:2', 'tick', 'end', 'micro', 'close']);
}));

const log2 = [];
const r2 = Readable.from((async function* () { yield 'a'; })());
r2.on('data', (x) => log2.push(`data:${x}`));
r2.on('end', () => log2.push('end'));
r2.on('close', () => log2.push('close'));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log2, ['data:a', 'end', 'close']);
}));
