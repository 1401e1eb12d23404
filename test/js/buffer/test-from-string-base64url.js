'use strict';
// base64url: no padding on encode, either alphabet on decode.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["encode no padding", () => [Buffer.from('f').toString('base64url'), Buffer.from('fo').toString('base64url'), Buffer.from('foo').toString('base64url')]],
  ["encode url chars", () => Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url')],
  ["decode url", () => Buffer.from('-_-_', 'base64url')],
  ["decode std", () => Buffer.from('+/+/', 'base64url')],
  ["decode padded", () => Buffer.from('YQ==', 'base64url')],
  ["decode junk", () => Buffer.from('Y.Q', 'base64url')],
  ["byteLength", () => Buffer.byteLength('YWJj', 'base64url')],
  ["round trip", () => (() => { const b = Buffer.from([1, 2, 3, 250, 251, 252, 253]); return Buffer.from(b.toString('base64url'), 'base64url').equals(b); })()],
  ["name case", () => Buffer.from('YQ', 'BASE64URL')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["Zg", "Zm8", "Zm9v"]},
  {"value": "-_-_"},
  {"value": {"Buffer": "fbffbf"}},
  {"value": {"Buffer": "fbffbf"}},
  {"value": {"Buffer": "61"}},
  {"value": {"Buffer": "61"}},
  {"value": 3},
  {"value": true},
  {"value": {"Buffer": "61"}},
];
run(cases, expected);
