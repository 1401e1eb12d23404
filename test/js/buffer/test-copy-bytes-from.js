'use strict';
// Buffer.copyBytesFrom(view, offset, length): element offsets, a copy.
require('../../common');
const { run } = require('./harness');
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
const cases = [
  ["whole", () => Buffer.copyBytesFrom(u16)],
  ["offset elements", () => Buffer.copyBytesFrom(u16, 1)],
  ["offset and length", () => Buffer.copyBytesFrom(u16, 1, 1)],
  ["offset past end", () => Buffer.copyBytesFrom(u16, 5)],
  ["length past end", () => Buffer.copyBytesFrom(u16, 0, 10)],
  ["is a copy", () => (() => { const u = new Uint8Array([1]); const b = Buffer.copyBytesFrom(u); u[0] = 2; return b; })()],
  ["empty view", () => Buffer.copyBytesFrom(new Uint8Array(0))],
  ["not typed array", () => Buffer.copyBytesFrom([1, 2])],
  ["data view", () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(1)))],
  ["bad offset", () => Buffer.copyBytesFrom(u16, -1)],
  ["bad length", () => Buffer.copyBytesFrom(u16, 0, 1.5)],
  ["offset type", () => Buffer.copyBytesFrom(u16, '1')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "020104030605"}},
  {"value": {"Buffer": "04030605"}},
  {"value": {"Buffer": "0403"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "020104030605"}},
  {"value": {"Buffer": "01"}},
  {"value": {"Buffer": ""}},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"view\" argument must be an instance of TypedArray. Received an instance of Array"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"view\" argument must be an instance of TypedArray. Received an instance of DataView"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be an integer. Received 1.5"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('1')"]},
];
run(cases, expected);
