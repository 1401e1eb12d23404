'use strict';
// UTF-16LE encoding ('utf16le', 'ucs2', 'ucs-2', 'utf-16le'): code units as they are.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.from('ab', 'utf16le')],
  ["ucs2 alias", () => Buffer.from('ab', 'ucs2')],
  ["ucs-2 alias", () => Buffer.from('ab', 'ucs-2')],
  ["utf-16le alias", () => Buffer.from('ab', 'utf-16le')],
  ["mixed case alias", () => Buffer.from('ab', 'UCS2')],
  ["non-latin", () => Buffer.from('€', 'utf16le')],
  ["pair stays", () => Buffer.from('😀', 'utf16le')],
  ["lone surrogate kept", () => Buffer.from('\ud800', 'utf16le')],
  ["decode back", () => Buffer.from('h€llo😀', 'utf16le').toString('utf16le')],
  ["odd length decodes whole units", () => Buffer.from([0x61, 0, 0x62]).toString('utf16le')],
  ["lone surrogate decodes as is", () => Buffer.from([0, 0xd8]).toString('ucs2').charCodeAt(0)],
  ["byteLength", () => Buffer.byteLength('abc', 'utf16le')],
  ["write into odd space", () => (() => { const b = Buffer.alloc(3); return [b.write('abc', 'ucs2'), b]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "61006200"}},
  {"value": {"Buffer": "61006200"}},
  {"value": {"Buffer": "61006200"}},
  {"value": {"Buffer": "61006200"}},
  {"value": {"Buffer": "61006200"}},
  {"value": {"Buffer": "ac20"}},
  {"value": {"Buffer": "3dd800de"}},
  {"value": {"Buffer": "00d8"}},
  {"value": "h\u20acllo\ud83d\ude00"},
  {"value": "a"},
  {"value": 55296},
  {"value": 6},
  {"value": [2, {"Buffer": "610000"}]},
];
run(cases, expected);
