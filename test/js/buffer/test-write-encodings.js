'use strict';
// buf.write with each encoding name and alias.
require('../../common');
const { run } = require('./harness');
const w = (s, enc) => { const b = Buffer.alloc(6); return [b.write(s, enc), b]; };
const cases = [
  ["utf8", () => w('\u00e9', 'utf8')],
  ["UTF-8", () => w('\u00e9', 'UTF-8')],
  ["ucs2", () => w('ab', 'ucs2')],
  ["utf-16le", () => w('ab', 'utf-16le')],
  ["latin1", () => w('\u00e9', 'latin1')],
  ["binary", () => w('\u00e9', 'binary')],
  ["ascii", () => w('\u00e9', 'ascii')],
  ["base64", () => w('AQID', 'base64')],
  ["base64url", () => w('_-8', 'base64url')],
  ["hex", () => w('0a0B', 'hex')],
  ["Hex upper", () => w('0a0B', 'HEX')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [2, {"Buffer": "c3a900000000"}]},
  {"value": [2, {"Buffer": "c3a900000000"}]},
  {"value": [4, {"Buffer": "610062000000"}]},
  {"value": [4, {"Buffer": "610062000000"}]},
  {"value": [1, {"Buffer": "e90000000000"}]},
  {"value": [1, {"Buffer": "e90000000000"}]},
  {"value": [1, {"Buffer": "e90000000000"}]},
  {"value": [3, {"Buffer": "010203000000"}]},
  {"value": [2, {"Buffer": "ffef00000000"}]},
  {"value": [2, {"Buffer": "0a0b00000000"}]},
  {"value": [2, {"Buffer": "0a0b00000000"}]},
];
run(cases, expected);
