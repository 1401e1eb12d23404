'use strict';
// Buffer.compare and buf.compare with ranges.
require('../../common');
const { run } = require('./harness');
const a = Buffer.from('abc'), b = Buffer.from('abd'), ab = Buffer.from('ab');
const cases = [
  ["static less", () => Buffer.compare(a, b)],
  ["static greater", () => Buffer.compare(b, a)],
  ["static equal", () => Buffer.compare(a, Buffer.from('abc'))],
  ["prefix shorter", () => Buffer.compare(ab, a)],
  ["prefix longer", () => Buffer.compare(a, ab)],
  ["unsigned bytes", () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f]))],
  ["uint8array", () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2]))],
  ["static bad first", () => Buffer.compare('a', a)],
  ["static bad second", () => Buffer.compare(a, 1)],
  ["sort", () => [b, a, ab].sort(Buffer.compare).map(String)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": -1},
  {"value": 1},
  {"value": 0},
  {"value": -1},
  {"value": 1},
  {"value": 1},
  {"value": -1},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received type string ('a')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"buf2\" argument must be an instance of Buffer or Uint8Array. Received type number (1)"]},
  {"value": ["ab", "abc", "abd"]},
];
run(cases, expected);
