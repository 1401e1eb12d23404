'use strict';
// util.inspect: typed arrays of every kind, lengths, extra properties, showHidden.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const u8 = new Uint8Array([1, 2, 3]);
const withProp = new Int16Array(2); withProp.extra = 'x';
const sub = new Uint8Array(new ArrayBuffer(8), 2, 3);
class MyU8 extends Uint8Array {}

assert.strictEqual(util.inspect(u8),
                   'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(util.inspect(new Int8Array([-1, 0, 1])),
                   'Int8Array(3) [ -1, 0, 1 ]');
assert.strictEqual(util.inspect(new Uint8ClampedArray([255])),
                   'Uint8ClampedArray(1) [ 255 ]');
assert.strictEqual(util.inspect(new Int16Array([-300])),
                   'Int16Array(1) [ -300 ]');
assert.strictEqual(util.inspect(new Uint16Array([65535])),
                   'Uint16Array(1) [ 65535 ]');
assert.strictEqual(util.inspect(new Int32Array([-1])),
                   'Int32Array(1) [ -1 ]');
assert.strictEqual(util.inspect(new Uint32Array([4294967295])),
                   'Uint32Array(1) [ 4294967295 ]');
assert.strictEqual(util.inspect(new Float32Array([1.5, -0, NaN])),
                   'Float32Array(3) [ 1.5, -0, NaN ]');
assert.strictEqual(util.inspect(new Float64Array([0.1, 1e300])),
                   'Float64Array(2) [ 0.1, 1e+300 ]');
assert.strictEqual(util.inspect(new BigInt64Array([-1n, 2n])),
                   'BigInt64Array(2) [ -1n, 2n ]');
assert.strictEqual(util.inspect(new BigUint64Array([18446744073709551615n])),
                   'BigUint64Array(1) [ 18446744073709551615n ]');
assert.strictEqual(util.inspect(new Uint8Array(0)),
                   'Uint8Array(0) []');
assert.strictEqual(util.inspect(new Float64Array(0)),
                   'Float64Array(0) []');
assert.strictEqual(util.inspect(withProp),
                   'Int16Array(2) [ 0, 0, extra: \'x\' ]');
assert.strictEqual(util.inspect(sub),
                   'Uint8Array(3) [ 0, 0, 0 ]');
assert.strictEqual(util.inspect(new MyU8(2)),
                   'MyU8(2) [Uint8Array] [ 0, 0 ]');
assert.strictEqual(util.inspect(new Uint8Array(150)),
                   'Uint8Array(150) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 50 more items\n]');
assert.strictEqual(util.inspect(new Uint8Array(10), { maxArrayLength: 2 }),
                   'Uint8Array(10) [ 0, 0, ... 8 more items ]');
assert.strictEqual(util.inspect(u8, { showHidden: true }),
                   'Uint8Array(3) [\n  1,\n  2,\n  3,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 3,\n  [byteLength]: 3,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 3 }\n]');
assert.strictEqual(util.inspect(sub, { showHidden: true }),
                   'Uint8Array(3) [\n  0,\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 3,\n  [byteLength]: 3,\n  [byteOffset]: 2,\n  [buffer]: ArrayBuffer { [byteLength]: 8 }\n]');
assert.strictEqual(util.inspect(new BigInt64Array(1), { showHidden: true }),
                   'BigInt64Array(1) [\n  0n,\n  [BYTES_PER_ELEMENT]: 8,\n  [length]: 1,\n  [byteLength]: 8,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 8 }\n]');
assert.strictEqual(util.inspect(new Uint8Array(0), { showHidden: true }),
                   'Uint8Array(0) [\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 0,\n  [byteLength]: 0,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 0 }\n]');
assert.strictEqual(util.inspect(new Uint32Array([1234567]), { numericSeparator: true }),
                   'Uint32Array(1) [ 1_234_567 ]');
assert.strictEqual(util.inspect({ a: { b: { c: u8 } } }),
                   '{ a: { b: { c: [Uint8Array] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: { d: u8 } } } }),
                   '{ a: { b: { c: [Object] } } }');
