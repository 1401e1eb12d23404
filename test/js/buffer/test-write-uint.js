'use strict';
// writeUInt8/16/32: returns offset + bytes; the bytes land in order.
require('../../common');
const { run } = require('./harness');
const w = (fn, ...args) => { const b = Buffer.alloc(6); const r = b[fn](...args); return [r, b]; };
const cases = [
  ["u8", () => w('writeUInt8', 255, 1)],
  ["u16le", () => w('writeUInt16LE', 0x1234, 0)],
  ["u16be", () => w('writeUInt16BE', 0x1234, 1)],
  ["u32le", () => w('writeUInt32LE', 0xdeadbeef, 2)],
  ["u32be", () => w('writeUint32BE', 0xdeadbeef, 0)],
  ["default offset", () => w('writeUInt16LE', 1)],
  ["fraction value truncated", () => w('writeUInt8', 1.9)],
  ["string value", () => w('writeUInt16BE', '258')],
  ["NaN value writes 0", () => w('writeUInt32LE', NaN)],
  ["u8 too big", () => w('writeUInt8', 256)],
  ["u8 negative", () => w('writeUInt8', -1)],
  ["u16 too big", () => w('writeUInt16LE', 65536)],
  ["u32 too big", () => w('writeUInt32BE', 2 ** 32)],
  ["u32 negative", () => w('writeUInt32LE', -1)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [2, {"Buffer": "00ff00000000"}]},
  {"value": [2, {"Buffer": "341200000000"}]},
  {"value": [3, {"Buffer": "001234000000"}]},
  {"value": [6, {"Buffer": "0000efbeadde"}]},
  {"value": [4, {"Buffer": "deadbeef0000"}]},
  {"value": [2, {"Buffer": "010000000000"}]},
  {"value": [1, {"Buffer": "010000000000"}]},
  {"value": [2, {"Buffer": "010200000000"}]},
  {"value": [4, {"Buffer": "000000000000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 255. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 65535. Received 65536"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received -1"]},
];
run(cases, expected);
