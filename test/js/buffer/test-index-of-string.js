'use strict';
// indexOf with strings in each encoding.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('abc\u00e9d\u20acabc');
const cases = [
  ["utf8", () => b.indexOf('\u00e9')],
  ["utf8 multi", () => b.indexOf('\u20ac')],
  ["second occurrence", () => b.indexOf('abc', 1)],
  ["last", () => b.lastIndexOf('abc')],
  ["not found", () => b.indexOf('zz')],
  ["empty string", () => b.indexOf('')],
  ["empty string with offset", () => b.indexOf('', 4)],
  ["empty string past end", () => b.indexOf('', 100)],
  ["last empty", () => b.lastIndexOf('')],
  ["latin1", () => b.indexOf('\u00c3', 'latin1')],
  ["hex", () => b.indexOf('6263', 'hex')],
  ["hex with offset", () => b.indexOf('6263', 3, 'hex')],
  ["base64", () => b.indexOf('YWJj', 'base64')],
  ["ascii", () => b.indexOf('d', 'ascii')],
  ["unknown encoding", () => b.indexOf('a', 'nope')],
  ["unknown encoding with number", () => b.indexOf(97, 'nope')],
  ["includes encoding", () => b.includes('616263', 0, 'hex')],
  ["longer than buffer", () => Buffer.from('ab').indexOf('abc')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 3},
  {"value": 6},
  {"value": 9},
  {"value": 9},
  {"value": -1},
  {"value": 0},
  {"value": 4},
  {"value": 12},
  {"value": 12},
  {"value": 3},
  {"value": 1},
  {"value": 10},
  {"value": 0},
  {"value": 5},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: nope"]},
  {"value": 0},
  {"value": true},
  {"value": -1},
];
run(cases, expected);
