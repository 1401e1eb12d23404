'use strict';
// util.types: every predicate against ~45 kinds of values; which values each accepts is
// compared with reference Node 24 (.out).
require('../../common');
const types = require('util').types;
const values = {
  num: 1, str: 's', obj: {}, arr: [], fn() {}, async afn() {}, *gen() {}, async *agen() {},
  genObj: (function* () {})(), map: new Map(), set: new Set(), wm: new WeakMap(), ws: new WeakSet(),
  mapIter: new Map().keys(), setIter: new Set().values(), date: new Date(), re: /a/, err: new Error(),
  prom: Promise.resolve(), proxy: new Proxy({}, {}), ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)), u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1), i16: new Int16Array(1),
  f32: new Float32Array(1), f64: new Float64Array(1), bi64: new BigInt64Array(1), bu64: new BigUint64Array(1),
  buf: Buffer.alloc(1), boxNum: Object(1), boxStr: Object('s'), boxBool: Object(true), boxBig: Object(1n),
  boxSym: Object(Symbol('x')), args: (function () { return arguments; })(), wr: new WeakRef({}),
  ns: require('module'), bound: function () {}.bind(null), arrow: () => {},
};
const out = {};
for (const t of Object.keys(types).sort()) {
  out[t] = Object.keys(values).filter((k) => { try { return types[t](values[k]); } catch (e) { return 'THROW'; } }).join(',');
}
for (const [k, v] of Object.entries(out)) console.log(k, v);

if (require('util/types') !== types) throw new Error('util/types is util.types');
