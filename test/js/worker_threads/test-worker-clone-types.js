'use strict';
// postMessage's structured clone keeps types: dates, regexps, maps, sets, bigints, typed
// arrays, errors, boxed primitives, cycles and shared references.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (v) => { parentPort.postMessage(v); parentPort.close(); });
`, { eval: true });
const shared = { s: 1 };
const value = {
  date: new Date(5), re: /x+/gu, map: new Map([[1, { a: 1 }]]), set: new Set(['a']), big: -(2n ** 70n),
  u8: new Uint8Array([1, 2]), f64: new Float64Array([0.5]), buf: Buffer.from('hi'),
  err: new TypeError('bad'), num: Object(3), str: Object('s'), nested: [shared, shared], neg0: -0,
  nan: NaN, undef: undefined, sparse: [1, , 3], // eslint-disable-line no-sparse-arrays
};
value.self = value;
w.postMessage(value);
w.on('message', common.mustCall((v) => {
  assert.strictEqual(v.self, v);
  assert.strictEqual(v.nested[0], v.nested[1]);
  assert.deepStrictEqual(v.date, new Date(5));
  assert.strictEqual(v.re.source, 'x+');
  assert.strictEqual(v.re.flags, 'gu');
  assert.deepStrictEqual(v.map, new Map([[1, { a: 1 }]]));
  assert.deepStrictEqual(v.set, new Set(['a']));
  assert.strictEqual(v.big, -(2n ** 70n));
  assert.deepStrictEqual(v.u8, new Uint8Array([1, 2]));
  assert.deepStrictEqual(v.f64, new Float64Array([0.5]));
  assert.strictEqual(Buffer.isBuffer(v.buf), false); // a Buffer arrives as a Uint8Array
  assert.deepStrictEqual([...v.buf], [104, 105]);
  assert.ok(v.err instanceof TypeError);
  assert.strictEqual(v.err.message, 'bad');
  assert.strictEqual(typeof v.num, 'object');
  assert.strictEqual(v.num.valueOf(), 3);
  assert.strictEqual(v.str.valueOf(), 's');
  assert.ok(Object.is(v.neg0, -0));
  assert.ok(Number.isNaN(v.nan));
  assert.ok('undef' in v);
  assert.strictEqual(1 in v.sparse, false);
  assert.strictEqual(v.sparse.length, 3);
}));
