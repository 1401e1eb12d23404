'use strict';
// The per-encoding methods Node puts on Buffer.prototype (utf8Write, hexSlice, ...).
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('hello');
const cases = [
  ["utf8Slice", () => b.utf8Slice(1, 3)],
  ["hexSlice", () => b.hexSlice()],
  ["latin1Slice", () => b.latin1Slice(0, 2)],
  ["asciiSlice", () => b.asciiSlice(3)],
  ["base64Slice", () => b.base64Slice()],
  ["base64urlSlice", () => b.base64urlSlice(0, 1)],
  ["ucs2Slice", () => b.ucs2Slice(0, 4)],
  ["slice end clamps", () => b.utf8Slice(0, 100)],
  ["utf8Write", () => (() => { const c = Buffer.alloc(4); return [c.utf8Write('\u00e9a', 1), c]; })()],
  ["hexWrite", () => (() => { const c = Buffer.alloc(4); return [c.hexWrite('aabb', 2, 1), c]; })()],
  ["latin1Write", () => (() => { const c = Buffer.alloc(2); return [c.latin1Write('\u00ff\u0100'), c]; })()],
  ["base64Write", () => (() => { const c = Buffer.alloc(3); return [c.base64Write('YWJj'), c]; })()],
  ["ucs2Write", () => (() => { const c = Buffer.alloc(3); return [c.ucs2Write('ab'), c]; })()],
  ["write non-string", () => Buffer.alloc(2).utf8Write(1)],
  ["write offset past end", () => Buffer.alloc(2).utf8Write('a', 3)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "el"},
  {"value": "68656c6c6f"},
  {"value": "he"},
  {"value": "lo"},
  {"value": "aGVsbG8="},
  {"value": "aA"},
  {"value": "\u6568\u6c6c"},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "Index out of range"]},
  {"value": [3, {"Buffer": "00c3a961"}]},
  {"value": [1, {"Buffer": "0000aa00"}]},
  {"value": [2, {"Buffer": "ff00"}]},
  {"value": [3, {"Buffer": "616263"}]},
  {"value": [2, {"Buffer": "610000"}]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string"]},
  {"throws": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds"]},
];
run(cases, expected);
