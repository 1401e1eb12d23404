'use strict';
// includes() is indexOf() !== -1, with the same argument handling.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('this is a buffer');
const cases = [
  ["string", () => b.includes('buffer')],
  ["offset past", () => b.includes('this', 1)],
  ["negative offset", () => b.includes('buffer', -6)],
  ["buffer", () => b.includes(Buffer.from('a b'))],
  ["number", () => [b.includes(0x20), b.includes(0x7a)]],
  ["encoding", () => b.includes('6973', 'hex')],
  ["offset and encoding", () => b.includes('74', 1, 'hex')],
  ["empty", () => [b.includes(''), Buffer.alloc(0).includes('')]],
  ["bad value", () => b.includes({})],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": false},
  {"value": true},
  {"value": true},
  {"value": [true, false]},
  {"value": true},
  {"value": false},
  {"value": [true, true]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object"]},
];
run(cases, expected);
