'use strict';
// base64: standard and URL alphabets both decode; whitespace and junk are skipped; '=' ends.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.from('aGVsbG8=', 'base64').toString()],
  ["no padding", () => Buffer.from('aGVsbG8', 'base64').toString()],
  ["url alphabet in base64", () => Buffer.from('-_-_', 'base64')],
  ["std alphabet", () => Buffer.from('+/+/', 'base64')],
  ["whitespace", () => Buffer.from('aG Vs\nbG\t8=', 'base64').toString()],
  ["junk skipped", () => Buffer.from('a*G!V$s', 'base64')],
  ["stops at =", () => Buffer.from('YQ==YQ==', 'base64')],
  ["= in middle", () => Buffer.from('YW=Jj', 'base64')],
  ["leading =", () => Buffer.from('=YWJj', 'base64')],
  ["single char", () => Buffer.from('Y', 'base64')],
  ["two chars", () => Buffer.from('YQ', 'base64')],
  ["three chars", () => Buffer.from('YWI', 'base64')],
  ["two-byte chars by low byte", () => Buffer.from('E-\u0141', 'base64')],
  ["latin1 junk", () => Buffer.from('\u00e9YQ', 'base64')],
  ["encode", () => [Buffer.from('').toString('base64'), Buffer.from('f').toString('base64'), Buffer.from('fo').toString('base64'), Buffer.from('foo').toString('base64')]],
  ["encode bytes needing +/", () => Buffer.from([0xfb, 0xff, 0xbf]).toString('base64')],
  ["byteLength estimate", () => ['YQ==', 'YQ', 'YWJjZA===', 'Y Q = =', 'a b', ''].map((s) => Buffer.byteLength(s, 'base64'))],
  ["write base64", () => (() => { const b = Buffer.alloc(2); return [b.write('YWJj', 'base64'), b]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "hello"},
  {"value": "hello"},
  {"value": {"Buffer": "fbffbf"}},
  {"value": {"Buffer": "fbffbf"}},
  {"value": "hello"},
  {"value": {"Buffer": "68656c"}},
  {"value": {"Buffer": "61"}},
  {"value": {"Buffer": "61"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "61"}},
  {"value": {"Buffer": "6162"}},
  {"value": {"Buffer": "13e0"}},
  {"value": {"Buffer": "61"}},
  {"value": ["", "Zg==", "Zm8=", "Zm9v"]},
  {"value": "+/+/"},
  {"value": [1, 1, 5, 4, 2, 0]},
  {"value": [2, {"Buffer": "6162"}]},
];
run(cases, expected);
