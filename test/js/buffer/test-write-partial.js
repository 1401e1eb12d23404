'use strict';
// Writes never split a character: what does not fit whole is left out.
require('../../common');
const { run } = require('./harness');
const w = (s, size, enc) => { const b = Buffer.alloc(size, 0xee); const n = b.write(s, enc); return [n, b]; };
const cases = [
  ["two-byte", () => w('a\u00e9', 2)],
  ["three-byte", () => w('a\u20ac', 3)],
  ["four-byte", () => w('a\ud83d\ude00', 4)],
  ["four-byte exact", () => w('a\ud83d\ude00', 5)],
  ["lone surrogate needs 3", () => w('a\ud800', 3)],
  ["ucs2 odd space", () => w('abc', 5, 'ucs2')],
  ["hex odd space", () => w('aabbcc', 2, 'hex')],
  ["base64 partial group", () => w('YWJjZGVm', 4, 'base64')],
  ["latin1 lone surrogate", () => w('\ud800', 2, 'latin1')],
  ["ascii above 0xff", () => w('\u20ac', 2, 'ascii')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [1, {"Buffer": "61ee"}]},
  {"value": [1, {"Buffer": "61eeee"}]},
  {"value": [1, {"Buffer": "61eeeeee"}]},
  {"value": [5, {"Buffer": "61f09f9880"}]},
  {"value": [1, {"Buffer": "61eeee"}]},
  {"value": [4, {"Buffer": "61006200ee"}]},
  {"value": [2, {"Buffer": "aabb"}]},
  {"value": [4, {"Buffer": "61626364"}]},
  {"value": [1, {"Buffer": "00ee"}]},
  {"value": [1, {"Buffer": "acee"}]},
];
run(cases, expected);
