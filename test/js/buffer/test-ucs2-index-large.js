'use strict';
// indexOf in utf16le and latin1 over large buffers.
require('../../common');
const { run } = require('./harness');
const s = 'abcdefghij'.repeat(500) + 'NEEDLE' + 'klmnop'.repeat(100);
const u = Buffer.from(s, 'ucs2');
const l = Buffer.from(s, 'latin1');
const cases = [
  ["ucs2", () => u.indexOf('NEEDLE', 'ucs2')],
  ["ucs2 last", () => u.lastIndexOf('abc', 'ucs2')],
  ["ucs2 from offset", () => u.indexOf('klm', 10100, 'ucs2')],
  ["ucs2 odd offset", () => u.indexOf('NEEDLE', 9999, 'ucs2')],
  ["latin1", () => l.indexOf('NEEDLE', 'latin1')],
  ["latin1 last", () => l.lastIndexOf('j', 'latin1')],
  ["binary alias", () => l.indexOf('NEEDLE', 0, 'binary')],
  ["utf8 needle in latin1 bytes", () => l.indexOf(Buffer.from('NEEDLE'))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 10000},
  {"value": 9980},
  {"value": 10108},
  {"value": 10000},
  {"value": 5000},
  {"value": 4999},
  {"value": 5000},
  {"value": 5000},
];
run(cases, expected);
