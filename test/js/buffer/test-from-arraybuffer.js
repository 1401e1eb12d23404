'use strict';
// Buffer.from(arrayBuffer, byteOffset, length) shares memory; offsets are checked.
require('../../common');
const { run } = require('./harness');
const ab = new Uint8Array([1, 2, 3, 4]).buffer;
const cases = [
  ["shares memory", () => (() => { const b = Buffer.from(ab); new Uint8Array(ab)[0] = 9; const r = b[0]; new Uint8Array(ab)[0] = 1; return r; })()],
  ["offset", () => Buffer.from(ab, 1)],
  ["offset and length", () => Buffer.from(ab, 1, 2)],
  ["string offset coerced", () => Buffer.from(ab, '2')],
  ["NaN offset is 0", () => Buffer.from(ab, 'x')],
  ["offset past end", () => Buffer.from(ab, 5)],
  ["length too long", () => Buffer.from(ab, 1, 4)],
  ["negative length is 0", () => Buffer.from(ab, 1, -1)],
  ["offset equal length", () => Buffer.from(ab, 4)],
  ["shared array buffer", () => Buffer.from(new SharedArrayBuffer(2))],
  ["buffer property", () => Buffer.from(ab).buffer === ab],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 9},
  {"value": {"Buffer": "020304"}},
  {"value": {"Buffer": "0203"}},
  {"value": {"Buffer": "0304"}},
  {"value": {"Buffer": "01020304"}},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"length\" is outside of buffer bounds"]},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "0000"}},
  {"value": true},
];
run(cases, expected);
