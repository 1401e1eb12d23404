'use strict';
// Empty strings in every encoding give empty (unpooled) buffers.
require('../../common');
const { run } = require('./harness');
const encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const cases = [
  ["lengths", () => encs.map((e) => Buffer.from('', e).length)],
  ["not pooled", () => Buffer.from('').buffer.byteLength],
  ["bad encoding still checked", () => Buffer.from('', 'nope')],
  ["junk only base64", () => Buffer.from('***', 'base64').length],
  ["junk only hex", () => Buffer.from('zz', 'hex').length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [0, 0, 0, 0, 0, 0, 0]},
  {"value": 0},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: nope"]},
  {"value": 0},
  {"value": 0},
];
run(cases, expected);
