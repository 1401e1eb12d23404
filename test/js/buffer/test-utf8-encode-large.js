'use strict';
// Large strings encode in bulk: lone surrogates become EF BF BD, writes stop on whole characters.
require('../../common');
const { run } = require('./harness');
const s = 'a\u00e9\u20ac\ud83d\ude00\ud800z'.repeat(300);
const cases = [
  ["utf8 length", () => Buffer.from(s).length],
  ["byteLength matches", () => Buffer.byteLength(s) === Buffer.from(s).length],
  ["lone surrogate bytes", () => Buffer.from(s).subarray(10, 14)],
  ["decode round trip loses lone surrogates only", () => Buffer.from(s).toString() === s.replace(/\ud800/g, '\ufffd')],
  ["write partial character", () => (() => { const b = Buffer.alloc(1002); return [b.write(s), b.subarray(995)]; })()],
  ["write at offset", () => (() => { const b = Buffer.alloc(2000); return b.write(s, 7); })()],
  ["utf16 bulk", () => Buffer.from(s, 'utf16le').length],
  ["latin1 bulk", () => Buffer.from(s, 'latin1').subarray(0, 8)],
  ["hex bulk", () => Buffer.from('0f'.repeat(700) + 'zz' + '00', 'hex').length],
  ["base64 bulk junk", () => Buffer.from('QUJD\n'.repeat(300), 'base64').length],
  ["base64 bulk stop at =", () => Buffer.from('QUJD'.repeat(300) + '=' + 'QUJD'.repeat(10), 'base64').length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 4200},
  {"value": true},
  {"value": {"Buffer": "efbfbd7a"}},
  {"value": true},
  {"value": [1000, {"Buffer": "c3a9e282ac0000"}]},
  {"value": 1991},
  {"value": 4200},
  {"value": {"Buffer": "61e9ac3d00007a61"}},
  {"value": 700},
  {"value": 900},
  {"value": 900},
];
run(cases, expected);
