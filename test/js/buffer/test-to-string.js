'use strict';
// buf.toString(encoding, start, end).
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('hello world');
const cases = [
  ["default", () => b.toString()],
  ["range", () => b.toString('utf8', 6)],
  ["range end", () => b.toString('utf8', 0, 5)],
  ["undefined encoding", () => b.toString(undefined, 1, 3)],
  ["null encoding", () => b.toString(null)],
  ["start past end", () => b.toString('utf8', 20)],
  ["negative start", () => b.toString('utf8', -5, 2)],
  ["end past length", () => b.toString('utf8', 6, 100)],
  ["start > end", () => b.toString('utf8', 5, 2)],
  ["fractional", () => b.toString('utf8', 1.5, 3.5)],
  ["string numbers", () => b.toString('utf8', '1', '3')],
  ["NaN start", () => b.toString('utf8', NaN)],
  ["unknown encoding", () => b.toString('nope')],
  ["unknown encoding empty range", () => b.toString('nope', 5, 5)],
  ["case insensitive", () => b.toString('HEX', 0, 2)],
  ["toLocaleString same", () => Buffer.prototype.toLocaleString === Buffer.prototype.toString],
  ["empty encoding", () => b.toString('', 0, 2)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "hello world"},
  {"value": "world"},
  {"value": "hello"},
  {"value": "el"},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: null"]},
  {"value": ""},
  {"value": "he"},
  {"value": "world"},
  {"value": ""},
  {"value": "el"},
  {"value": "el"},
  {"value": "hello world"},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: nope"]},
  {"value": ""},
  {"value": "6865"},
  {"value": true},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: "]},
];
run(cases, expected);
