'use strict';
// writeInt8/16/32 with two's complement and range errors.
require('../../common');
const { run } = require('./harness');
const w = (fn, ...args) => { const b = Buffer.alloc(4); const r = b[fn](...args); return [r, b]; };
const cases = [
  ["i8", () => w('writeInt8', -1)],
  ["i8 min", () => w('writeInt8', -128, 1)],
  ["i8 too small", () => w('writeInt8', -129)],
  ["i8 too big", () => w('writeInt8', 128)],
  ["i16le", () => w('writeInt16LE', -2)],
  ["i16be", () => w('writeInt16BE', -32768)],
  ["i16 too big", () => w('writeInt16LE', 32768)],
  ["i32le", () => w('writeInt32LE', -1)],
  ["i32be", () => w('writeInt32BE', -0x80000000)],
  ["i32 too small", () => w('writeInt32BE', -0x80000001)],
  ["i32 too big", () => w('writeInt32LE', 0x80000000)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [1, {"Buffer": "ff000000"}]},
  {"value": [2, {"Buffer": "00800000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -128 and <= 127. Received -129"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -128 and <= 127. Received 128"]},
  {"value": [2, {"Buffer": "feff0000"}]},
  {"value": [2, {"Buffer": "80000000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -32768 and <= 32767. Received 32768"]},
  {"value": [4, {"Buffer": "ffffffff"}]},
  {"value": [4, {"Buffer": "80000000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -2147483648 and <= 2147483647. Received -2147483649"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648"]},
];
run(cases, expected);
