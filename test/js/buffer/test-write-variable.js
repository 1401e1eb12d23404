'use strict';
// writeUIntLE/BE and writeIntLE/BE with byteLength 1-6 and their range messages.
require('../../common');
const { run } = require('./harness');
const w = (fn, ...args) => { const b = Buffer.alloc(7); const r = b[fn](...args); return [r, b]; };
const cases = [
  ["uintLE 6", () => w('writeUIntLE', 0x123456789abc, 0, 6)],
  ["uintBE 6", () => w('writeUIntBE', 0x123456789abc, 1, 6)],
  ["uintLE 5", () => w('writeUIntLE', 0x123456789a, 0, 5)],
  ["uintBE 3", () => w('writeUintBE', 0x123456, 0, 3)],
  ["intLE 6 negative", () => w('writeIntLE', -2, 0, 6)],
  ["intBE 5 negative", () => w('writeIntBE', -0x8000000000, 0, 5)],
  ["intLE 3", () => w('writeIntLE', -0x800000, 0, 3)],
  ["uint 6 too big", () => w('writeUIntLE', 2 ** 48, 0, 6)],
  ["uint 5 too big", () => w('writeUIntBE', 2 ** 40, 0, 5)],
  ["int 6 too small", () => w('writeIntLE', -(2 ** 47) - 1, 0, 6)],
  ["int 5 too big", () => w('writeIntBE', 2 ** 39, 0, 5)],
  ["int 3 too big", () => w('writeIntLE', 0x800000, 0, 3)],
  ["uint 3 negative", () => w('writeUIntLE', -1, 0, 3)],
  ["byteLength 0", () => w('writeUIntLE', 1, 0, 0)],
  ["byteLength 7", () => w('writeIntBE', 1, 0, 7)],
  ["byteLength undefined", () => w('writeUIntBE', 1, 0)],
  ["offset undefined", () => w('writeUIntLE', 1, undefined, 2)],
  ["offset undefined 1 byte", () => w('writeIntLE', 1, undefined, 1)],
  ["offset out of range", () => w('writeUIntLE', 1, 3, 6)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [6, {"Buffer": "bc9a7856341200"}]},
  {"value": [7, {"Buffer": "00123456789abc"}]},
  {"value": [5, {"Buffer": "9a785634120000"}]},
  {"value": [3, {"Buffer": "12345600000000"}]},
  {"value": [6, {"Buffer": "feffffffffff00"}]},
  {"value": [5, {"Buffer": "80000000000000"}]},
  {"value": [3, {"Buffer": "00008000000000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and < 2 ** 40. Received 1_099_511_627_776"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2 ** 39) and < 2 ** 39. Received 549_755_813_888"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -8388608 and <= 8388607. Received 8388608"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 16777215. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 0"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"byteLength\" argument must be of type number. Received undefined"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received undefined"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received undefined"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 3"]},
];
run(cases, expected);
