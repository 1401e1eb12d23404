'use strict';
// readUIntLE/BE and readIntLE/BE with byteLength 1-6.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x86, 0xff]);
const cases = [
  ["uintLE", () => [1, 2, 3, 4, 5, 6].map((n) => b.readUIntLE(0, n))],
  ["uintBE", () => [1, 2, 3, 4, 5, 6].map((n) => b.readUIntBE(0, n))],
  ["intLE", () => [1, 2, 3, 4, 5, 6].map((n) => b.readIntLE(1, n))],
  ["intBE", () => [1, 2, 3, 4, 5, 6].map((n) => b.readIntBE(1, n))],
  ["negative 48", () => Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).readIntLE(0, 6)],
  ["negative 40 be", () => Buffer.from([0x80, 0, 0, 0, 0]).readIntBE(0, 5)],
  ["byteLength 0", () => b.readUIntLE(0, 0)],
  ["byteLength 7", () => b.readIntBE(0, 7)],
  ["byteLength missing", () => b.readUIntLE(0)],
  ["byteLength string", () => b.readUIntBE(0, '2')],
  ["byteLength fraction", () => b.readIntLE(0, 1.5)],
  ["offset missing", () => b.readUIntLE()],
  ["offset out of range", () => b.readUIntLE(3, 6)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [1, 513, 197121, 67305985, 21542142465, 147356100264449]},
  {"value": [1, 258, 66051, 16909060, 4328719365, 1108152157574]},
  {"value": [2, 770, 262914, 84148994, -523901861118, -523901861118]},
  {"value": [2, 515, 131844, 33752069, 8640529798, 2211975628543]},
  {"value": -1},
  {"value": -549755813888},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 0"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"byteLength\" argument must be of type number. Received undefined"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"byteLength\" argument must be of type number. Received type string ('2')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"byteLength\" is out of range. It must be an integer. Received 1.5"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received undefined"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 3"]},
];
run(cases, expected);
