'use strict';
// indexOf in utf16le: matches only at even byte offsets.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('abcdab', 'ucs2');
const cases = [
  ["found", () => b.indexOf('cd', 'ucs2')],
  ["second", () => b.indexOf('ab', 1, 'ucs2')],
  ["last", () => b.lastIndexOf('ab', 'ucs2')],
  ["odd alignment no match", () => Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]).indexOf('ab', 'ucs2')],
  ["buffer needle ucs2", () => b.indexOf(Buffer.from('da', 'ucs2'), 0, 'ucs2')],
  ["one byte needle ucs2", () => b.indexOf(Buffer.from([0x61]), 0, 'ucs2')],
  ["one byte haystack", () => Buffer.from([0x61]).indexOf('a', 'ucs2')],
  ["empty needle", () => b.indexOf('', 'ucs2')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 4},
  {"value": 0},
  {"value": 8},
  {"value": -1},
  {"value": 6},
  {"value": -1},
  {"value": -1},
  {"value": 0},
];
run(cases, expected);
