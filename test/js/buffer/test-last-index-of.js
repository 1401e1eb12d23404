'use strict';
// lastIndexOf in depth: strings, buffers, encodings, offsets.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('abcabcabc');
const cases = [
  ["string", () => b.lastIndexOf('abc')],
  ["offset", () => b.lastIndexOf('abc', 5)],
  ["offset exact", () => b.lastIndexOf('abc', 6)],
  ["negative offset", () => b.lastIndexOf('abc', -4)],
  ["zero offset", () => b.lastIndexOf('abc', 0)],
  ["zero offset no match", () => b.lastIndexOf('bc', 0)],
  ["buffer needle", () => b.lastIndexOf(Buffer.from('ca'))],
  ["hex needle", () => b.lastIndexOf('6263', 'hex')],
  ["hex needle with offset", () => b.lastIndexOf('6263', 3, 'hex')],
  ["ucs2", () => Buffer.from('abab', 'ucs2').lastIndexOf('b', 'ucs2')],
  ["longer than buffer", () => Buffer.from('ab').lastIndexOf('abc')],
  ["not found", () => b.lastIndexOf('x')],
  ["number", () => b.lastIndexOf(0x61, -1)],
  ["infinity offset", () => b.lastIndexOf('c', Infinity)],
  ["minus infinity", () => b.lastIndexOf('a', -Infinity)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 6},
  {"value": 3},
  {"value": 6},
  {"value": 3},
  {"value": 0},
  {"value": -1},
  {"value": 5},
  {"value": 7},
  {"value": 1},
  {"value": 6},
  {"value": -1},
  {"value": -1},
  {"value": 6},
  {"value": 8},
  {"value": -1},
];
run(cases, expected);
