'use strict';
// readInt8/16/32 LE and BE: two's complement.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([0x80, 0x00, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff]);
const cases = [
  ["i8", () => [b.readInt8(0), b.readInt8(2), b.readInt8(4)]],
  ["i16le", () => [b.readInt16LE(0), b.readInt16LE(2), b.readInt16LE(4)]],
  ["i16be", () => [b.readInt16BE(0), b.readInt16BE(2), b.readInt16BE(4)]],
  ["i32le", () => [b.readInt32LE(0), b.readInt32LE(4)]],
  ["i32be", () => [b.readInt32BE(0), b.readInt32BE(4)]],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [-128, -1, 127]},
  {"value": [128, -1, -129]},
  {"value": [-32768, -1, 32767]},
  {"value": [-65408, -129]},
  {"value": [-2147418113, 2147483647]},
];
run(cases, expected);
