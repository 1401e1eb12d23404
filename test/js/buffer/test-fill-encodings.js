'use strict';
// fill() with strings in every encoding, patterns crossing the end.
require('../../common');
const { run } = require('./harness');
const f = (size, ...args) => Buffer.alloc(size).fill(...args);
const cases = [
  ["utf8 multibyte pattern", () => f(7, '\u20ac')],
  ["utf8 4-byte pattern", () => f(6, '\ud83d\ude00')],
  ["ucs2", () => f(5, '\u20ac', 'ucs2')],
  ["latin1 above ff", () => f(3, '\u0141', 'latin1')],
  ["ascii", () => f(3, '\u00e9', 'ascii')],
  ["base64", () => f(5, 'AQI=', 'base64')],
  ["base64url", () => f(4, '_w', 'base64url')],
  ["hex odd digits", () => f(3, 'abc', 'hex')],
  ["hex mixed case", () => f(2, 'aB', 'hex')],
  ["case-insensitive encoding", () => f(2, 'ff', 'HEX')],
  ["large multibyte", () => (() => { const b = Buffer.alloc(10001).fill('\u00e9'); return [b[0], b[1], b[9999], b[10000]]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "e282ace282ace2"}},
  {"value": {"Buffer": "f09f9880f09f"}},
  {"value": {"Buffer": "ac20ac20ac"}},
  {"value": {"Buffer": "414141"}},
  {"value": {"Buffer": "e9e9e9"}},
  {"value": {"Buffer": "0102010201"}},
  {"value": {"Buffer": "ffffffff"}},
  {"value": {"Buffer": "ababab"}},
  {"value": {"Buffer": "abab"}},
  {"value": {"Buffer": "ffff"}},
  {"value": [195, 169, 169, 195]},
];
run(cases, expected);
