'use strict';
// Buffer.from(array / array-like / typed array): values are converted to bytes (mod 256).
require('../../common');
const { run } = require('./harness');
const cases = [
  ["array", () => Buffer.from([1, 2, 3])],
  ["wraps", () => Buffer.from([256, 257, -1, 1.9, -1.5])],
  ["strings in array", () => Buffer.from(['1', 'a', '0x10'])],
  ["empty array", () => Buffer.from([])],
  ["array-like", () => Buffer.from({ length: 3, 0: 1, 1: 2 })],
  ["array-like non-number length", () => Buffer.from({ length: 'x' })],
  ["uint16 array truncates", () => Buffer.from(new Uint16Array([1, 256, 0x1234]))],
  ["float array", () => Buffer.from(new Float32Array([1.5, 300]))],
  ["copy not shared", () => (() => { const u = new Uint8Array([1]); const b = Buffer.from(u); u[0] = 9; return b; })()],
  ["from buffer copies", () => (() => { const a = Buffer.from('ab'); const b = Buffer.from(a); a[0] = 0; return b; })()],
  ["json shape", () => Buffer.from({ type: 'Buffer', data: [1, 2] })],
  ["json shape bad data", () => Buffer.from({ type: 'Buffer', data: 'x' })],
  ["big array outside pool", () => Buffer.from(new Array(40000).fill(7)).length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "010203"}},
  {"value": {"Buffer": "0001ff01ff"}},
  {"value": {"Buffer": "010010"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "010200"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "010034"}},
  {"value": {"Buffer": "012c"}},
  {"value": {"Buffer": "01"}},
  {"value": {"Buffer": "6162"}},
  {"value": {"Buffer": "0102"}},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"]},
  {"value": 40000},
];
run(cases, expected);
