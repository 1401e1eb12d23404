'use strict';
// Buffer.of(...items).
require('../../common');
const { run } = require('./harness');
const cases = [
  ["basic", () => Buffer.of(1, 2, 3)],
  ["wraps", () => Buffer.of(256, -1, 1.5)],
  ["empty", () => Buffer.of()],
  ["strings", () => Buffer.of('1', 'x')],
  ["is buffer", () => Buffer.isBuffer(Buffer.of(1))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "010203"}},
  {"value": {"Buffer": "00ff01"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "0100"}},
  {"value": true},
];
run(cases, expected);
