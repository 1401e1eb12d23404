'use strict';
// ascii/latin1 large: high bit handling in bulk paths.
require('../../common');
const { run } = require('./harness');
const b = Buffer.alloc(5000); for (let i = 0; i < b.length; i++) b[i] = i & 0xff;
const cases = [
  ["ascii clears high bit", () => (() => { const s = b.toString('ascii'); return [s.charCodeAt(128), s.charCodeAt(255), s.charCodeAt(4999)]; })()],
  ["latin1 keeps", () => (() => { const s = b.toString('latin1'); return [s.charCodeAt(128), s.charCodeAt(255)]; })()],
  ["ascii write low bytes", () => Buffer.from('\u0141'.repeat(2000), 'ascii').subarray(0, 3)],
  ["latin1 write low bytes", () => Buffer.from('\u20ac'.repeat(2000), 'latin1').subarray(1997)],
  ["ucs2 write large", () => Buffer.from('\u20ac'.repeat(2000), 'ucs2').subarray(0, 4)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [0, 127, 7]},
  {"value": [128, 255]},
  {"value": {"Buffer": "414141"}},
  {"value": {"Buffer": "acacac"}},
  {"value": {"Buffer": "ac20ac20"}},
];
run(cases, expected);
