'use strict';
// ascii: writes like latin1 (low byte), reads with the high bit cleared.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.from('abc', 'ascii')],
  ["high char low byte", () => Buffer.from('\u00e9\u0141', 'ascii')],
  ["decode strips high bit", () => Buffer.from([0xe9, 0x80, 0xff, 0x41]).toString('ascii')],
  ["decode control", () => Buffer.from([0x00, 0x7f]).toString('ascii')],
  ["byteLength", () => Buffer.byteLength('\u00e9\u0141', 'ascii')],
  ["write ascii", () => (() => { const b = Buffer.alloc(4); return [b.write('\u00e9z', 'ascii'), b]; })()],
  ["upper name", () => Buffer.from('a', 'ASCII')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "616263"}},
  {"value": {"Buffer": "e941"}},
  {"value": "i\u0000\u007fA"},
  {"value": "\u0000\u007f"},
  {"value": 2},
  {"value": [2, {"Buffer": "e97a0000"}]},
  {"value": {"Buffer": "61"}},
];
run(cases, expected);
