'use strict';
// util.inspect: ArrayBuffer contents, SharedArrayBuffer, DataView.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const ab = new Uint8Array([0, 1, 15, 16, 255]).buffer;
const big = new ArrayBuffer(120);
const dv = new DataView(new ArrayBuffer(4), 1, 2);
const withProp = new ArrayBuffer(1); withProp.x = 1;

const sab = new SharedArrayBuffer(2);

assert.strictEqual(util.inspect(new ArrayBuffer(0)),
                   'ArrayBuffer { [Uint8Contents]: <>, [byteLength]: 0 }');
assert.strictEqual(util.inspect(new ArrayBuffer(2)),
                   'ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }');
assert.strictEqual(util.inspect(ab),
                   'ArrayBuffer { [Uint8Contents]: <00 01 0f 10 ff>, [byteLength]: 5 }');
assert.strictEqual(util.inspect(big),
                   'ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 20 more bytes>,\n  [byteLength]: 120\n}');
assert.strictEqual(util.inspect(big, { maxArrayLength: 5 }),
                   'ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 ... 115 more bytes>,\n  [byteLength]: 120\n}');
assert.strictEqual(util.inspect(big, { maxArrayLength: 0 }),
                   'ArrayBuffer {\n  [Uint8Contents]: < ... 120 more bytes>,\n  [byteLength]: 120\n}');
assert.strictEqual(util.inspect(dv),
                   'DataView {\n  [byteLength]: 2,\n  [byteOffset]: 1,\n  [buffer]: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, [byteLength]: 4 }\n}');
assert.strictEqual(util.inspect(withProp),
                   'ArrayBuffer { [Uint8Contents]: <00>, [byteLength]: 1, x: 1 }');
assert.strictEqual(util.inspect(sab),
                   'SharedArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }');
assert.strictEqual(util.inspect({ a: { b: ab } }),
                   '{\n  a: {\n    b: ArrayBuffer { [Uint8Contents]: <00 01 0f 10 ff>, [byteLength]: 5 }\n  }\n}');
assert.strictEqual(util.inspect({ a: { b: { c: ab } } }),
                   '{ a: { b: { c: [ArrayBuffer] } } }');
assert.strictEqual(util.inspect(dv, { depth: 0 }),
                   'DataView { [byteLength]: 2, [byteOffset]: 1, [buffer]: [ArrayBuffer] }');
assert.strictEqual(util.inspect(ab, { showHidden: true }),
                   'ArrayBuffer { [Uint8Contents]: <00 01 0f 10 ff>, [byteLength]: 5 }');
assert.strictEqual(util.inspect(dv, { compact: false }),
                   'DataView {\n  [byteLength]: 2,\n  [byteOffset]: 1,\n  [buffer]: ArrayBuffer {\n    [Uint8Contents]: <00 00 00 00>,\n    [byteLength]: 4\n  }\n}');
assert.strictEqual(util.inspect(new ArrayBuffer(3), { colors: true }),
                   'ArrayBuffer { \x1b[36m[Uint8Contents]\x1b[39m: <00 00 00>, \x1b[32m[byteLength]\x1b[39m: \x1b[33m3\x1b[39m }');
