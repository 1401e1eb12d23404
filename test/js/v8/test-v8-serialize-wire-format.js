'use strict';
// v8.serialize writes V8's wire format byte for byte (expectations recorded from Node 24).
require('../../common');
const assert = require('assert');
const v8 = require('v8');

function err(Ctor, msg, opts) {
  const e = new Ctor(msg, opts);
  e.stack = 'S';
  return e;
}
const cases = [
  [undefined, 'ff0f5f'], [null, 'ff0f30'], [true, 'ff0f54'], [false, 'ff0f46'],
  [1, 'ff0f4902'], [-1, 'ff0f4901'], [2 ** 31, 'ff0f4e000000000000e041'], [1.5, 'ff0f4e000000000000f83f'],
  [-0, 'ff0f4e0000000000000080'], ['ab', 'ff0f22026162'], ['é', 'ff0f2201e9'], ['€x', 'ff0f6304ac207800'],
  ['a€', 'ff0f63046100ac20'], ['😀', 'ff0f63043dd800de'], ['x'.repeat(200), `ff0f22c801${'78'.repeat(200)}`],
  [{ a: 1, b: 'x' }, 'ff0f6f22016149022201622201787b02'], [{ 1: 2, a: 3 }, 'ff0f6f4902490422016149067b02'],
  [{ '-1': 1, '4294967295': 2, '4294967294': 3 },
    'ff0f6f4e0000c0ffffffef41490622022d314902220a3432393439363732393549047b03'],
  [[1, 2], 'ff0f410249024904240002'], [[1, , 3], 'ff0f61034900490249044906400203'], // eslint-disable-line no-sparse-arrays
  [Object.assign([1], { x: 2 }), 'ff0f410149022201784904240101'],
  [new Date(0), 'ff0f440000000000000000'], [/a/gimsuyd, 'ff0f52220161bf01'], [/x/v, 'ff0f522201788002'],
  [new Map([[1, 2]]), 'ff0f3b490249043a02'], [new Set([1]), 'ff0f2749022c01'],
  [new ArrayBuffer(2), 'ff0f42020000'], [new Uint8Array([1, 2]), 'ff0f5c01020102'], [Buffer.from([3]), 'ff0f5c0a0103'],
  [new Int16Array(1), 'ff0f5c03020000'], [new Float64Array(1), 'ff0f5c08080000000000000000'],
  [new DataView(new ArrayBuffer(1)), 'ff0f5c090100'], [new BigUint64Array(0), 'ff0f5c0c00'],
  [err(RangeError, 'm'), 'ff0f72526d22016d732201532e'], [err(Error, 'm', { cause: 1 }), 'ff0f726d22016d732201536349022e'],
  [1n, 'ff0f5a100100000000000000'], [-(2n ** 64n), 'ff0f5a2100000000000000000100000000000000'],
  [Object(true), 'ff0f79'], [Object(1), 'ff0f6e000000000000f03f'], [Object('s'), 'ff0f73220173'],
  [Object(1n), 'ff0f7a100100000000000000'],
  [(() => { const o = {}; o.o = o; return o; })(), 'ff0f6f22016f5e007b01'],
  [(() => { const o = {}; return [o, o]; })(), 'ff0f41026f7b005e01240002'],
  [new Map([[{}, 1]]), 'ff0f3b6f7b0049023a02'],
  [new (class A { constructor() { this.q = 1; } })(), 'ff0f6f22017149027b01'],
];
for (const [value, hex] of cases) {
  assert.strictEqual(v8.serialize(value).toString('hex'), hex, `serialize(${String(value)})`);
}
