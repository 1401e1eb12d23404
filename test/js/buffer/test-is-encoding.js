'use strict';
// Buffer.isEncoding.
require('../../common');
const { run } = require('./harness');
const names = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY', 'base64', 'base64url', 'hex', 'HEX', 'ascii', 'utf16', 'utf-16', 'latin-1', 'iso-8859-1', 'buffer', '', ' utf8', 'utf8 ', 'hex\u0000'];
const cases = [
  ["names", () => names.map((n) => Buffer.isEncoding(n))],
  ["non strings", () => [undefined, null, 1, {}, [], true, { toString() { return 'utf8'; } }].map((v) => Buffer.isEncoding(v))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false]},
  {"value": [false, false, false, false, false, false, false]},
];
run(cases, expected);
