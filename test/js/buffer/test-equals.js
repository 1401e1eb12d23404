'use strict';
// buf.equals(other).
require('../../common');
const { run } = require('./harness');
const cases = [
  ["same", () => Buffer.from('ab').equals(Buffer.from('ab'))],
  ["different", () => Buffer.from('ab').equals(Buffer.from('ac'))],
  ["different length", () => Buffer.from('ab').equals(Buffer.from('abc'))],
  ["self", () => (() => { const b = Buffer.from('x'); return b.equals(b); })()],
  ["empty", () => Buffer.alloc(0).equals(new Uint8Array(0))],
  ["uint8array", () => Buffer.from([1]).equals(new Uint8Array([1]))],
  ["string arg", () => Buffer.from('ab').equals('ab')],
  ["undefined arg", () => Buffer.from('ab').equals()],
  ["uint16array", () => Buffer.from([1, 0]).equals(new Uint16Array([1]))],
  ["large equal", () => Buffer.alloc(10000, 3).equals(Buffer.alloc(10000, 3))],
  ["large differ at end", () => (() => { const a = Buffer.alloc(10000, 3); const b = Buffer.alloc(10000, 3); b[9999] = 4; return [a.equals(b), a.compare(b), b.compare(a)]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": false},
  {"value": false},
  {"value": true},
  {"value": true},
  {"value": true},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('ab')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received undefined"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array"]},
  {"value": true},
  {"value": [false, -1, 1]},
];
run(cases, expected);
