'use strict';
// hex: pairs of hex digits; decoding stops at the first invalid pair, an odd digit is dropped.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.from('00ff7f80', 'hex')],
  ["upper case", () => Buffer.from('ABCDEF', 'hex')],
  ["mixed case", () => Buffer.from('aBcD', 'hex')],
  ["odd length", () => Buffer.from('abc', 'hex')],
  ["single digit", () => Buffer.from('a', 'hex')],
  ["invalid first", () => Buffer.from('zz00', 'hex')],
  ["invalid in middle", () => Buffer.from('0102zz03', 'hex')],
  ["half invalid pair", () => Buffer.from('01g2', 'hex')],
  ["spaces stop", () => Buffer.from('01 02', 'hex')],
  ["two-byte chars read by low byte", () => Buffer.from('\u0161\u0162', 'hex')],
  ["fullwidth digits invalid", () => Buffer.from('\uff10\uff11', 'hex')],
  ["toString hex", () => Buffer.from([0, 15, 16, 255]).toString('hex')],
  ["byteLength hex", () => [Buffer.byteLength('abc', 'hex'), Buffer.byteLength('zzzz', 'hex')]],
  ["write hex returns bytes", () => (() => { const b = Buffer.alloc(4); return [b.write('aabbzz', 'hex'), b]; })()],
  ["write hex past end", () => (() => { const b = Buffer.alloc(2); return [b.write('aabbcc', 'hex'), b]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "00ff7f80"}},
  {"value": {"Buffer": "abcdef"}},
  {"value": {"Buffer": "abcd"}},
  {"value": {"Buffer": "ab"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "0102"}},
  {"value": {"Buffer": "01"}},
  {"value": {"Buffer": "01"}},
  {"value": {"Buffer": "ab"}},
  {"value": {"Buffer": ""}},
  {"value": "000f10ff"},
  {"value": [1, 2]},
  {"value": [2, {"Buffer": "aabb0000"}]},
  {"value": [2, {"Buffer": "aabb"}]},
];
run(cases, expected);
