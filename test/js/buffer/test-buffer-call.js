'use strict';
// The deprecated Buffer() / new Buffer() forms.
require('../../common');
const { run } = require('./harness');
process.on('warning', () => {});
const cases = [
  ["number", () => Buffer(3)],
  ["new number", () => new Buffer(2)],
  ["string", () => Buffer('ab')],
  ["string encoding", () => Buffer('6162', 'hex')],
  ["array", () => new Buffer([1, 2])],
  ["number with encoding", () => Buffer(1, 'utf8')],
  ["negative", () => Buffer(-1)],
  ["arraybuffer", () => new Buffer(new Uint8Array([5, 6]).buffer, 1)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "000000"}},
  {"value": {"Buffer": "0000"}},
  {"value": {"Buffer": "6162"}},
  {"value": {"Buffer": "6162"}},
  {"value": {"Buffer": "0102"}},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"string\" argument must be of type string. Received type number (1)"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"value": {"Buffer": "06"}},
];
run(cases, expected);
