'use strict';
// buf.write(string, offset, length, encoding) argument shuffling and validation.
require('../../common');
const { run } = require('./harness');
const w = (...args) => { const b = Buffer.alloc(6); const r = b.write(...args); return [r, b]; };
const cases = [
  ["default", () => w('abc')],
  ["offset", () => w('abc', 2)],
  ["offset length", () => w('abcdef', 1, 2)],
  ["encoding as second", () => w('6162', 'hex')],
  ["encoding as third", () => w('6162', 1, 'hex')],
  ["all four", () => w('616263', 1, 2, 'hex')],
  ["length past remaining", () => w('abcdefgh', 4, 10)],
  ["partial multibyte not written", () => w('ab\u20ac\u20ac', 3)],
  ["offset type", () => w('a', '1', 1)],
  ["offset range", () => w('a', 7)],
  ["offset negative", () => w('a', -1)],
  ["length range", () => w('a', 0, 7)],
  ["length type", () => w('a', 0, {})],
  ["unknown encoding", () => w('a', 0, 1, 'nope')],
  ["non-string", () => w(5)],
  ["non-string hex", () => w(5, 'hex')],
  ["null encoding utf8", () => w('a', 0, 1, null)],
  ["ascii", () => w('\u00e9a', 'ascii')],
  ["latin1", () => w('\u00e9a', 'latin1')],
  ["ucs2", () => w('ab', 'ucs2')],
  ["offset at end", () => w('abc', 6)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [3, {"Buffer": "616263000000"}]},
  {"value": [3, {"Buffer": "000061626300"}]},
  {"value": [2, {"Buffer": "006162000000"}]},
  {"value": [2, {"Buffer": "616200000000"}]},
  {"value": [2, {"Buffer": "006162000000"}]},
  {"value": [2, {"Buffer": "006162000000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be >= 0 && <= 6. Received 10"]},
  {"value": [2, {"Buffer": "000000616200"}]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('1')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 6. Received 7"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 6. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be >= 0 && <= 6. Received 7"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"length\" argument must be of type number. Received an instance of Object"]},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: nope"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string"]},
  {"value": [1, {"Buffer": "610000000000"}]},
  {"value": [2, {"Buffer": "e96100000000"}]},
  {"value": [2, {"Buffer": "e96100000000"}]},
  {"value": [4, {"Buffer": "610062000000"}]},
  {"value": [0, {"Buffer": "000000000000"}]},
];
run(cases, expected);
