'use strict';
// Offset checks of the readers: type, integer, bounds, tiny buffers.
require('../../common');
const { run } = require('./harness');
const b = Buffer.alloc(4);
const cases = [
  ["string offset", () => b.readUInt8('0')],
  ["null offset", () => b.readUInt16LE(null)],
  ["NaN offset", () => b.readUInt32LE(NaN)],
  ["fraction", () => b.readInt16BE(0.5)],
  ["negative", () => b.readUInt8(-1)],
  ["past end", () => b.readUInt16LE(3)],
  ["u32 past end", () => b.readUInt32BE(1)],
  ["infinity", () => b.readInt8(Infinity)],
  ["buffer too small", () => Buffer.alloc(1).readUInt32LE(0)],
  ["empty buffer", () => Buffer.alloc(0).readUInt8(0)],
  ["double too small", () => Buffer.alloc(4).readDoubleLE(0)],
  ["bigint too small", () => Buffer.alloc(7).readBigUInt64LE()],
  ["bigint past end", () => Buffer.alloc(9).readBigInt64BE(2)],
  ["float past end", () => b.readFloatLE(1)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('0')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received null"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received NaN"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 3. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 3. Received Infinity"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 2"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"]},
];
run(cases, expected);
