'use strict';
// buf.fill(value, offset, end, encoding).
require('../../common');
const { run } = require('./harness');
const cases = [
  ["number", () => Buffer.alloc(4).fill(7)],
  ["number wraps", () => Buffer.alloc(3).fill(257)],
  ["negative number", () => Buffer.alloc(2).fill(-1)],
  ["fractional", () => Buffer.alloc(2).fill(1.9)],
  ["range", () => Buffer.alloc(5).fill(1, 1, 3)],
  ["string", () => Buffer.alloc(5).fill('ab')],
  ["string multibyte", () => Buffer.alloc(5).fill('\u00e9')],
  ["string single ascii", () => Buffer.alloc(2).fill('a')],
  ["string encoding arg", () => Buffer.alloc(4).fill('aabb', 'hex')],
  ["string offset encoding", () => Buffer.alloc(4).fill('ff', 1, 'hex')],
  ["string offset end encoding", () => Buffer.alloc(4).fill('ff', 1, 3, 'hex')],
  ["utf16le pattern odd size", () => Buffer.alloc(5).fill('ab', 'utf16le')],
  ["latin1 single", () => Buffer.alloc(2).fill('\u00e9', 'latin1')],
  ["empty string zeroes", () => Buffer.alloc(2, 1).fill('')],
  ["buffer pattern", () => Buffer.alloc(5).fill(Buffer.from([1, 2]))],
  ["self pattern", () => (() => { const b = Buffer.from([1, 2, 3, 4]); return b.fill(b.subarray(0, 2), 1); })()],
  ["boolean", () => Buffer.alloc(2).fill(true)],
  ["object", () => Buffer.alloc(2).fill({})],
  ["null", () => Buffer.alloc(2, 5).fill(null)],
  ["returns this", () => (() => { const b = Buffer.alloc(1); return b.fill(1) === b; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "07070707"}},
  {"value": {"Buffer": "010101"}},
  {"value": {"Buffer": "ffff"}},
  {"value": {"Buffer": "0101"}},
  {"value": {"Buffer": "0001010000"}},
  {"value": {"Buffer": "6162616261"}},
  {"value": {"Buffer": "c3a9c3a9c3"}},
  {"value": {"Buffer": "6161"}},
  {"value": {"Buffer": "aabbaabb"}},
  {"value": {"Buffer": "00ffffff"}},
  {"value": {"Buffer": "00ffff00"}},
  {"value": {"Buffer": "6100620061"}},
  {"value": {"Buffer": "e9e9"}},
  {"value": {"Buffer": "0000"}},
  {"value": {"Buffer": "0102010201"}},
  {"value": {"Buffer": "01010201"}},
  {"value": {"Buffer": "0101"}},
  {"value": {"Buffer": "0000"}},
  {"value": {"Buffer": "0000"}},
  {"value": true},
];
run(cases, expected);
