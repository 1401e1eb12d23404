'use strict';
// The shared pool: small Buffer.from/allocUnsafe/concat results share it; big ones don't.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["shares", () => (() => { const a = Buffer.allocUnsafe(16); const b = Buffer.from('hello'); return a.buffer === b.buffer; })()],
  ["concat pooled", () => Buffer.concat([Buffer.from('a'), Buffer.from('b')]).buffer.byteLength === Buffer.poolSize],
  ["alloc never pooled", () => Buffer.alloc(16).buffer.byteLength],
  ["from array pooled", () => Buffer.from([1, 2, 3]).buffer.byteLength === Buffer.poolSize],
  ["big string not pooled", () => Buffer.from('x'.repeat(40000)).buffer.byteLength],
  ["new pool when full", () => (() => { const a = Buffer.allocUnsafe(30000); const b = Buffer.allocUnsafe(30000); const c = Buffer.allocUnsafe(30000); return [a.buffer === b.buffer, b.buffer === c.buffer || a.buffer === c.buffer]; })()],
  ["poolSize change", () => (() => { const old = Buffer.poolSize; Buffer.poolSize = 1024; const a = Buffer.allocUnsafe(600); Buffer.poolSize = old; return a.buffer.byteLength; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": true},
  {"value": 16},
  {"value": true},
  {"value": 40000},
  {"value": [true, false]},
  {"value": 600},
];
run(cases, expected);
