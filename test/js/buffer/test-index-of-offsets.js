'use strict';
// indexOf byteOffset coercion: strings become the encoding, NaN means the whole buffer.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('abcabc');
const cases = [
  ["string offset is encoding", () => b.indexOf('6263', 'hex')],
  ["null offset is 0", () => b.indexOf('a', null)],
  ["array offset is 0", () => b.indexOf('c', [])],
  ["object offset whole", () => b.indexOf('c', {})],
  ["NaN offset whole", () => b.indexOf('c', NaN)],
  ["last NaN offset whole", () => b.lastIndexOf('a', NaN)],
  ["last undefined offset", () => b.lastIndexOf('a', undefined)],
  ["last null offset", () => b.lastIndexOf('a', null)],
  ["big offset", () => b.indexOf('a', 2 ** 40)],
  ["big negative offset", () => b.indexOf('a', -(2 ** 40))],
  ["last big negative", () => b.lastIndexOf('a', -(2 ** 40))],
  ["fractional", () => b.indexOf('b', 1.9)],
  ["numeric string offset", () => b.indexOf('a', '1')],
  ["boolean offset", () => b.indexOf('a', true)],
  ["not a buffer this", () => Buffer.prototype.indexOf.call('abc', 'a')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 1},
  {"value": 0},
  {"value": 2},
  {"value": 2},
  {"value": 2},
  {"value": 3},
  {"value": 3},
  {"value": 0},
  {"value": -1},
  {"value": 0},
  {"value": -1},
  {"value": 1},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: 1"]},
  {"value": 3},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('abc')"]},
];
run(cases, expected);
