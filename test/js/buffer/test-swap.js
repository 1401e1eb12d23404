'use strict';
// swap16 / swap32 / swap64 reverse byte order in place.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["swap16", () => Buffer.from([1, 2, 3, 4]).swap16()],
  ["swap32", () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32()],
  ["swap64", () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()],
  ["swap16 odd", () => Buffer.from([1, 2, 3]).swap16()],
  ["swap32 bad", () => Buffer.from([1, 2]).swap32()],
  ["swap64 bad", () => Buffer.alloc(12).swap64()],
  ["empty", () => [Buffer.alloc(0).swap16(), Buffer.alloc(0).swap32(), Buffer.alloc(0).swap64()]],
  ["returns this", () => (() => { const b = Buffer.alloc(2); return b.swap16() === b; })()],
  ["large swap16", () => (() => { const b = Buffer.alloc(1000); for (let i = 0; i < 1000; i++) b[i] = i & 255; b.swap16(); return [b[0], b[1], b[998], b[999]]; })()],
  ["large swap32", () => (() => { const b = Buffer.alloc(1024); for (let i = 0; i < 1024; i++) b[i] = i & 255; b.swap32(); return b.subarray(1020); })()],
  ["large swap64", () => (() => { const b = Buffer.alloc(1024); for (let i = 0; i < 1024; i++) b[i] = i & 255; b.swap64(); return b.subarray(1016); })()],
  ["subarray swap", () => (() => { const b = Buffer.from([0, 1, 2, 3, 4]); b.subarray(1).swap16(); return b; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "02010403"}},
  {"value": {"Buffer": "0403020108070605"}},
  {"value": {"Buffer": "0807060504030201"}},
  {"throws": ["RangeError", "ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of 16-bits"]},
  {"throws": ["RangeError", "ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of 32-bits"]},
  {"throws": ["RangeError", "ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of 64-bits"]},
  {"value": [{"Buffer": ""}, {"Buffer": ""}, {"Buffer": ""}]},
  {"value": true},
  {"value": [1, 0, 231, 230]},
  {"value": {"Buffer": "fffefdfc"}},
  {"value": {"Buffer": "fffefdfcfbfaf9f8"}},
  {"value": {"Buffer": "0002010403"}},
];
run(cases, expected);
