'use strict';
// write* offset checks and the order of checks (value before bounds, offset type first for 8-bit).
require('../../common');
const { run } = require('./harness');
const b = Buffer.alloc(4);
const cases = [
  ["offset string", () => b.writeUInt16LE(1, '0')],
  ["offset fraction", () => b.writeUInt32BE(1, 0.5)],
  ["offset negative", () => b.writeInt16LE(1, -1)],
  ["offset past end", () => b.writeUInt32LE(1, 1)],
  ["8-bit offset type before value", () => b.writeUInt8(300, 'x')],
  ["value before offset", () => b.writeUInt16LE(70000, 'x')],
  ["value before bounds", () => b.writeUInt32LE(-1, 10)],
  ["buffer too small", () => Buffer.alloc(1).writeUInt16BE(1, 0)],
  ["float offset past end", () => b.writeFloatLE(1, 1)],
  ["double too small", () => b.writeDoubleBE(1)],
  ["float offset type", () => b.writeFloatBE(1, '0')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('x')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 65535. Received 70000"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received -1"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"]},
];
run(cases, expected);
