'use strict';
// latin1/binary: one byte per code unit, the low 8 bits.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.from('abc', 'latin1')],
  ["binary alias", () => Buffer.from('abc', 'binary')],
  ["high latin1", () => Buffer.from('\u00e9\u00ff', 'latin1')],
  ["above 0xff keeps low byte", () => Buffer.from('\u0100\u20ac', 'latin1')],
  ["surrogates low byte", () => Buffer.from('😀', 'latin1')],
  ["decode", () => Buffer.from([0x61, 0xe9, 0xff, 0x80]).toString('latin1')],
  ["decode binary", () => Buffer.from([0xe9]).toString('binary')],
  ["byteLength", () => Buffer.byteLength('\u20acab', 'latin1')],
  ["round trip all bytes", () => (() => { const b = Buffer.alloc(256); for (let i = 0; i < 256; i++) b[i] = i; return Buffer.from(b.toString('latin1'), 'latin1').equals(b); })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "616263"}},
  {"value": {"Buffer": "616263"}},
  {"value": {"Buffer": "e9ff"}},
  {"value": {"Buffer": "00ac"}},
  {"value": {"Buffer": "3d00"}},
  {"value": "a\u00e9\u00ff\u0080"},
  {"value": "\u00e9"},
  {"value": 3},
  {"value": true},
];
run(cases, expected);
